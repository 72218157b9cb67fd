import { normalizeText, phoneDigits, type Client } from '../../model/index.js';

/** Phones compare on their last nine digits, so "+34 612 34 56 78" and "612345678" are one number. */
export function phoneKey(number: string): string | null {
  const digits = phoneDigits(number);
  return digits.length >= 6 ? digits.slice(-9) : null;
}

export function emailKey(email: string | null | undefined): string | null {
  const trimmed = email?.trim().toLowerCase();
  return trimmed ? trimmed : null;
}

export function nameKey(firstName: string | undefined, lastName: string | null | undefined): string | null {
  const name = normalizeText(`${firstName ?? ''} ${lastName ?? ''}`).replace(/\s+/g, ' ').trim();
  return name.includes(' ') ? name : null;
}

type Ids = string | Set<string>;

/**
 * Exact-key indexes for duplicate checks and import dedupe: email, phone and full name → client ids.
 * A key held by one client maps to its id alone: 200,000 one-element Sets would cost a third of the
 * demo's start-up.
 */
export class ClientLookup {
  private readonly byEmail = new Map<string, Ids>();
  private readonly byPhone = new Map<string, Ids>();
  private readonly byName = new Map<string, Ids>();

  add(client: Client): void {
    this.each(client, (map, key) => {
      const ids = map.get(key);
      if (ids === undefined) map.set(key, client.id);
      else if (typeof ids === 'string') {
        if (ids !== client.id) map.set(key, new Set([ids, client.id]));
      } else ids.add(client.id);
    });
  }

  remove(client: Client): void {
    this.each(client, (map, key) => {
      const ids = map.get(key);
      if (ids === client.id) map.delete(key);
      else if (typeof ids === 'object') {
        ids.delete(client.id);
        if (ids.size === 1) map.set(key, [...ids][0]!);
      }
    });
  }

  withEmail(email: string | null | undefined): ReadonlySet<string> {
    return this.get(this.byEmail, emailKey(email));
  }

  withPhone(number: string): ReadonlySet<string> {
    return this.get(this.byPhone, phoneKey(number));
  }

  withName(firstName: string | undefined, lastName: string | null | undefined): ReadonlySet<string> {
    return this.get(this.byName, nameKey(firstName, lastName));
  }

  private get(map: Map<string, Ids>, key: string | null): ReadonlySet<string> {
    const ids = key === null ? undefined : map.get(key);
    return ids === undefined ? new Set() : typeof ids === 'string' ? new Set([ids]) : ids;
  }

  private each(client: Client, visit: (map: Map<string, Ids>, key: string) => void): void {
    const email = emailKey(client.email);
    if (email) visit(this.byEmail, email);
    for (const phone of client.phones) {
      const key = phoneKey(phone.number);
      if (key) visit(this.byPhone, key);
    }
    const name = nameKey(client.firstName, client.lastName);
    if (name) visit(this.byName, name);
  }
}
