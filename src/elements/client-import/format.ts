/* Small formatting helpers of <client-import>: sizes, durations, column letters, field groups. */
import type { ImportStrings } from '../../i18n/groups/import.js';
import type { ImportField } from '../../import-export/fields.js';
import { formatNumber } from '../../i18n/format.js';

/** "25 MB", "800 kB" in the locale's number format. */
export function formatBytes(bytes: number, locale: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return formatNumber(value, locale, { style: 'unit', unit: units[unit], unitDisplay: 'short', maximumFractionDigits: value < 10 && unit > 0 ? 1 : 0 });
}

/** "45 seconds", "3 minutes", "1.5 hours" in the locale. */
export function formatDuration(ms: number, locale: string): string {
  const seconds = Math.max(1, Math.round(ms / 1000));
  if (seconds < 60) return formatNumber(seconds, locale, { style: 'unit', unit: 'second', unitDisplay: 'long' });
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return formatNumber(minutes, locale, { style: 'unit', unit: 'minute', unitDisplay: 'long' });
  return formatNumber(Math.round((minutes / 60) * 10) / 10, locale, { style: 'unit', unit: 'hour', unitDisplay: 'long', maximumFractionDigits: 1 });
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Country of phone numbers without a country code, from the catalog locale. */
export function defaultCountryOf(locale: string): string {
  if (locale.startsWith('es')) return 'ES';
  if (locale.startsWith('pt')) return 'BR';
  return 'US';
}

export type FieldGroupId = 'name' | 'contact' | 'personal' | 'address' | 'other';

/** The field picker's option groups, in order. */
export function fieldOptionGroups(): { id: FieldGroupId; fields: ImportField[] }[] {
  return [
    { id: 'name', fields: ['fullName', 'firstName', 'middleName', 'lastName', 'secondLastName'] },
    { id: 'contact', fields: ['email', 'mobile', 'phone', 'homePhone', 'workPhone'] },
    { id: 'personal', fields: ['birthDate', 'gender', 'nationalId', 'status', 'preferredLanguage', 'weightKg'] },
    { id: 'address', fields: ['addressLine1', 'addressLine2', 'city', 'region', 'postalCode', 'country'] },
    { id: 'other', fields: ['notes'] },
  ];
}

const PATH_FIELDS: Record<string, ImportField> = {
  firstName: 'firstName',
  middleName: 'middleName',
  lastName: 'lastName',
  email: 'email',
  phones: 'phone',
  birthDate: 'birthDate',
  gender: 'gender',
  nationalId: 'nationalId',
  status: 'status',
  preferredLanguage: 'preferredLanguage',
  weightKg: 'weightKg',
  'address.line1': 'addressLine1',
  'address.line2': 'addressLine2',
  'address.city': 'city',
  'address.region': 'region',
  'address.postalCode': 'postalCode',
  'address.country': 'country',
  customFields: 'notes',
};

/** The label of the field an issue path names ('phones.0.number' → "Phone"). */
export function analyzeFieldLabel(path: string, strings: ImportStrings): string {
  const parts = path.split('.');
  const field = PATH_FIELDS[parts.slice(0, 2).join('.')] ?? PATH_FIELDS[parts[0] ?? ''];
  return field ? strings.fields[field] : path;
}
