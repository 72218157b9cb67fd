import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/define/client-profile.js';
import '../../../src/define/client-provider.js';
import type { ClientProfile } from '../../../src/elements/client-profile/client-profile.js';
import { draftFromClient, problemOf, validateDraft } from '../../../src/elements/client-profile/profile-draft.js';
import { clientDisplayName } from '../../../src/model/client.js';
import type { Client } from '../../../src/model/client.js';
import type { ClientFileElement } from '../../../src/elements/client-file/client-file.js';
import '../../../src/define/client-file.js';
import { READ_ONLY_PERMISSIONS } from '../../../src/model/session.js';
import type { Permission } from '../../../src/model/session.js';
import { $, $$, click, deepActiveElement, memory, setValue, textOf, until } from '../client-file/helpers.js';

type Adapter = ReturnType<typeof memory>;

async function mount(adapter: Adapter, clientId: string, permissions?: readonly Permission[]) {
  const profile = await fixture<ClientProfile>(html`<client-profile client-id=${clientId} .adapter=${adapter} .permissions=${permissions}></client-profile>`);
  await until(profile, '.sections', 'the profile never rendered');
  return profile;
}

async function editing(profile: ClientProfile) {
  profile.edit();
  await until(profile, 'form');
  return profile;
}

/** The view's sections after "General" (which the file's header replaces). */
const SECTIONS_BELOW_GENERAL = ['Personal details', 'Contact', 'Address', 'Additional information', 'Origin and referral', 'Groups and branch'];

const field = <T extends Element = HTMLInputElement>(profile: ClientProfile, name: string) => $<T>(profile, `[name="${name}"]`)!;

describe('<client-profile>', () => {
  let adapter: Adapter;
  let client: Client;

  beforeEach(async () => {
    adapter = memory();
    const id = (await adapter.clients.list({ filter: { hasActiveAlerts: false }, limit: 1 })).items[0]!.id;
    client = await adapter.clients.get(id);
  });

  it('passes the a11y audit in view and edit modes', async () => {
    const profile = await mount(adapter, client.id);
    await expect(profile).to.be.accessible();
    await editing(profile);
    await expect(profile).to.be.accessible();
  });

  describe('inside <client-file>', () => {
    it('leaves out what the header shows (status, weight, online booking, client since) and names neither the tab nor the client again', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="width:900px"><client-file client-id=${client.id} .adapter=${adapter}></client-file></div>`);
      const file = wrapper.querySelector('client-file') as ClientFileElement;
      const profile = await until<ClientProfile>(file, '#panel-profile client-profile');
      await until(profile, '.sections');
      expect($$(profile, '.section h3').map(textOf)).to.deep.equal(SECTIONS_BELOW_GENERAL);
      const labels = $$(profile, '.sections dt').map(textOf);
      for (const repeated of ['Status', 'Weight', 'Online booking', 'Client since']) expect(labels).to.not.include(repeated);
      expect($(profile, '.toolbar h3, .toolbar h2'), 'no heading repeating the tab name').to.equal(null);
      expect($(profile, '.edit-button')).to.not.equal(null);
      // The header still shows each of them.
      expect(textOf($(file, '.facts'))).to.contain('Client since').and.contain('Weight');
      await expect(file).to.be.accessible();
      // Editing still offers every field, the header's included.
      profile.edit();
      await until(profile, 'form [name="status"]');
    });
  });

  describe('view', () => {
    it('shows every section with the client’s data', async () => {
      const profile = await mount(adapter, client.id);
      const headings = $$(profile, '.section h4').map(textOf);
      expect(headings).to.deep.equal(['General', ...SECTIONS_BELOW_GENERAL]);
      expect(textOf($(profile, '.toolbar h3')), 'on its own, headed by the client').to.equal(clientDisplayName(client));
      const text = textOf($(profile, '.sections'));
      expect(text).to.contain(client.firstName);
      if (client.email) expect(text).to.contain(client.email);
      for (const phone of client.phones) expect(text).to.contain(phone.number);
    });

    it('shows the custom fields the catalog defines', async () => {
      const profile = await mount(adapter, client.id);
      const catalog = await adapter.catalog.get();
      await waitUntil(() => textOf($(profile, '[aria-labelledby="s-additional"]')).includes(catalog.customFields[0]!.label));
      for (const definition of catalog.customFields) expect(textOf($(profile, '[aria-labelledby="s-additional"]'))).to.contain(definition.label);
    });

    it('renders markup in data as text', async () => {
      const created = await adapter.clients.create({ firstName: '<script>window.__x=1</script>', nationalId: '<b>ID</b>' });
      const profile = await mount(adapter, created.id);
      expect(textOf($(profile, '.sections'))).to.contain('<script>window.__x=1</script>').and.contain('<b>ID</b>');
      expect($(profile, '.sections script, .sections b')).to.equal(null);
    });

    it('uses the record the file gives it instead of loading it', async () => {
      let gets = 0;
      const counted = { ...adapter, clients: { ...adapter.clients, get: (...args: Parameters<Adapter['clients']['get']>) => (gets++, adapter.clients.get(...args)) } };
      const profile = await fixture<ClientProfile>(html`<client-profile client-id=${client.id} .client=${client} .adapter=${counted}></client-profile>`);
      await until(profile, '.sections');
      expect(gets).to.equal(client.referredByClientId ? 1 : 0);
    });

    it('is read-only without clients.edit', async () => {
      const profile = await mount(adapter, client.id, READ_ONLY_PERMISSIONS);
      expect($(profile, '.edit-button')).to.equal(null);
      expect(textOf($(profile, '.read-only'))).to.contain('view this but not change it');
      profile.edit();
      await profile.updateComplete;
      expect($(profile, 'form')).to.equal(null);
    });

    it('shows loading, not-found and error states', async () => {
      const slow = memory({ latency: 300 });
      const loading = await fixture<ClientProfile>(html`<client-profile client-id=${client.id} .adapter=${slow}></client-profile>`);
      await until(loading, '[part~="state-loading"]');
      const missing = await fixture<ClientProfile>(html`<client-profile client-id="cl-missing" .adapter=${adapter}></client-profile>`);
      await until(missing, '[part~="state-not-found"]');
      adapter.simulation.failNext('network', 'clients.get');
      const failing = await fixture<ClientProfile>(html`<client-profile client-id=${client.id} .adapter=${adapter}></client-profile>`);
      await until(failing, '[part~="state-error"]');
      click($(failing, '[part~="state-error"] button'));
      await until(failing, '.sections');
    });
  });

  describe('edit', () => {
    it('saves only the changed fields and fires client-updated', async () => {
      const profile = await editing(await mount(adapter, client.id));
      await waitUntil(() => deepActiveElement() === field(profile, 'status'), 'the first field is not focused');
      setValue(field(profile, 'firstName'), 'Marisol');
      setValue(field(profile, 'address.city'), 'Zaragoza');
      setValue(field(profile, 'address.line1'), 'Calle Mayor, 1');
      setValue(field(profile, 'address.country'), 'ES');
      const updated = oneEvent(profile, 'client-updated');
      click($(profile, 'button[type="submit"]'));
      const event = await updated;
      expect(event.detail.fields.sort()).to.deep.equal(['address', 'firstName']);
      const stored = await adapter.clients.get(client.id);
      expect(stored.firstName).to.equal('Marisol');
      expect(stored.address?.city).to.equal('Zaragoza');
      expect(stored.version).to.equal(client.version + 1);
      await until(profile, '.sections dl');
      expect(textOf($(profile, '.notice'))).to.equal('Changes saved.');
    });

    it('validates inline with the model’s schema and focuses the first invalid field', async () => {
      const profile = await editing(await mount(adapter, client.id));
      setValue(field(profile, 'firstName'), '   ');
      setValue(field(profile, 'email'), 'not-an-email');
      setValue(field(profile, 'weightKg'), 'heavy');
      click($(profile, 'button[type="submit"]'));
      await until(profile, '.error-summary');
      expect(textOf($(profile, '.error-summary'))).to.contain('3 fields need your attention');
      const first = field(profile, 'firstName');
      expect(first.getAttribute('aria-invalid')).to.equal('true');
      expect(textOf($(profile, `#${first.getAttribute('aria-describedby')}`))).to.equal('This field is required.');
      expect(textOf($(profile, '#f-email-error'))).to.contain('valid email');
      expect(textOf($(profile, '#f-weightKg-error'))).to.contain('number');
      expect(deepActiveElement()).to.equal(field(profile, 'weightKg'));
      expect((await adapter.clients.get(client.id)).version).to.equal(client.version);
      await expect(profile).to.be.accessible();
      setValue(field(profile, 'firstName'), 'Ana');
      await profile.updateComplete;
      expect(field(profile, 'firstName').getAttribute('aria-invalid')).to.equal('false');
    });

    it('edits phones: add, type, WhatsApp, main, remove; validates the number', async () => {
      const profile = await editing(await mount(adapter, client.id));
      const before = $$(profile, '.phone-row').length;
      click($(profile, '.add-phone'));
      await waitUntil(() => $$(profile, '.phone-row').length === before + 1);
      const row = $$(profile, '.phone-row')[before]!;
      setValue(row.querySelector<HTMLInputElement>('input[type="tel"]')!, '12');
      click($(profile, 'button[type="submit"]'));
      await until(profile, `#f-phones-${before}-number-error`);
      expect(textOf($(profile, `#f-phones-${before}-number-error`))).to.contain('at least 6 digits');
      setValue($$(profile, '.phone-row')[before]!.querySelector<HTMLInputElement>('input[type="tel"]')!, '+34 600 11 22 33');
      const rowNow = $$(profile, '.phone-row')[before]!;
      setValue(rowNow.querySelector('select')!, 'work');
      click(rowNow.querySelector('input[type="checkbox"]'));
      click(rowNow.querySelector('input[type="radio"]'));
      const updated = oneEvent(profile, 'client-updated');
      click($(profile, 'button[type="submit"]'));
      await updated;
      const phones = (await adapter.clients.get(client.id)).phones;
      expect(phones).to.have.length(before + 1);
      expect(phones[before]).to.deep.equal({ number: '+34 600 11 22 33', type: 'work', whatsapp: true, primary: true });
      expect(phones.filter((phone) => phone.primary)).to.have.length(1);
    });

    it('edits custom fields from the catalog', async () => {
      const profile = await editing(await mount(adapter, client.id));
      await until(profile, '[name="customFields.occupation"]');
      setValue(field(profile, 'customFields.occupation'), 'Arquitecta');
      const newsletter = field(profile, 'customFields.newsletter');
      newsletter.checked = true;
      newsletter.dispatchEvent(new Event('change', { bubbles: true }));
      const updated = oneEvent(profile, 'client-updated');
      click($(profile, 'button[type="submit"]'));
      await updated;
      const stored = await adapter.clients.get(client.id);
      expect(stored.customFields['occupation']).to.equal('Arquitecta');
      expect(stored.customFields['newsletter']).to.equal(true);
    });

    it('keeps the form filled and says why when the save fails', async () => {
      const profile = await editing(await mount(adapter, client.id));
      setValue(field(profile, 'lastName'), 'Nuevo Apellido');
      adapter.simulation.failNext('network', 'clients.update');
      click($(profile, 'button[type="submit"]'));
      const summary = await until(profile, '.error-summary');
      expect(textOf(summary)).to.contain('weren’t saved').and.contain('couldn’t connect');
      expect(field(profile, 'lastName').value).to.equal('Nuevo Apellido');
      expect(profile.hasUnsavedChanges).to.equal(true);
      const updated = oneEvent(profile, 'client-updated');
      click($(profile, 'button[type="submit"]'));
      await updated;
      expect((await adapter.clients.get(client.id)).lastName).to.equal('Nuevo Apellido');
    });

    it('shows the backend’s field issues inline', async () => {
      const rejecting = {
        ...adapter,
        clients: {
          ...adapter.clients,
          update: async () => {
            const { AdapterError } = await import('../../../src/adapter/adapter-error.js');
            throw new AdapterError('validation', 'Email taken', { issues: [{ path: ['email'], message: 'Email already used', code: 'custom' }] });
          },
        },
      };
      const profile = await fixture<ClientProfile>(html`<client-profile client-id=${client.id} .adapter=${rejecting}></client-profile>`);
      await until(profile, '.sections');
      await editing(profile);
      setValue(field(profile, 'email'), 'taken@example.com');
      click($(profile, 'button[type="submit"]'));
      await until(profile, '#f-email-error');
      expect(field(profile, 'email').getAttribute('aria-invalid')).to.equal('true');
    });
  });

  describe('conflicts (optimistic concurrency)', () => {
    async function conflicting() {
      const profile = await editing(await mount(adapter, client.id));
      setValue(field(profile, 'firstName'), 'Mine');
      setValue(field(profile, 'nationalId'), 'MINE-1');
      // Someone else saves meanwhile (not through this element).
      await adapter.clients.update(client.id, { nationalId: 'THEIRS-2', middleName: 'Theirs' }, { expectedVersion: client.version });
      click($(profile, 'button[type="submit"]'));
      await until(profile, '.conflict');
      return profile;
    }

    it('shows what changed, keeping the draft', async () => {
      const profile = await conflicting();
      const rows = $$(profile, '.conflict tbody tr').map(textOf);
      expect(rows.some((row) => row.startsWith('Middle name') && row.includes('Theirs') && row.includes('Not changed by you'))).to.equal(true);
      expect(rows.some((row) => row.startsWith('National ID') && row.includes('THEIRS-2') && row.includes('MINE-1'))).to.equal(true);
      expect(field(profile, 'firstName').value).to.equal('Mine');
      expect($<HTMLButtonElement>(profile, 'button[type="submit"]')!.disabled).to.equal(true);
      await expect(profile).to.be.accessible();
    });

    it('reloads their version and keeps the user’s changes on top', async () => {
      const profile = await conflicting();
      click($(profile, '.conflict button'));
      await waitUntil(() => $(profile, '.conflict') === null);
      expect(field(profile, 'firstName').value).to.equal('Mine');
      expect(field(profile, 'nationalId').value).to.equal('MINE-1');
      expect(field(profile, 'middleName').value).to.equal('Theirs');
      const updated = oneEvent(profile, 'client-updated');
      click($(profile, 'button[type="submit"]'));
      await updated;
      const stored = await adapter.clients.get(client.id);
      expect(stored).to.include({ firstName: 'Mine', nationalId: 'MINE-1', middleName: 'Theirs' });
    });

    it('overwrites with the user’s changes, keeping theirs elsewhere', async () => {
      const profile = await conflicting();
      const updated = oneEvent(profile, 'client-updated');
      click($$(profile, '.conflict button')[1]!);
      await waitUntil(async () => (await adapter.clients.get(client.id)).firstName === 'Mine');
      await updated;
      const stored = await adapter.clients.get(client.id);
      expect(stored).to.include({ firstName: 'Mine', nationalId: 'MINE-1', middleName: 'Theirs' });
      await until(profile, '.sections dl');
    });

    it('moves the draft onto a newer record silently when the changes do not overlap', async () => {
      const profile = await editing(await mount(adapter, client.id));
      setValue(field(profile, 'firstName'), 'Mine');
      const newer = await adapter.clients.update(client.id, { status: client.status === 'vip' ? 'active' : 'vip' }, { expectedVersion: client.version });
      profile.client = newer;
      await profile.updateComplete;
      expect(field<HTMLSelectElement>(profile, 'status').value).to.equal(newer.status);
      expect(field(profile, 'firstName').value).to.equal('Mine');
      const updated = oneEvent(profile, 'client-updated');
      click($(profile, 'button[type="submit"]'));
      await updated;
      expect($(profile, '.conflict')).to.equal(null);
      expect((await adapter.clients.get(client.id))).to.include({ firstName: 'Mine', status: newer.status });
    });
  });

  describe('unsaved-changes guard', () => {
    it('asks before discarding changes, and keeps them when the user says so', async () => {
      const profile = await editing(await mount(adapter, client.id));
      setValue(field(profile, 'firstName'), 'Unsaved');
      click($(profile, 'form .toolbar button[type="button"]'));
      const dialog = $<HTMLDialogElement>(profile, 'dialog.discard')!;
      await waitUntil(() => dialog.open, 'no confirmation');
      await expect(profile).to.be.accessible();
      click(dialog.querySelector('button.primary'));
      await waitUntil(() => !dialog.open);
      expect(field(profile, 'firstName').value).to.equal('Unsaved');
      click($(profile, 'form .toolbar button[type="button"]'));
      await waitUntil(() => dialog.open);
      click(dialog.querySelector('button.danger'));
      await waitUntil(() => $(profile, 'form') === null);
      expect((await adapter.clients.get(client.id)).firstName).to.equal(client.firstName);
    });

    it('closes without asking when nothing changed', async () => {
      const profile = await editing(await mount(adapter, client.id));
      click($(profile, 'form .toolbar button[type="button"]'));
      await waitUntil(() => $(profile, 'form') === null);
      expect($<HTMLDialogElement>(profile, 'dialog.discard')!.open).to.equal(false);
    });

    it('fires client-dirty-change and warns before the page unloads', async () => {
      const profile = await editing(await mount(adapter, client.id));
      const dirty = oneEvent(profile, 'client-dirty-change');
      setValue(field(profile, 'firstName'), 'Unsaved');
      expect((await dirty).detail.dirty).to.equal(true);
      const event = new Event('beforeunload', { cancelable: true }) as BeforeUnloadEvent;
      window.dispatchEvent(event);
      expect(event.defaultPrevented).to.equal(true);
      const clean = oneEvent(profile, 'client-dirty-change');
      setValue(field(profile, 'firstName'), client.firstName);
      expect((await clean).detail.dirty).to.equal(false);
      const after = new Event('beforeunload', { cancelable: true }) as BeforeUnloadEvent;
      window.dispatchEvent(after);
      expect(after.defaultPrevented).to.equal(false);
    });
  });

  it('speaks Spanish and Brazilian Portuguese', async () => {
    for (const [locale, heading] of [
      ['es', 'Datos personales'],
      ['pt-BR', 'Dados pessoais'],
    ] as const) {
      const provider = await fixture(html`<client-provider locale=${locale} .adapter=${adapter}><client-profile client-id=${client.id}></client-profile></client-provider>`);
      const profile = provider.querySelector('client-profile')!;
      await until(profile, '.sections');
      expect($$(profile, '.section h4').map(textOf)).to.include(heading);
    }
  });
});

describe('profile draft', () => {
  it('validates with ClientEditable and turns issues into codes', async () => {
    const adapter = memory();
    const client = await adapter.clients.get((await adapter.clients.list({ limit: 1 })).items[0]!.id);
    const draft = { ...draftFromClient(client), firstName: '', email: 'x@', address: { line1: 'a', line2: '', city: 'b', region: '', postalCode: '', country: 'Spain' } };
    const result = validateDraft(draft, []);
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    const codes = Object.fromEntries(result.problems.map((problem) => [problem.field, problem.code]));
    expect(codes).to.deep.include({ firstName: 'required', email: 'email', 'address.country': 'country' });
    expect(validateDraft(draftFromClient(client), []).ok).to.equal(true);
    expect(problemOf({ path: ['phones', 0, 'number'], code: 'custom', message: 'x' }).code).to.equal('phone');
  });

  it('requires custom fields the catalog marks required', () => {
    const draft = { ...draftFromClient({ ...({} as Client), firstName: 'A', middleName: null, lastName: null, status: 'active', weightKg: null, bookingBlacklisted: false, birthDate: null, gender: null, nationalId: null, phones: [], email: null, preferredLanguage: null, address: null, customFields: {}, origin: null, referredByClientId: null, groupIds: [], tagIds: [], centerId: null, avatarUrl: null } as Client) };
    const result = validateDraft(draft, [{ key: 'allergyNotes', label: 'Notes', type: 'text', required: true }]);
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.problems[0]).to.include({ field: 'customFields.allergyNotes', code: 'required' });
  });
});
