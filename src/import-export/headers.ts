/*
 * Column mapping from header names, in English, Spanish and Portuguese, as the exports of other
 * booking and POS systems write them ("Nombre", "Apellidos", "Teléfono", "Celular", "E-mail",
 * "Correo", "Fecha de nacimiento", "Data de nascimento", "DNI", "CPF", …). Headers are compared
 * without accents, case or punctuation; an exact synonym beats a header that starts with one, which
 * beats a header that merely contains one as whole words. Each field is taken by one column (the
 * best match), except phones, which any number of columns may feed.
 */
import { normalizeText } from '../model/text.js';
import {
  IMPORT_FIELDS,
  NAME_FIELDS,
  REPEATABLE_FIELDS,
  type ColumnMapping,
  type ImportField,
  type ImportTarget,
} from './fields.js';

/** Synonyms per field (normalized: lower case, no accents, words separated by one space). */
const SYNONYMS: Record<ImportField, readonly string[]> = {
  fullName: [
    'nombre completo', 'nombre y apellidos', 'apellidos y nombre', 'apellidos nombre', 'cliente', 'nombre cliente', 'nombre del cliente',
    'nome completo', 'nome do cliente', 'full name', 'fullname', 'client name', 'customer name', 'customer', 'client', 'contact name',
  ],
  firstName: ['nombre', 'nombres', 'nombre de pila', 'nome', 'primeiro nome', 'prenome', 'first name', 'firstname', 'given name', 'forename', 'fname', 'name'],
  middleName: ['segundo nombre', 'nome do meio', 'middle name', 'middlename', 'middle'],
  lastName: [
    'apellidos', 'apellido', 'primer apellido', 'apellido 1', 'apellido1', 'sobrenome', 'sobrenomes', 'apelido', 'apelidos', 'ultimo nome',
    'last name', 'lastname', 'surname', 'family name', 'lname',
  ],
  secondLastName: ['segundo apellido', 'apellido 2', 'apellido2', 'second surname', 'second last name'],
  email: [
    'email', 'e mail', 'correo', 'correo electronico', 'correo e', 'mail', 'email address', 'e mail address', 'endereco de email',
    'endereco de e mail', 'endereco eletronico',
  ],
  mobile: [
    'movil', 'celular', 'telefono movil', 'tel movil', 'numero movil', 'telefono celular', 'mobile', 'mobile phone', 'cell', 'cell phone',
    'cellphone', 'telemovel', 'telefone celular', 'whatsapp', 'tlf movil',
  ],
  phone: [
    'telefono', 'tel', 'tlf', 'telf', 'telefono 1', 'telefono principal', 'numero de telefono', 'phone', 'phone number', 'telephone',
    'telefone', 'fone', 'telefono 2', 'telefone 2', 'phone 2', 'otro telefono', 'other phone',
  ],
  homePhone: ['telefono fijo', 'tel fijo', 'tlf fijo', 'fijo', 'telefono casa', 'telefono particular', 'home phone', 'home', 'telefone fixo', 'telefone residencial'],
  workPhone: ['telefono trabajo', 'telefono oficina', 'work phone', 'business phone', 'office phone', 'telefone comercial', 'telefone trabalho'],
  birthDate: [
    'fecha de nacimiento', 'fecha nacimiento', 'f nacimiento', 'fecha nac', 'f nac', 'nacimiento', 'cumpleanos', 'birthday', 'birth date',
    'birthdate', 'date of birth', 'dob', 'data de nascimento', 'data nascimento', 'data nasc', 'nascimento', 'aniversario',
  ],
  gender: ['sexo', 'genero', 'gender', 'sex'],
  nationalId: [
    'dni', 'nif', 'nie', 'dni nie', 'dni nif', 'documento', 'documento de identidad', 'numero de documento', 'n documento', 'cedula', 'rut',
    'curp', 'cpf', 'rg', 'cc', 'national id', 'id number', 'passport', 'pasaporte', 'passaporte', 'ssn', 'identificacion', 'identidade',
  ],
  status: ['estado', 'status', 'situacion', 'situacao', 'estado del cliente', 'client status'],
  preferredLanguage: ['idioma', 'idioma preferido', 'lengua', 'language', 'preferred language', 'lingua', 'idioma de preferencia'],
  addressLine1: ['direccion', 'domicilio', 'calle', 'direccion 1', 'address', 'address line 1', 'street', 'street address', 'endereco', 'morada', 'logradouro', 'rua'],
  addressLine2: ['direccion 2', 'address line 2', 'address 2', 'complemento', 'piso', 'apartment'],
  city: ['ciudad', 'poblacion', 'localidad', 'municipio', 'city', 'town', 'cidade', 'localidade'],
  region: ['provincia', 'region', 'comunidad', 'comunidad autonoma', 'state', 'county', 'province', 'uf', 'distrito', 'departamento'],
  postalCode: ['codigo postal', 'cp', 'c p', 'cod postal', 'postal code', 'zip', 'zip code', 'postcode', 'cep'],
  country: ['pais', 'country', 'pais de residencia', 'country code'],
  weightKg: ['peso', 'peso kg', 'weight', 'weight kg'],
  notes: [
    'notas', 'nota', 'observaciones', 'observacion', 'comentarios', 'comentario', 'anotaciones', 'notes', 'note', 'comments', 'remarks',
    'observacoes', 'observacao', 'obs', 'anotacoes',
  ],
};

/** "Teléfono (móvil)" → "telefono movil". */
export function normalizeHeader(header: string): string {
  // camelCase and PascalCase headers ("ZipCode", "firstName", from .NET and JSON exporters) as words.
  return normalizeText(header.replace(/(\p{Ll}|\d)(\p{Lu})/gu, '$1 $2'))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function matchScore(header: string, synonym: string): number {
  if (header === synonym) return 3;
  if (header.startsWith(`${synonym} `)) return 2;
  // Short synonyms ("cp", "tel") only count as exact matches or prefixes.
  if (synonym.length >= 4 && ` ${header} `.includes(` ${synonym} `)) return 1;
  return 0;
}

export interface AutoMapOptions {
  /** Catalog locale: in pt, "Estado" is a state (region), in es a client status. */
  locale?: string;
}

/**
 * The best field for one header, with its score: 3 exact, 2 prefix, 1 whole words inside, 0 none.
 * Among matches of one score the longest synonym wins ("telefono movil" beats "telefono").
 */
export function guessField(header: string, options: AutoMapOptions = {}): { field: ImportField | undefined; score: number } {
  const normalized = normalizeHeader(header);
  if (!normalized) return { field: undefined, score: 0 };
  if (options.locale?.startsWith('pt') && normalized === 'estado') return { field: 'region', score: 3 };
  let best: { field: ImportField | undefined; score: number; length: number } = { field: undefined, score: 0, length: 0 };
  for (const field of IMPORT_FIELDS) {
    for (const synonym of SYNONYMS[field]) {
      const score = matchScore(normalized, synonym);
      if (score > best.score || (score > 0 && score === best.score && synonym.length > best.length)) best = { field, score, length: synonym.length };
    }
  }
  return { field: best.field, score: best.score };
}

/**
 * A mapping for a file's headers: each column's best field, each non-repeatable field given to the
 * column that matches it best (others ignored). A lone "Nombre" / "Nome" / "Name" column with no last
 * name column is a full name.
 */
export function autoMap(headers: readonly string[], options: AutoMapOptions = {}): ColumnMapping {
  const guesses = headers.map((header) => guessField(header, options));
  const mapping: ImportTarget[] = headers.map(() => 'ignore');
  const taken = new Map<ImportField, number>();
  // Best scores first, so the strongest claim on a field wins; on a tie, the first column.
  const order = guesses.map((guess, index) => ({ ...guess, index })).sort((a, b) => b.score - a.score || a.index - b.index);
  for (const { field, index } of order) {
    if (!field) continue;
    if (!REPEATABLE_FIELDS.has(field)) {
      if (taken.has(field)) continue;
      taken.set(field, index);
    }
    mapping[index] = field;
  }
  const firstNameColumn = taken.get('firstName');
  if (firstNameColumn !== undefined && !taken.has('lastName') && !taken.has('fullName')) {
    const header = normalizeHeader(headers[firstNameColumn] ?? '');
    if (['nombre', 'nome', 'name'].includes(header)) mapping[firstNameColumn] = 'fullName';
  }
  return mapping;
}

/** Why a mapping cannot be imported yet: no name column, or a field fed by two columns. */
export type MappingProblem = { kind: 'no-name' } | { kind: 'duplicate'; target: ImportTarget; columns: number[] };

export function mappingProblems(mapping: ColumnMapping): MappingProblem[] {
  const problems: MappingProblem[] = [];
  if (!mapping.some((target) => NAME_FIELDS.has(target as ImportField))) problems.push({ kind: 'no-name' });
  const columnsOf = new Map<ImportTarget, number[]>();
  mapping.forEach((target, column) => {
    if (target === 'ignore' || REPEATABLE_FIELDS.has(target as ImportField)) return;
    columnsOf.set(target, [...(columnsOf.get(target) ?? []), column]);
  });
  for (const [target, columns] of columnsOf) if (columns.length > 1) problems.push({ kind: 'duplicate', target, columns });
  return problems;
}

/** Whether any column was recognised at all (a file of unrelated data is refused with 'no-columns'). */
export function recognisesAnyColumn(mapping: ColumnMapping): boolean {
  return mapping.some((target) => target !== 'ignore');
}

/** Header words that give away the country of an export (Spain, Brazil, Portugal). */
const COUNTRY_MARKERS: Record<string, readonly string[]> = {
  ES: ['dni', 'nie', 'apellidos', 'movil', 'poblacion', 'provincia', 'c p', 'segundo apellido', 'correo electronico'],
  BR: ['cpf', 'cep', 'celular', 'sobrenome', 'rg', 'uf', 'bairro', 'data de nascimento'],
  PT: ['telemovel', 'morada', 'apelido', 'localidade', 'codigo postal', 'nif'],
};

/** The country an export probably comes from, by its header words; undefined when unclear. */
export function guessCountry(headers: readonly string[]): string | undefined {
  const normalized = new Set(headers.map(normalizeHeader));
  let best: { country: string | undefined; hits: number } = { country: undefined, hits: 0 };
  let tie = false;
  for (const [country, markers] of Object.entries(COUNTRY_MARKERS)) {
    const hits = markers.filter((marker) => normalized.has(marker)).length;
    if (hits > best.hits) {
      best = { country, hits };
      tie = false;
    } else if (hits > 0 && hits === best.hits) tie = true;
  }
  return tie ? undefined : best.country;
}
