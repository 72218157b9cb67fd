/*
 * The profile form's draft: the client's editable fields as form controls hold them (strings,
 * booleans), the conversion to and from the model, validation with the model's own schemas
 * (ClientEditable; never a copy of it), and the field-level diffs behind the conflict view.
 */
import type * as z from 'zod/mini';
import { ClientEditable, CustomFieldValue, PHONE_TYPES } from '../../model/client.js';
import type { Client, ClientPatch, ClientStatus, Gender } from '../../model/client.js';
import type { CustomFieldDefinition } from '../../model/catalog.js';

export type PhoneType = (typeof PHONE_TYPES)[number];

export interface PhoneDraft {
  number: string;
  type: PhoneType;
  whatsapp: boolean;
  primary: boolean;
}

export interface AddressDraft {
  line1: string;
  line2: string;
  city: string;
  region: string;
  postalCode: string;
  country: string;
}

/** One entry per editable field of the client (same names as ClientEditable). */
export interface ProfileDraft {
  firstName: string;
  middleName: string;
  lastName: string;
  status: ClientStatus;
  weightKg: string;
  bookingBlacklisted: boolean;
  birthDate: string;
  gender: Gender | '';
  nationalId: string;
  phones: PhoneDraft[];
  email: string;
  preferredLanguage: string;
  address: AddressDraft;
  /** Custom field values: booleans for boolean fields, strings for the rest; other keys kept as stored. */
  customFields: Record<string, string | number | boolean | null>;
  origin: string;
  referredByClientId: string;
  groupIds: string[];
  tagIds: string[];
  centerId: string;
  avatarUrl: string;
}

export type DraftField = keyof ProfileDraft;

/** The fields in the order the form shows them (and the conflict view lists them). */
export const DRAFT_FIELDS: readonly DraftField[] = [
  'status',
  'weightKg',
  'bookingBlacklisted',
  'avatarUrl',
  'firstName',
  'middleName',
  'lastName',
  'birthDate',
  'gender',
  'nationalId',
  'phones',
  'email',
  'preferredLanguage',
  'address',
  'customFields',
  'origin',
  'referredByClientId',
  'groupIds',
  'tagIds',
  'centerId',
];

const EMPTY_ADDRESS: AddressDraft = { line1: '', line2: '', city: '', region: '', postalCode: '', country: '' };

export function emptyPhone(primary: boolean): PhoneDraft {
  return { number: '', type: 'mobile', whatsapp: false, primary };
}

/** The draft of a stored client. */
export function draftFromClient(client: Client): ProfileDraft {
  const address = client.address;
  return {
    firstName: client.firstName,
    middleName: client.middleName ?? '',
    lastName: client.lastName ?? '',
    status: client.status,
    weightKg: client.weightKg === null ? '' : String(client.weightKg),
    bookingBlacklisted: client.bookingBlacklisted,
    birthDate: client.birthDate ?? '',
    gender: client.gender ?? '',
    nationalId: client.nationalId ?? '',
    phones: client.phones.map((phone) => ({ ...phone })),
    email: client.email ?? '',
    preferredLanguage: client.preferredLanguage ?? '',
    address: address
      ? {
          line1: address.line1,
          line2: address.line2 ?? '',
          city: address.city,
          region: address.region ?? '',
          postalCode: address.postalCode ?? '',
          country: address.country,
        }
      : { ...EMPTY_ADDRESS },
    customFields: { ...client.customFields },
    origin: client.origin ?? '',
    referredByClientId: client.referredByClientId ?? '',
    groupIds: [...client.groupIds],
    tagIds: [...client.tagIds],
    centerId: client.centerId ?? '',
    avatarUrl: client.avatarUrl ?? '',
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

function numberOrNaN(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  const number = Number(trimmed);
  return Number.isFinite(number) ? number : Number.NaN;
}

/** Custom field values as the model stores them, typed by their catalog definitions. */
function customFieldsFromDraft(draft: ProfileDraft['customFields'], definitions: readonly CustomFieldDefinition[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(draft)) {
    const definition = definitions.find((candidate) => candidate.key === key);
    if (!definition) {
      out[key] = value;
      continue;
    }
    if (definition.type === 'boolean') {
      if (value === true || value === false) out[key] = value;
      continue;
    }
    const text = value === null || value === undefined ? '' : String(value).trim();
    if (text === '') continue;
    out[key] = definition.type === 'number' ? numberOrNaN(text) : text;
  }
  return out;
}

/** The draft as the model's editable shape (not validated yet). */
export function editableFromDraft(draft: ProfileDraft, definitions: readonly CustomFieldDefinition[]): Record<keyof ClientEditable, unknown> {
  const address = draft.address;
  const hasAddress = Object.values(address).some((value) => value.trim() !== '');
  return {
    firstName: draft.firstName,
    middleName: orNull(draft.middleName),
    lastName: orNull(draft.lastName),
    status: draft.status,
    weightKg: numberOrNaN(draft.weightKg),
    bookingBlacklisted: draft.bookingBlacklisted,
    birthDate: orNull(draft.birthDate),
    gender: draft.gender === '' ? null : draft.gender,
    nationalId: orNull(draft.nationalId),
    phones: draft.phones
      .filter((phone) => phone.number.trim() !== '' || phone.whatsapp)
      .map((phone) => ({ number: phone.number, type: phone.type, whatsapp: phone.whatsapp, primary: phone.primary })),
    email: orNull(draft.email),
    preferredLanguage: orNull(draft.preferredLanguage),
    address: hasAddress
      ? {
          line1: address.line1,
          line2: orNull(address.line2),
          city: address.city,
          region: orNull(address.region),
          postalCode: orNull(address.postalCode),
          country: address.country.trim().toUpperCase(),
        }
      : null,
    customFields: customFieldsFromDraft(draft.customFields, definitions),
    origin: orNull(draft.origin),
    referredByClientId: orNull(draft.referredByClientId),
    groupIds: draft.groupIds,
    tagIds: draft.tagIds,
    centerId: orNull(draft.centerId),
    avatarUrl: orNull(draft.avatarUrl),
  };
}

/** What is wrong with one field, as a code the UI turns into a message in the user's language. */
export type ProblemCode =
  | 'required'
  | 'too-long'
  | 'email'
  | 'phone'
  | 'date'
  | 'number'
  | 'positive'
  | 'too-big'
  | 'country'
  | 'language'
  | 'url'
  | 'invalid';

export interface FieldProblem {
  /** The field's key: 'firstName', 'phones.0.number', 'address.country', 'customFields.hairType'. */
  field: string;
  code: ProblemCode;
  /** The limit, for too-long and too-big. */
  limit?: number;
  /** The original message (English, from the schema or the backend), for logs. */
  message: string;
}

interface IssueLike {
  path: readonly PropertyKey[];
  code?: string | undefined;
  message: string;
  format?: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  expected?: string;
}

/** A zod issue (or a backend's field issue) as a problem code for the UI. */
export function problemOf(issue: IssueLike): FieldProblem {
  const field = issue.path.map(String).join('.');
  const base = { field, message: issue.message };
  const last = String(issue.path[issue.path.length - 1] ?? '');
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'number') return { ...base, code: 'positive' };
      if (Number(issue.minimum ?? 1) <= 1) return { ...base, code: 'required' };
      break;
    case 'too_big':
      return issue.origin === 'number'
        ? { ...base, code: 'too-big', limit: Number(issue.maximum) }
        : { ...base, code: 'too-long', limit: Number(issue.maximum) };
    case 'invalid_format':
      if (issue.format === 'email') return { ...base, code: 'email' };
      if (issue.format === 'date') return { ...base, code: 'date' };
      break;
    case 'invalid_type':
      if (issue.expected === 'number') return { ...base, code: 'number' };
      break;
  }
  if (field.startsWith('phones.') && last === 'number') return { ...base, code: 'phone' };
  if (field === 'address.country') return { ...base, code: 'country' };
  if (field === 'preferredLanguage') return { ...base, code: 'language' };
  if (field === 'avatarUrl') return { ...base, code: 'url' };
  if (field === 'email') return { ...base, code: 'email' };
  if (field === 'birthDate') return { ...base, code: 'date' };
  if (field === 'firstName' && issue.code !== 'too_big') return { ...base, code: 'required' };
  return { ...base, code: 'invalid' };
}

export type DraftValidation =
  | { ok: true; value: ClientEditable }
  | { ok: false; problems: FieldProblem[] };

/**
 * Validates the draft with ClientEditable, plus what the catalog says about custom fields (required
 * ones, number fields) and one rule of the form (at most one primary phone).
 */
export function validateDraft(draft: ProfileDraft, definitions: readonly CustomFieldDefinition[]): DraftValidation {
  const editable = editableFromDraft(draft, definitions);
  const problems: FieldProblem[] = [];
  const parsed = ClientEditable.safeParse(editable);
  if (!parsed.success) problems.push(...parsed.error.issues.map(problemOf));
  const custom = editable.customFields as Record<string, unknown>;
  for (const definition of definitions) {
    const value = custom[definition.key];
    const field = `customFields.${definition.key}`;
    if (problems.some((problem) => problem.field === field)) continue;
    if (definition.type === 'number' && typeof value === 'number' && Number.isNaN(value)) {
      problems.push({ field, code: 'number', message: 'Expected a number' });
    } else if (definition.required && definition.type !== 'boolean' && (value === undefined || value === null || value === '')) {
      problems.push({ field, code: 'required', message: 'Required' });
    } else if (value !== undefined && !CustomFieldValue.safeParse(value).success) {
      problems.push({ field, code: 'invalid', message: 'Invalid value' });
    }
  }
  if (problems.length) return { ok: false, problems: dedupe(problems) };
  return { ok: true, value: (parsed as z.util.SafeParseSuccess<ClientEditable>).data };
}

function dedupe(problems: FieldProblem[]): FieldProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => (seen.has(problem.field) ? false : (seen.add(problem.field), true)));
}

/** Structural equality of plain data (JSON-like values). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((value, index) => sameValue(value, other[index]));
  }
  const left = Object.entries(a as Record<string, unknown>).filter(([, value]) => value !== undefined);
  const right = Object.entries(b as Record<string, unknown>).filter(([, value]) => value !== undefined);
  if (left.length !== right.length) return false;
  const lookup = b as Record<string, unknown>;
  return left.every(([key, value]) => sameValue(value, lookup[key]));
}

/** The draft fields that differ between two drafts. */
export function changedFields(from: ProfileDraft, to: ProfileDraft): DraftField[] {
  return DRAFT_FIELDS.filter((field) => !sameValue(normalizeField(field, from[field]), normalizeField(field, to[field])));
}

/* Custom fields: an empty text is the same as no value. */
function normalizeField(field: DraftField, value: unknown): unknown {
  if (field !== 'customFields' || !value || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).filter(([, entry]) => entry !== '' && entry !== null && entry !== undefined));
}

/** The patch from one editable record to another: only the fields that differ. */
export function patchBetween(from: ClientEditable, to: ClientEditable): ClientPatch {
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(to) as (keyof ClientEditable)[]) {
    if (!sameValue(from[key], to[key])) patch[key] = to[key];
  }
  return patch as ClientPatch;
}

/** The editable part of a stored client. */
export function editableOf(client: Client): ClientEditable {
  const shape = ClientEditable.shape;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(shape)) out[key] = client[key as keyof ClientEditable];
  return out as ClientEditable;
}

/**
 * Moves a draft onto a newer record: the newer record's values, with the fields the user changed
 * (relative to `base`) kept as the user left them.
 */
export function rebaseDraft(base: ProfileDraft, draft: ProfileDraft, newer: ProfileDraft): ProfileDraft {
  const next: ProfileDraft = structuredClone(newer);
  for (const field of changedFields(base, draft)) (next as unknown as Record<string, unknown>)[field] = structuredClone(draft[field]);
  return next;
}
