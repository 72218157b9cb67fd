/*
 * A tab's code and data load only when it is first opened. This file imports nothing but the
 * <client-file> define module, so any tab module in the page was requested by the lazy loader.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/client-file.js';
import type { ClientFileElement } from '../../../src/elements/client-file/client-file.js';
import { loadedTabTags } from '../../../src/elements/client-file/tab-registry.js';
import { $, click, counting, memory, until } from './helpers.js';

/** Module URLs the page requested whose path contains `name`. */
function requested(name: string): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => new URL(url).pathname.includes(name));
}

// The page requests hundreds of modules: keep every resource entry (the default buffer holds 250).
performance.setResourceTimingBufferSize(100_000);

describe('<client-file> lazy tabs', () => {
  it('requests a tab’s code and data only when the tab is first opened', async () => {
    const { adapter, calls } = counting(memory());
    const clientId = (await adapter.clients.list({ limit: 1 })).items[0]!.id;
    const file = await fixture<ClientFileElement>(html`<client-file client-id=${clientId} .adapter=${adapter}></client-file>`);
    await until(file, '#panel-profile client-profile');
    await file.dataSettled;

    // The default tab (profile) was opened; the others were not requested at all.
    expect(customElements.get('client-profile')).to.exist;
    expect(loadedTabTags().has('client-profile')).to.equal(true);
    for (const tag of ['client-insights', 'client-preferences', 'client-disliked-services', 'client-wallet', 'client-invoices', 'client-transactions', 'client-gift-cards', 'client-appointments', 'client-reviews', 'client-procedures']) {
      expect(customElements.get(tag), `${tag} is defined before its tab opened`).to.equal(undefined);
      expect(loadedTabTags().has(tag)).to.equal(false);
      expect(requested(`/${tag}`), `${tag} code was requested before its tab opened`).to.deep.equal([]);
    }
    expect(calls.has('insights.get')).to.equal(false);
    expect(calls.has('preferences.get')).to.equal(false);

    file.selectTab('insights'); // as a click would (the tab may sit in the "More" menu)
    await until(file, '#panel-insights client-insights');
    await waitUntil(() => calls.get('insights.get') === 1, 'the insights data was not loaded');
    expect(customElements.get('client-insights')).to.exist;
    expect(loadedTabTags().has('client-insights')).to.equal(true);
    expect(requested('/client-insights').length).to.be.greaterThan(0);

    // Still nothing for the tabs that stay closed.
    expect(customElements.get('client-preferences')).to.equal(undefined);
    expect(requested('/client-preferences')).to.deep.equal([]);
    expect(calls.has('preferences.get')).to.equal(false);

    // Going back and forth reuses what was loaded: no second request of code or data.
    const before = requested('/client-insights').length;
    click($(file, '#tab-profile'));
    file.selectTab('insights');
    await waitUntil(() => !$(file, '#panel-insights')!.hidden);
    expect(requested('/client-insights').length).to.equal(before);
    expect(calls.get('insights.get')).to.equal(1);
  });
});
