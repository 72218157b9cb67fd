/*
 * The client fields a column can be mapped to, and how a cell's text becomes a field's value.
 * Every value is then checked by the model's ClientInput schema (map-row.ts): nothing here is a second
 * schema, only the translation of spreadsheet habits ("Mujer", "12,5", "España") into model values.
 */
import type { ClientStatus, Gender } from '../model/client.js';
import { normalizeText } from '../model/text.js';

export const IMPORT_FIELDS = [
  'fullName',
  'firstName',
  'middleName',
  'lastName',
  'secondLastName',
  'email',
  'mobile',
  'phone',
  'homePhone',
  'workPhone',
  'birthDate',
  'gender',
  'nationalId',
  'status',
  'preferredLanguage',
  'addressLine1',
  'addressLine2',
  'city',
  'region',
  'postalCode',
  'country',
  'weightKg',
  'notes',
] as const;

/** A client field a column can feed. */
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** What a column is imported as: a field, a custom field (`custom:<key>`), or nothing. */
export type ImportTarget = ImportField | 'ignore' | `custom:${string}`;

/** One target per column of the file, in column order. */
export type ColumnMapping = ImportTarget[];

/** Fields that several columns may feed (each phone column adds a number). */
export const REPEATABLE_FIELDS: ReadonlySet<ImportField> = new Set(['mobile', 'phone', 'homePhone', 'workPhone']);

/** Fields that identify a client on their own: a file needs one of them mapped. */
export const NAME_FIELDS: ReadonlySet<ImportField> = new Set(['fullName', 'firstName']);

/** The key under customFields where `notes` go. */
export const NOTES_CUSTOM_FIELD = 'notes';

export function isCustomTarget(target: ImportTarget): target is `custom:${string}` {
  return target.startsWith('custom:');
}

/** The custom field key of a header: "Color favorito" → "color_favorito" (≤ 64 characters). */
export function customFieldKey(header: string): string {
  const key = normalizeText(header)
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 64);
  return key || 'field';
}

/** The key a value is looked up by: accents and case dropped, punctuation as spaces. */
function key(value: string): string {
  return normalizeText(value).replace(/[^a-z0-9]+/g, ' ').trim();
}

function table<T extends string>(entries: readonly (readonly [T, string])[]): Map<string, T> {
  const map = new Map<string, T>();
  // Entries are comma-separated phrases.
  for (const [value, phrases] of entries) for (const phrase of phrases.split(',')) map.set(key(phrase), value);
  return map;
}

const GENDERS = table<Gender>([
  ['female', 'f,fem,femenino,femenina,mujer,female,woman,w,feminino,mulher,sra,senora'],
  ['male', 'masc,masculino,hombre,h,male,man,varon,homem,sr,senor'],
  ['non-binary', 'no binario,no binaria,non binary,nonbinary,nb,nao binario,x'],
  ['other', 'otro,otra,other,outro,outra'],
  ['undisclosed', 'prefiere no decir,prefiere no decirlo,prefer not to say,prefers not to say,prefiro nao dizer,prefere nao informar,prefere nao dizer,ns/nc,n/a,na,no consta'],
]);

/**
 * A gender from a cell. "M" means male, unless the column also uses "H" (hombre / mujer), where it
 * means mujer: pass `mIsFemale` from the column's values (see `genderMIsFemale`).
 */
export function parseGender(value: string, mIsFemale = false): Gender | null | undefined {
  if (!value.trim()) return undefined;
  const text = key(value);
  if (text === 'm') return mIsFemale ? 'female' : 'male';
  return GENDERS.get(text) ?? null;
}

/** Whether a gender column writes H / M (hombre / mujer): then M is female. */
export function genderMIsFemale(values: Iterable<string>): boolean {
  for (const value of values) if (key(value) === 'h') return true;
  return false;
}

const STATUSES = table<ClientStatus>([
  ['active', 'activo,activa,active,ativo,ativa,alta,si,sim,yes,1,true,verdadero'],
  ['inactive', 'inactivo,inactiva,inactive,inativo,inativa,baja,no,nao,0,false,falso'],
  ['prospect', 'prospecto,prospect,lead,potencial,interesado,interesada,interessado,interessada'],
  ['vip', 'vip'],
]);

export function parseStatus(value: string): ClientStatus | null | undefined {
  if (!value.trim()) return undefined;
  return STATUSES.get(key(value)) ?? null;
}

/** A number written with a decimal comma or point ("65,5", "1.234,5", "65.5 kg"). */
export function parseDecimal(value: string): number | null | undefined {
  let text = value.trim().replace(/\s*(kg|kgs|kilos?)$/i, '');
  if (!text) return undefined;
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(text)) text = text.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) text = text.replace(/,/g, '');
  else text = text.replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(text)) return null;
  return Number(text);
}

const COUNTRIES = table<string>([
  ['ES', 'espana,spain,espanha'],
  ['PT', 'portugal'],
  ['BR', 'brasil,brazil'],
  ['MX', 'mexico'],
  ['AR', 'argentina'],
  ['CO', 'colombia'],
  ['CL', 'chile'],
  ['PE', 'peru'],
  ['UY', 'uruguay,uruguai'],
  ['VE', 'venezuela'],
  ['EC', 'ecuador,equador'],
  ['AO', 'angola'],
  ['MZ', 'mozambique,mocambique'],
  ['US', 'usa,eeuu,eua,estados unidos,united states,united states of america'],
  ['CA', 'canada'],
  ['GB', 'uk,reino unido,united kingdom,great britain,gran bretana,inglaterra,england'],
  ['IE', 'irlanda,ireland'],
  ['FR', 'francia,france,franca'],
  ['DE', 'alemania,germany,alemanha,deutschland'],
  ['IT', 'italia,italy'],
  ['AD', 'andorra'],
]);

/** An ISO 3166 alpha-2 code from a code or a country name in en, es or pt. */
export function parseCountry(value: string): string | null | undefined {
  const text = value.trim();
  if (!text) return undefined;
  if (/^[a-z]{2}$/i.test(text)) return text.toUpperCase();
  return COUNTRIES.get(key(text)) ?? null;
}

const LANGUAGES = table<string>([
  ['es', 'espanol,castellano,spanish,espanhol'],
  ['pt', 'portugues,portuguese'],
  ['pt-BR', 'portugues brasil,portugues do brasil,brazilian portuguese,portugues brasileiro'],
  ['en', 'ingles,english'],
  ['fr', 'frances,french'],
  ['ca', 'catalan,catala'],
  ['de', 'aleman,german,alemao'],
  ['it', 'italiano,italian'],
  ['gl', 'gallego,galego,galician'],
  ['eu', 'euskera,basque,vasco'],
]);

/** A BCP 47 language tag from a tag or a language name ("Español" → es). */
export function parseLanguage(value: string): string | null | undefined {
  const text = value.trim();
  if (!text) return undefined;
  const named = LANGUAGES.get(key(text));
  if (named) return named;
  if (/^[a-zA-Z]{2,3}([-_][a-zA-Z0-9]{2,8})*$/.test(text)) return text.replace('_', '-');
  return null;
}
