/*
 * Demo data a salon owner would not find odd: one allergen once per client, no name twice in one
 * person, record times in opening hours (no midnight stamps), and the documented share in the trash.
 */
import { expect } from '@open-wc/testing';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { clientDisplayName } from '../../src/model/client.js';

const REFERENCE_DATE = '2026-11-23';

async function everyClient(adapter: ReturnType<typeof createMemoryAdapter>, view: 'active' | 'trash') {
  const clients = [];
  for (let offset = 0; ; offset += 500) {
    const page = await adapter.clients.list({ limit: 500, offset, view });
    clients.push(...page.items);
    if (page.items.length < 500) return clients;
  }
}

function isMidnightUtc(iso: string): boolean {
  return iso.endsWith('T00:00:00.000Z');
}

describe('demo data realism', () => {
  it('never repeats a name part in one client', async () => {
    const adapter = createMemoryAdapter({ clientCount: 2000, seed: 1, referenceDate: REFERENCE_DATE });
    const clients = [...(await everyClient(adapter, 'active')), ...(await everyClient(adapter, 'trash'))];
    expect(clients).to.have.length(2000);
    const repeated = clients.filter((client) => {
      const parts = [client.firstName, client.middleName, ...(client.lastName ?? '').split(' ')].filter(Boolean);
      return new Set(parts).size !== parts.length;
    });
    expect(repeated.map((c) => [c.firstName, c.middleName, c.lastName].join("|"))).to.deep.equal([]);
  });

  it('stamps clients in opening hours, never at midnight', async () => {
    const adapter = createMemoryAdapter({ clientCount: 500, seed: 1, referenceDate: REFERENCE_DATE });
    const { items } = await adapter.clients.list({ limit: 500 });
    const midnight = items.filter((client) => isMidnightUtc(client.updatedAt) || isMidnightUtc(client.createdAt));
    expect(midnight.map((client) => client.id)).to.deep.equal([]);
    for (const client of items) {
      expect(Date.parse(client.updatedAt)).to.be.at.least(Date.parse(client.createdAt));
      expect(Date.parse(client.updatedAt)).to.be.below(Date.parse(`${REFERENCE_DATE}T00:00:00Z`));
    }
  });

  it('gives each client an allergen at most once, and timed records', async () => {
    const adapter = createMemoryAdapter({ clientCount: 300, seed: 1, referenceDate: REFERENCE_DATE });
    const { items } = await adapter.clients.list({ limit: 300 });
    let withAllergies = 0;
    for (const client of items.slice(0, 150)) {
      const allergies = await adapter.allergies.list(client.id, { limit: 50 });
      const names = allergies.items.map((allergy) => allergy.allergen);
      if (names.length > 1) withAllergies++;
      expect(new Set(names).size, `${clientDisplayName(client)}: ${names.join(', ')}`).to.equal(names.length);
      expect(allergies.items.filter((allergy) => isMidnightUtc(allergy.createdAt))).to.deep.equal([]);
    }
    // The check means something: several clients have more than one allergy.
    expect(withAllergies).to.be.greaterThan(0);
  });

  it('starts some of the generated clients in the trash, as the demo and README say', async () => {
    const adapter = createMemoryAdapter({ clientCount: 2000, seed: 1, referenceDate: REFERENCE_DATE });
    const active = await adapter.clients.list({ limit: 1 });
    const trash = await adapter.clients.list({ limit: 1, view: 'trash' });
    expect(active.total + trash.total).to.equal(2000);
    expect(trash.total).to.be.greaterThan(0).and.below(40);
  });
});
