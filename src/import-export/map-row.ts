/*
 * One row of the file → the data of a client (ClientInput), and the problems found on the way.
 * Cells become model values here (names split, dates and phones normalized, "Mujer" → female); the
 * result is then validated by the model's own ClientInput schema — the single source of the rules —
 * and every issue is tied to the column it came from, so the preview can point at the cell.
 */
import { ClientInput, type Phone } from '../model/client.js';
import { parseDate, type DateOrder } from './dates.js';
import {
  IMPORT_FIELDS,
  NOTES_CUSTOM_FIELD,
  customFieldKey,
  isCustomTarget,
  parseCountry,
  parseDecimal,
  parseGender,
  parseLanguage,
  parseStatus,
  type ColumnMapping,
  type ImportField,
} from './fields.js';
import { splitFullName, type NameStyle } from './names.js';
import { normalizePhone, splitPhones } from './phones.js';

export interface MapOptions {
  /** How numeric dates are written: dmy (es, pt), mdy (US), ymd. */
  dateOrder: DateOrder;
  /** ISO 3166 country of numbers written without country code, and of addresses without country. */
  defaultCountry: string;
  /** How a full name splits (names.ts). */
  nameStyle: NameStyle;
  /** The gender column writes H / M (hombre / mujer). */
  genderMIsFemale?: boolean;
}

export type IssueCode =
  | 'required'
  | 'invalid-email'
  | 'invalid-phone'
  | 'invalid-date'
  | 'invalid-number'
  | 'invalid-gender'
  | 'invalid-status'
  | 'invalid-country'
  | 'invalid-language'
  | 'too-long'
  | 'invalid';

/** A problem with one field of one row. */
export interface RowIssue {
  /** The client field's path ('email', 'phones.0.number', 'address.city'). */
  path: string;
  /** Column of the file it came from, if one. */
  column: number | null;
  code: IssueCode;
  /** The cell's text, as in the file. */
  value: string;
  /** The model's message (English), for logs and support. */
  message: string;
}

export interface MappedRow {
  /** The client data (valid: parsed by ClientInput), or null when the row has issues. */
  data: ClientInput | null;
  issues: RowIssue[];
}

const PHONE_TYPES: Record<string, Phone['type']> = { mobile: 'mobile', phone: 'other', homePhone: 'home', workPhone: 'work' };
const PHONE_ORDER = ['mobile', 'phone', 'homePhone', 'workPhone'];

/** A cell escaped against formula injection by a spreadsheet export ("'=…", "'+…") read back as it was. */
export function unescapeCell(value: string): string {
  return value.length > 1 && value.charCodeAt(0) === 39 /* ' */ && /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

function codeFor(path: string, zodCode: string): IssueCode {
  const field = path.split('.')[0];
  if (field === 'firstName' && (zodCode === 'too_small' || zodCode === 'invalid_type')) return 'required';
  if (zodCode === 'too_big') return 'too-long';
  if (field === 'email') return 'invalid-email';
  if (field === 'phones') return 'invalid-phone';
  if (field === 'birthDate') return 'invalid-date';
  if (field === 'weightKg') return 'invalid-number';
  if (path === 'address.country') return 'invalid-country';
  if (field === 'preferredLanguage') return 'invalid-language';
  if (field === 'gender') return 'invalid-gender';
  if (field === 'status') return 'invalid-status';
  return 'invalid';
}

/** Maps and validates one row. `cells` are the row's texts in column order. */
export function mapRow(cells: readonly string[], mapping: ColumnMapping, headers: readonly string[], options: MapOptions): MappedRow {
  const issues: RowIssue[] = [];
  const data: Record<string, unknown> = {};
  const single: Partial<Record<ImportField, { value: string; column: number }>> = {};
  const phoneCells: { field: string; value: string; column: number }[] = [];
  let custom: Record<string, string> | undefined;
  let customColumns: Record<string, number> | undefined;

  for (let column = 0; column < mapping.length; column++) {
    const target = mapping[column]!;
    if (target === 'ignore') continue;
    const value = unescapeCell((cells[column] ?? '').trim());
    if (!value) continue;
    if (isCustomTarget(target) || target === 'notes') {
      const key = target === 'notes' ? NOTES_CUSTOM_FIELD : target.slice('custom:'.length) || customFieldKey(headers[column] ?? '');
      (custom ??= {})[key] = value;
      (customColumns ??= {})[key] = column;
    } else if (target in PHONE_TYPES) phoneCells.push({ field: target, value, column });
    else single[target] = { value, column };
  }

  // Names: dedicated columns win over the parts of a full name.
  const full = single.fullName ? splitFullName(single.fullName.value, options.nameStyle) : null;
  if (single.firstName) data['firstName'] = single.firstName.value;
  else if (full) data['firstName'] = full.firstName;
  if (single.middleName) data['middleName'] = single.middleName.value;
  else if (full?.middleName) data['middleName'] = full.middleName;
  const last = single.lastName && single.secondLastName ? `${single.lastName.value} ${single.secondLastName.value}` : (single.lastName ?? single.secondLastName)?.value;
  if (last) data['lastName'] = last;
  else if (full?.lastName) data['lastName'] = full.lastName;

  if (single.email) data['email'] = single.email.value.toLowerCase();

  // Phones, in the order mobile, phone, home, work; the first is primary; repeats dropped.
  let phoneColumns: number[] | undefined;
  if (phoneCells.length) {
    if (phoneCells.length > 1) phoneCells.sort((a, b) => PHONE_ORDER.indexOf(a.field) - PHONE_ORDER.indexOf(b.field) || a.column - b.column);
    const phones: Phone[] = [];
    phoneColumns = [];
    for (const cell of phoneCells) {
      for (const part of splitPhones(cell.value)) {
        const result = normalizePhone(part, options.defaultCountry);
        if (!result) continue;
        if ('error' in result) {
          issues.push({ path: `phones.${phones.length}.number`, column: cell.column, code: 'invalid-phone', value: part, message: 'Not a phone number' });
          continue;
        }
        if (phones.some((phone) => phone.number === result.number)) continue;
        phoneColumns.push(cell.column);
        phones.push({ number: result.number, type: PHONE_TYPES[cell.field]!, whatsapp: false, primary: phones.length === 0 });
      }
    }
    if (phones.length) data['phones'] = phones;
  }

  const convert = <T>(field: ImportField, path: string, parse: (value: string) => T | null | undefined, code: IssueCode, message: string) => {
    const cell = single[field];
    if (!cell) return;
    const parsed = parse(cell.value);
    if (parsed !== null && parsed !== undefined) data[path] = parsed;
    else issues.push({ path, column: cell.column, code, value: cell.value, message });
  };
  convert('birthDate', 'birthDate', (value) => parseDate(value, { order: options.dateOrder }), 'invalid-date', 'Not a date');
  convert('gender', 'gender', (value) => parseGender(value, options.genderMIsFemale), 'invalid-gender', 'Unknown gender');
  convert('status', 'status', parseStatus, 'invalid-status', 'Unknown status');
  convert('preferredLanguage', 'preferredLanguage', parseLanguage, 'invalid-language', 'Unknown language');
  if (single.nationalId) data['nationalId'] = single.nationalId.value;
  convert('weightKg', 'weightKg', parseDecimal, 'invalid-number', 'Not a number');

  if (single.addressLine1 || single.addressLine2 || single.city || single.region || single.postalCode || single.country) {
    let country = options.defaultCountry.toUpperCase();
    if (single.country) {
      const parsed = parseCountry(single.country.value);
      if (parsed) country = parsed;
      else issues.push({ path: 'address.country', column: single.country.column, code: 'invalid-country', value: single.country.value, message: 'Unknown country' });
    }
    data['address'] = {
      line1: single.addressLine1?.value ?? '',
      line2: single.addressLine2?.value ?? null,
      city: single.city?.value ?? '',
      region: single.region?.value ?? null,
      postalCode: single.postalCode?.value ?? null,
      country,
    };
  }
  if (custom) data['customFields'] = custom;

  const parsed = ClientInput.safeParse(data);
  if (parsed.success && !issues.length) return { data: parsed.data, issues };
  if (!parsed.success) {
    // Which column a path came from is worked out only here, for rows that fail.
    const columnOf = (path: string): number | null => {
      const [head, second] = path.split('.');
      const columnOfField = (...fields: ImportField[]) => {
        for (const field of fields) if (single[field]) return single[field]!.column;
        return null;
      };
      switch (head) {
        case 'firstName':
          return columnOfField('firstName', 'fullName');
        case 'middleName':
          return columnOfField('middleName', 'fullName');
        case 'lastName':
          return columnOfField('lastName', 'secondLastName', 'fullName');
        case 'phones':
          return phoneColumns?.[Number(second)] ?? null;
        case 'customFields':
          return customColumns?.[second ?? ''] ?? null;
        case 'address':
          return columnOfField((ADDRESS_FIELDS[second ?? ''] ?? 'addressLine1') as ImportField);
        default:
          return (IMPORT_FIELDS as readonly string[]).includes(head ?? '') ? columnOfField(head as ImportField) : null;
      }
    };
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String).join('.');
      const column = columnOf(path);
      const value = column === null ? '' : unescapeCell((cells[column] ?? '').trim());
      issues.push({ path, column, code: codeFor(path, issue.code), value, message: issue.message });
    }
  }
  return { data: null, issues };
}

const ADDRESS_FIELDS: Record<string, ImportField> = {
  line1: 'addressLine1',
  line2: 'addressLine2',
  city: 'city',
  region: 'region',
  postalCode: 'postalCode',
  country: 'country',
};
