/*
 * What the list's client dialog holds, as typed, and how a search turns into a first draft. Apart
 * from the dialog (create-dialog.ts), which loads the first time it opens.
 */
import type { ClientStatus } from '../../model/client.js';

/** What the form holds, as typed. */
export interface ClientDraft {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  birthDate: string;
  status: ClientStatus;
  /** Every group the client is in (checkboxes: a client may be in several). */
  groupIds: string[];
  origin: string;
}

export const EMPTY_DRAFT: ClientDraft = {
  firstName: '',
  lastName: '',
  email: '',
  phone: '',
  birthDate: '',
  status: 'active',
  groupIds: [],
  origin: '',
};

/**
 * A draft from what was typed in the search box: an email goes to email, a phone number to phone,
 * words to first name (first word) and last name (the rest).
 */
export function draftFromSearch(query: string): Partial<ClientDraft> {
  const text = query.trim().replace(/\s+/g, ' ');
  if (!text) return {};
  if (text.includes('@')) return { email: text };
  if (/^\+?[\d\s().-]+$/.test(text) && text.replace(/\D/g, '').length >= 3) return { phone: text };
  const capitalize = (word: string) => word.charAt(0).toLocaleUpperCase() + word.slice(1);
  const [first, ...rest] = text.split(' ').map(capitalize);
  return { firstName: first ?? '', lastName: rest.join(' ') };
}
