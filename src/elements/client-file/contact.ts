/*
 * Quick-contact links of a client: only `tel:`, `https://wa.me/` and `mailto:` links, built from
 * normalized values (never from markup or arbitrary URLs in the data).
 */
import type { Client, Phone } from '../../model/client.js';

/** What a contact action does: call, WhatsApp message, email, or ask the host for an appointment. */
export type ContactChannel = 'phone' | 'whatsapp' | 'email' | 'appointment';

export interface ContactAction {
  channel: ContactChannel;
  /** The number or address used (null for an appointment). */
  value: string | null;
  /** The link followed unless the host cancels `client-contact` (null: a button, no link). */
  href: string | null;
}

/** A dialable number: a leading + and the digits ("+34 612 34 56 78" → "+34612345678"). */
export function telNumber(number: string): string {
  const trimmed = number.trim();
  const digits = trimmed.replace(/\D/g, '');
  if (trimmed.startsWith('+')) return `+${digits}`;
  if (digits.startsWith('00')) return `+${digits.slice(2)}`;
  return digits;
}

/** The international digits WhatsApp wants ("+55 (11) 91234-5678" → "5511912345678"; "0034…" → "34…"). */
export function whatsappDigits(number: string): string {
  const digits = number.replace(/\D/g, '');
  return digits.startsWith('00') ? digits.slice(2) : digits;
}

/** The phone used for calls: the primary one, else the first. */
export function callPhone(phones: readonly Phone[]): Phone | undefined {
  return phones.find((phone) => phone.primary) ?? phones[0];
}

/** The phone used for WhatsApp: the primary one if it has WhatsApp, else the first that has it. */
export function whatsappPhone(phones: readonly Phone[]): Phone | undefined {
  const primary = phones.find((phone) => phone.primary && phone.whatsapp);
  return primary ?? phones.find((phone) => phone.whatsapp);
}

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+$/;

/** The contact actions a client offers, in display order; channels without data are left out. */
export function contactActions(client: Pick<Client, 'phones' | 'email'>): ContactAction[] {
  const actions: ContactAction[] = [];
  const call = callPhone(client.phones);
  if (call && telNumber(call.number).replace('+', '').length >= 3) {
    actions.push({ channel: 'phone', value: call.number, href: `tel:${telNumber(call.number)}` });
  }
  const whatsapp = whatsappPhone(client.phones);
  if (whatsapp && whatsappDigits(whatsapp.number).length >= 6) {
    actions.push({ channel: 'whatsapp', value: whatsapp.number, href: `https://wa.me/${whatsappDigits(whatsapp.number)}` });
  }
  if (client.email && EMAIL.test(client.email)) {
    actions.push({ channel: 'email', value: client.email, href: `mailto:${encodeURIComponent(client.email).replace('%40', '@')}` });
  }
  actions.push({ channel: 'appointment', value: null, href: null });
  return actions;
}
