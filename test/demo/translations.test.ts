/*
 * Spanish and Portuguese screens read Spanish and Portuguese: the list (rows, filter panel) and a
 * client's file, on the memory adapter in the provider's language, show none of the English labels
 * of the demo catalog (origins, services, centers, custom fields, groups, tags).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { CATALOG_TEXT, createDemoCatalog } from '../../src/adapters/memory/demo-data/catalog.js';
import { demoGroups, demoTags } from '../../src/adapters/memory/demo-data/groups.js';
import '../../src/define/client-file.js';
import '../../src/define/client-list.js';
import '../../src/define/client-provider.js';
import type { ClientList } from '../../src/elements/client-list/client-list.js';
import type { Locale } from '../../src/i18n/locale.js';

/** Every label of the demo data in a locale. */
function labels(locale: Locale): Set<string> {
  const catalog = createDemoCatalog('EUR', locale);
  return new Set([
    ...catalog.services.flatMap((service) => [service.name, service.category]),
    ...catalog.staff.map((staff) => staff.role),
    ...catalog.centers.flatMap((center) => [center.name, ...center.rooms.map((room) => room.name)]),
    ...[catalog.origins, catalog.noteCategories, catalog.alertTypes, catalog.documentTypes, catalog.transactionAccounts].flat().map((option) => option.label),
    ...catalog.formTemplates.map((form) => form.name),
    ...catalog.membershipPlans.map((plan) => plan.name),
    ...catalog.customFields.flatMap((field) => [field.label, ...(field.options ?? []).map((option) => option.label)]),
    ...demoGroups(locale).map((group) => group.name),
    ...demoTags(locale).map((tag) => tag.name),
  ]);
}

/** English labels that are not also words of the other languages (Instagram, VIP, Spa are). */
const englishOnly = (() => {
  const others = new Set([...labels('es'), ...labels('pt-BR')]);
  return [...labels('en')].filter((label) => !others.has(label));
})();

/** The text a user sees: rendered text of the element and every shadow root inside it. */
function visibleText(root: Node): string {
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      out.push(node.textContent ?? '');
      return;
    }
    if (node instanceof Element) {
      // display: contents (the provider) has no box of its own, its children do.
      if (!node.checkVisibility() && getComputedStyle(node).display !== 'contents') return;
      if (node instanceof HTMLSelectElement) out.push(node.selectedOptions[0]?.textContent ?? '');
      else if (node instanceof HTMLInputElement && node.type !== 'hidden') out.push(node.value, node.placeholder);
      if (node.shadowRoot) walk(node.shadowRoot);
      if (node instanceof HTMLSelectElement) return;
    }
    node.childNodes.forEach(walk);
  };
  walk(root);
  return out.join(' ').replace(/\s+/g, ' ');
}

function englishIn(text: string): string[] {
  return englishOnly.filter((label) => new RegExp(`(^|[^\\p{L}])${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(text));
}

describe('demo data in the user’s language', () => {
  it('has English labels to look for (the check can fail)', () => {
    expect(englishOnly).to.include.members(['Walk-in', 'Online booking', 'Referral', 'Import', 'Other', 'Hair type', 'Occupation', 'Newsletter', 'New client']);
    expect(englishIn('Origin: Walk-in')).to.deep.equal(['Walk-in']);
  });

  for (const locale of ['es', 'pt-BR'] as const) {
    it(`shows no English label in the list, its filter panel and a client's file (${locale})`, async () => {
      const adapter = createMemoryAdapter({ clientCount: 150, seed: 3, referenceDate: '2026-11-23', locale });
      const page = await adapter.clients.list({ limit: 150 });
      const client = page.items.find((item) => item.origin && item.origin !== 'instagram' && item.origin !== 'google')!;
      const full = (await adapter.clients.get(client.id))!;
      const wrapper = await fixture<HTMLElement>(html`<client-provider .adapter=${adapter} locale=${locale} currency="EUR" time-zone="Europe/Madrid">
        <div style="display: grid; grid-template-columns: 900px 700px">
          <client-list style="--client-list-height: 900px"></client-list>
          <client-file client-id=${client.id}></client-file>
        </div>
      </client-provider>`);
      const list = wrapper.querySelector<ClientList>('client-list')!;
      await list.ready;
      const originLabel = createDemoCatalog('EUR', locale).origins.find((origin) => origin.id === client.origin)!.label;
      list.search = client.lastName ?? client.firstName;
      await waitUntil(() => visibleText(list).includes(originLabel), `the row never showed its origin "${originLabel}"`, { timeout: 5000 });
      list.shadowRoot!.querySelector<HTMLElement>('[part~="filter-button"]')!.click();
      const tagName = demoTags(locale)[0]!.name;
      await waitUntil(() => visibleText(list).includes(tagName), 'the filter panel never listed the tags', { timeout: 5000 });
      const file = wrapper.querySelector('client-file')!;
      const hairLabel = CATALOG_TEXT[locale].customFields.hairType;
      await waitUntil(() => visibleText(file).includes(full.firstName) && visibleText(file).includes(hairLabel), 'the profile never showed the custom fields', { timeout: 8000 });
      const text = visibleText(wrapper);
      expect(englishIn(text), 'English on a translated screen').to.deep.equal([]);
    });
  }
});
