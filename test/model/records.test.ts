import { expect } from '@open-wc/testing';
import {
  AlertInput,
  AllergyInput,
  Catalog,
  CommentInput,
  CommunicationPreferences,
  FormAssignment,
  ImportOptions,
  MembershipCancelInput,
  NoteInput,
  QUOTE_TRANSITIONS,
  QuoteInput,
  Session,
  SkinTestInput,
  WalletOperationInput,
  canRemoveForm,
  countsTowardSales,
  isSkinTestExpired,
  searchTerms,
  normalizeText,
  phoneDigits,
  can,
} from '../../src/model/index.js';

const paths = (result: { error?: { issues: { path: PropertyKey[] }[] } }) => (result.error?.issues ?? []).map((issue) => issue.path.join('.'));

describe('model: per-client records', () => {
  it('accepts minimal valid inputs for every editable collection', () => {
    expect(NoteInput.safeParse({ body: 'Prefers mornings' }).success).to.equal(true);
    expect(CommentInput.safeParse({ body: 'Confirm by WhatsApp', priority: 'high', private: true }).success).to.equal(true);
    expect(AllergyInput.safeParse({ allergen: 'Latex', severity: 'severe', type: 'latex' }).success).to.equal(true);
    expect(SkinTestInput.safeParse({ subject: 'Hair color', status: 'pending' }).success).to.equal(true);
    expect(AlertInput.safeParse({ typeId: 'alert-medical', priority: 'critical', description: 'Pacemaker' }).success).to.equal(true);
  });

  it('reports the field of invalid inputs', () => {
    expect(paths(NoteInput.safeParse({ body: '' }))).to.deep.equal(['body']);
    expect(paths(AllergyInput.safeParse({ allergen: 'Latex', severity: 'deadly', type: 'latex' }))).to.deep.equal(['severity']);
    expect(paths(SkinTestInput.safeParse({ subject: 'Dye', expiresAt: '31/12/2026' }))).to.deep.equal(['expiresAt']);
    expect(paths(QuoteInput.safeParse({ title: 'Laser pack', lines: [] }))).to.deep.equal(['lines']);
  });

  it('requires an idempotency key and a positive amount for money operations', () => {
    expect(WalletOperationInput.safeParse({ amount: { amountMinor: 5000, currency: 'EUR' }, idempotencyKey: 'k-12345678' }).success).to.equal(true);
    expect(paths(WalletOperationInput.safeParse({ amount: { amountMinor: 5000, currency: 'EUR' } }))).to.deep.equal(['idempotencyKey']);
    expect(paths(WalletOperationInput.safeParse({ amount: { amountMinor: -5, currency: 'EUR' }, idempotencyKey: 'k-12345678' }))).to.deep.equal(['amount.amountMinor']);
    expect(paths(MembershipCancelInput.safeParse({ chargeFee: true }))).to.deep.equal(['idempotencyKey']);
  });

  it('encodes the business rules of invoices, quotes, skin tests and forms', () => {
    expect(countsTowardSales({ status: 'paid' })).to.equal(true);
    expect(countsTowardSales({ status: 'draft' })).to.equal(false);
    expect(countsTowardSales({ status: 'void' })).to.equal(false);
    expect(QUOTE_TRANSITIONS.draft).to.include('sent');
    expect(QUOTE_TRANSITIONS.converted).to.deep.equal([]);
    expect(isSkinTestExpired({ expiresAt: '2026-01-01' }, '2026-06-01')).to.equal(true);
    expect(isSkinTestExpired({ expiresAt: null }, '2026-06-01')).to.equal(false);
    expect(canRemoveForm({ status: 'pending' })).to.equal(true);
    expect(canRemoveForm({ status: 'completed' })).to.equal(false);
    expect(FormAssignment.safeParse({}).success).to.equal(false);
  });

  it('validates preferences, catalog, session and import options', () => {
    const on = { sms: true, push: true, email: true };
    expect(CommunicationPreferences.safeParse({ clientId: 'c', version: 1, updatedAt: '2026-01-01T00:00:00Z', matrix: { appointments: on, service: on, packages: on, marketing: on, transactions: on } }).success).to.equal(true);
    expect(paths(CommunicationPreferences.safeParse({ clientId: 'c', version: 1, updatedAt: '2026-01-01T00:00:00Z', matrix: { appointments: on, service: on, packages: on, marketing: { sms: 'yes', push: true, email: true }, transactions: on } }))).to.deep.equal(['matrix.marketing.sms']);
    expect(paths(Catalog.safeParse({ currency: 'EUR', services: [{ id: 's', name: 'Cut', category: 'Hair', durationMinutes: 0, price: { amountMinor: 100, currency: 'EUR' }, requiresSkinTest: false }], staff: [], centers: [], origins: [], noteCategories: [], alertTypes: [], documentTypes: [], transactionAccounts: [], formTemplates: [], membershipPlans: [], customFields: [] }))).to.deep.equal(['services.0.durationMinutes']);
    expect(paths(Session.safeParse({ user: { id: 'u', name: 'Ana', email: null, role: 'staff' }, permissions: ['clients.fly'] }))).to.deep.equal(['permissions.0']);
    expect(can(['clients.view'], 'clients.purge')).to.equal(false);
    expect(ImportOptions.safeParse({ importId: 'imp-12345678', dedupeBy: ['email'], onConflict: 'merge' }).success).to.equal(false);
  });
});

describe('model: search text', () => {
  it('removes accents and case', () => {
    expect(normalizeText('José Muñoz')).to.equal('jose munoz');
    expect(normalizeText('JOÃO GONÇALVES')).to.equal('joao goncalves');
    expect(normalizeText('Ángela Ibáñez')).to.equal('angela ibanez');
  });

  it('reads a phone-looking query as one run of digits and other queries as words', () => {
    expect(phoneDigits('+34 (612) 34-56.78')).to.equal('34612345678');
    expect(searchTerms('612 34 56')).to.deep.equal(['6123456']);
    expect(searchTerms('  María   García ')).to.deep.equal(['maria', 'garcia']);
    expect(searchTerms('garcia@')).to.deep.equal(['garcia@']);
    expect(searchTerms('   ')).to.deep.equal([]);
  });
});
