import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import type { ClientProvider } from '../../src/context/client-provider.js';
import '../../src/define/client-file.js';
import '../../src/define/client-list.js';
import '../../src/define/client-provider.js';
import { defineElement } from '../../src/define/define.js';
import { ClientelaElement } from '../../src/elements/clientela-element.js';
import { renderDateField } from '../../src/elements/shared/date-field.js';
import type { ClientList } from '../../src/elements/client-list/client-list.js';
import type { StringOverrides } from '../../src/i18n/overrides.js';
import { $, memory, rows } from '../elements/client-list/helpers.js';
import { warnings } from '../support/console-capture.js';

/** A consumer showing a base string, an amount and a plural, as every element formats them. */
class StringsProbe extends ClientelaElement {
  override render() {
    const { t } = this.localize;
    return litHtml`<p class="retry">${t.common.retry}</p><p class="loading">${t.common.loading}</p>
      <span class="money">${this.localize.money({ amountMinor: 123456, currency: 'EUR' })}</span>
      ${renderDateField({ id: 'probe-date', value: '2026-11-22', localize: this.localize })}`;
  }
}
defineElement('test-strings-probe', StringsProbe);
declare global {
  interface HTMLElementTagNameMap {
    'test-strings-probe': StringsProbe;
  }
}

const placeholder = (list: ClientList) => $<HTMLInputElement>(list, 'input[type="search"]')?.placeholder ?? '';
const searchLabel = (list: ClientList) => {
  const input = $<HTMLInputElement>(list, 'input[type="search"]')!;
  return input.getAttribute('aria-label') ?? list.shadowRoot!.querySelector(`label[for="${input.id}"]`)?.textContent?.trim() ?? '';
};
const probeText = (probe: Element, selector: string) => probe.shadowRoot!.querySelector(selector)?.textContent?.trim() ?? '';

async function mountList(strings: StringOverrides | undefined, locale: string | undefined = 'en') {
  const provider = await fixture<ClientProvider>(html`<client-provider .adapter=${memory()} .strings=${strings} locale=${locale ?? ''}>
    <div style="width: 1100px"><client-list></client-list></div>
    <test-strings-probe></test-strings-probe>
  </client-provider>`);
  if (locale === undefined) provider.removeAttribute('locale');
  const list = provider.querySelector('client-list')!;
  await list.ready;
  await waitUntil(() => rows(list).length > 0, 'the list never showed rows', { timeout: 5000 });
  return { provider, list, probe: provider.querySelector('test-strings-probe')! };
}

describe('string overrides on <client-provider>', () => {
  it('shows an overridden string in the list and keeps the others', async () => {
    const { list } = await mountList({ en: { list: { searchPlaceholder: 'Find a guest' } } });
    expect(placeholder(list)).to.equal('Find a guest');
    expect(searchLabel(list)).to.equal('Search clients');
  });

  it('shows an overridden tab label in the file', async () => {
    const provider = await fixture<ClientProvider>(html`<client-provider .adapter=${memory()} locale="en" .strings=${{ en: { file: { tabs: { profile: 'Guest card' } } } }}>
      <client-file client-id="cl-000001"></client-file>
    </client-provider>`);
    const file = provider.querySelector('client-file')!;
    await waitUntil(() => file.shadowRoot?.querySelector('[role="tab"][data-tab="profile"]'), 'no profile tab', { timeout: 5000 });
    expect(file.shadowRoot!.querySelector('[role="tab"][data-tab="profile"]')!.textContent!.trim()).to.equal('Guest card');
    expect(file.shadowRoot!.querySelector('[role="tab"][data-tab="notes"]')?.textContent?.trim() ?? 'Notes').to.equal('Notes');
  });

  it('changes at runtime: a new object re-renders, removing it restores the catalog', async () => {
    const { provider, list, probe } = await mountList({ en: { list: { searchPlaceholder: 'Find a guest' } } });
    provider.strings = { en: { list: { searchPlaceholder: 'Find a member' }, common: { retry: 'Again' } } };
    await waitUntil(() => placeholder(list) === 'Find a member', `placeholder is "${placeholder(list)}"`);
    await waitUntil(() => probeText(probe, '.retry') === 'Again');
    provider.strings = undefined;
    await waitUntil(() => placeholder(list) === 'Search by name, phone or email', `placeholder is "${placeholder(list)}"`);
    expect(probeText(probe, '.retry')).to.equal('Try again');
  });

  it('applies a built-in locale’s overrides in that locale only (Spanish still lazily loaded)', async () => {
    const strings: StringOverrides = { en: { list: { searchPlaceholder: 'Find a guest' } }, es: { list: { searchPlaceholder: 'Busca un huésped' } } };
    const { provider, list } = await mountList(strings, 'es');
    expect(placeholder(list)).to.equal('Busca un huésped');
    expect(searchLabel(list)).to.equal('Buscar clientes');
    provider.locale = 'en';
    await waitUntil(() => placeholder(list) === 'Find a guest', `placeholder is "${placeholder(list)}"`);
  });

  it('adds a host locale: French strings, English for missing keys, Intl formatting in fr', async () => {
    const strings: StringOverrides = { fr: { list: { searchPlaceholder: 'Rechercher un client' }, common: { retry: 'Réessayer' } } };
    const { list, probe } = await mountList(strings, 'fr');
    expect(placeholder(list)).to.equal('Rechercher un client');
    expect(searchLabel(list)).to.equal('Search clients');
    expect(probeText(probe, '.retry')).to.equal('Réessayer');
    expect(probeText(probe, '.loading')).to.equal('Loading…');
    expect(probeText(probe, '.money')).to.equal(new Intl.NumberFormat('fr', { style: 'currency', currency: 'EUR' }).format(1234.56));
    // Dates are typed in French order too (day first), not English's month first.
    const dateInput = probe.shadowRoot!.querySelector<HTMLInputElement>('client-date-field input.date-field-text')!;
    await waitUntil(() => dateInput.value !== '', 'the date field shows no date');
    expect(dateInput.value).to.equal('22/11/2026');
  });

  it('picks the host locale from the nearest lang when the provider has no locale (fr-CA → fr)', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="fr-CA">
      <client-provider .adapter=${memory()} .strings=${{ fr: { common: { retry: 'Réessayer' } } }}><test-strings-probe></test-strings-probe></client-provider>
    </div>`);
    const probe = wrapper.querySelector('test-strings-probe')!;
    await waitUntil(() => probeText(probe, '.retry') === 'Réessayer', `shows "${probeText(probe, '.retry')}"`);
    expect(probeText(probe, '.money')).to.equal(new Intl.NumberFormat('fr-CA', { style: 'currency', currency: 'EUR' }).format(1234.56));
  });

  it('two providers on one page give their own strings', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <client-provider locale="en" .strings=${{ en: { common: { retry: 'Once more' } } }}><test-strings-probe id="a"></test-strings-probe></client-provider>
      <client-provider locale="en"><test-strings-probe id="b"></test-strings-probe></client-provider>
    </div>`);
    const [a, b] = [...wrapper.querySelectorAll('test-strings-probe')];
    await waitUntil(() => probeText(a!, '.retry') === 'Once more');
    expect(probeText(b!, '.retry')).to.equal('Try again');
  });

  it('warns once, with the path, for an unknown key or a value of the wrong kind, and ignores them', async () => {
    const bad = {
      en: {
        list: { searchPlaceholdr: 'typo', searchLabel: 42, searchPlaceholder: 'Find a guest' },
        lisst: { searchPlaceholder: 'x' },
        common: { retry: { text: 'no' } },
      },
    } as unknown as StringOverrides;
    let list!: ClientList;
    let probe!: StringsProbe;
    let provider!: ClientProvider;
    const seen = await warnings(async () => {
      ({ list, probe, provider } = await mountList(bad));
      provider.strings = { ...bad };
      await provider.updateComplete;
      await list.updateComplete;
    });
    expect(seen.filter((w) => w.includes('strings.en.list.searchPlaceholdr'))).to.have.length(1);
    expect(seen.filter((w) => w.includes('strings.en.list.searchLabel') && w.includes('must be a string'))).to.have.length(1);
    expect(seen.filter((w) => w.includes('strings.en.lisst'))).to.have.length(1);
    expect(seen.filter((w) => w.includes('strings.en.common.retry'))).to.have.length(1);
    expect(seen).to.have.length(4);
    expect(placeholder(list)).to.equal('Find a guest');
    expect(searchLabel(list)).to.equal('Search clients');
    expect(probeText(probe, '.retry')).to.equal('Try again');
  });

  it('keeps the overridden list accessible', async () => {
    const { list } = await mountList({ fr: { list: { searchPlaceholder: 'Rechercher un client', searchLabel: 'Rechercher des clients' } } }, 'fr');
    await expect(list).to.be.accessible();
  });
});
