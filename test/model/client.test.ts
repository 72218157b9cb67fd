import { expect } from '@open-wc/testing';
import {
  Client,
  ClientInput,
  ClientListQuery,
  ClientPatch,
  Money,
  clientDisplayName,
  primaryPhone,
  toClientSummary,
  ClientSummary,
} from '../../src/model/index.js';

const validClient = {
  id: 'cl-1',
  version: 1,
  createdAt: '2026-01-10T09:00:00.000Z',
  updatedAt: '2026-01-10T09:00:00.000Z',
  trashedAt: null,
  firstName: 'José',
  middleName: null,
  lastName: 'Muñoz García',
  status: 'active',
  weightKg: 72.5,
  bookingBlacklisted: false,
  birthDate: '1990-04-12',
  gender: 'male',
  nationalId: '12345678Z',
  phones: [{ number: '+34 612 34 56 78', type: 'mobile', whatsapp: true, primary: true }],
  email: 'jose.munoz@example.com',
  preferredLanguage: 'es',
  address: { line1: 'Calle Mayor, 1', line2: null, city: 'Madrid', region: 'Madrid', postalCode: '28013', country: 'ES' },
  customFields: { hairType: 'wavy', newsletter: true },
  origin: 'online-booking',
  referredByClientId: null,
  groupIds: ['grp-vip'],
  tagIds: [],
  centerId: 'ctr-madrid',
  avatarUrl: null,
  stats: {
    totalSales: { amountMinor: 12500, currency: 'EUR' },
    reviewCount: 2,
    averageRating: 4.5,
    lastVisitAt: '2026-01-09T10:00:00.000Z',
    nextVisitAt: null,
    activeAlertCount: 0,
    activeAllergyCount: 1,
    walletBalance: { amountMinor: 0, currency: 'EUR' },
  },
};

/** The paths of the issues a failed parse reports. */
function issuePaths(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  return (result.error?.issues ?? []).map((issue) => issue.path.join('.'));
}

describe('model: client', () => {
  it('accepts a complete client', () => {
    expect(Client.safeParse(validClient).success).to.equal(true);
  });

  it('names the field of every invalid value', () => {
    const result = Client.safeParse({
      ...validClient,
      email: 'not-an-email',
      phones: [{ number: 'call me', type: 'mobile', whatsapp: false, primary: true }],
      birthDate: '12/04/1990',
      address: { ...validClient.address, country: 'Spain' },
      stats: { ...validClient.stats, totalSales: { amountMinor: 12.5, currency: 'EUR' } },
    });
    expect(result.success).to.equal(false);
    expect(issuePaths(result)).to.include.members(['email', 'phones.0.number', 'birthDate', 'address.country', 'stats.totalSales.amountMinor']);
  });

  it('needs only a first name to create a client, and rejects an empty one', () => {
    expect(ClientInput.safeParse({ firstName: 'Ana' }).success).to.equal(true);
    expect(issuePaths(ClientInput.safeParse({ firstName: '  ' }))).to.deep.equal(['firstName']);
    expect(issuePaths(ClientInput.safeParse({}))).to.deep.equal(['firstName']);
  });

  it('accepts phones in any human formatting but needs six digits', () => {
    for (const number of ['+34 612 34 56 78', '(11) 98765-4321', '612.345.678', '+351 912 345 678']) {
      expect(ClientPatch.safeParse({ phones: [{ number, type: 'mobile', whatsapp: true, primary: true }] }).success, number).to.equal(true);
    }
    expect(ClientPatch.safeParse({ phones: [{ number: '12-34', type: 'mobile', whatsapp: false, primary: true }] }).success).to.equal(false);
  });

  it('rejects links that are not http(s) or blob', () => {
    expect(issuePaths(ClientPatch.safeParse({ avatarUrl: 'javascript:alert(1)' }))).to.deep.equal(['avatarUrl']);
    expect(ClientPatch.safeParse({ avatarUrl: 'https://cdn.example.com/a.png' }).success).to.equal(true);
  });

  it('keeps money in integer minor units with an ISO 4217 code', () => {
    expect(Money.safeParse({ amountMinor: 1999, currency: 'EUR' }).success).to.equal(true);
    expect(Money.safeParse({ amountMinor: 19.99, currency: 'EUR' }).success).to.equal(false);
    expect(Money.safeParse({ amountMinor: 1999, currency: 'euro' }).success).to.equal(false);
  });

  it('derives the display name, primary phone and list row', () => {
    const client = Client.parse(validClient);
    expect(clientDisplayName(client)).to.equal('José Muñoz García');
    expect(primaryPhone([{ number: '1', type: 'home', whatsapp: false, primary: false }, { number: '2', type: 'mobile', whatsapp: true, primary: true }])).to.equal('2');
    const summary = toClientSummary(client);
    expect(ClientSummary.safeParse(summary).success).to.equal(true);
    expect(summary.phone).to.equal('+34 612 34 56 78');
  });

  it('validates list queries: filters, sort fields and page sizes', () => {
    expect(ClientListQuery.safeParse({ search: 'jose', filter: { birthdayMonth: 4, groupIds: ['grp-vip'] }, sort: { field: 'totalSales', direction: 'desc' }, limit: 50 }).success).to.equal(true);
    expect(issuePaths(ClientListQuery.safeParse({ filter: { birthdayMonth: 13 } }))).to.deep.equal(['filter.birthdayMonth']);
    expect(issuePaths(ClientListQuery.safeParse({ sort: { field: 'shoeSize', direction: 'asc' } }))).to.deep.equal(['sort.field']);
    expect(issuePaths(ClientListQuery.safeParse({ limit: 0 }))).to.deep.equal(['limit']);
  });
});
