/*
 * A Vue 3 host (its template compiled at runtime by Vue's full build): <client-provider> with the memory
 * adapter bound as a property, <client-list :search @client-open> and <client-file :client-id
 * @client-tab-change> from the component's state. Rows appear, a row click calls the handler with the
 * event's detail, a tab click calls the tab handler, and changed bindings (search, client id) re-render.
 * `isClientelaTag` (clientela/vue) is the compiler's isCustomElement: without it Vue resolves a tag that is
 * not registered yet as a component (and warns); Vue's runtime compiler already knows registered tags.
 */
import { expect } from '@open-wc/testing';
import '../../src/define/client-provider.js';
import '../../src/define/client-list.js';
import '../../src/define/client-file.js';
import { isClientelaTag } from '../../src/vue/index.js';
import type { ClientFileElement, ClientTabChangeDetail } from '../../src/elements/client-file/client-file.js';
import type { ClientList } from '../../src/elements/client-list/client-list.js';
import type { ClientOpenDetail } from '../../src/elements/client-list/events.js';
import { $, $$, click, memory, rows, textOf, until } from '../react/helpers.js';

type VueHost = typeof import('../hosts/vue/vue.js');

async function loadVue(): Promise<VueHost> {
  const url = '/__bundle/test/hosts/vue/vue.ts'; // a variable: neither tsc nor the dev server resolves it
  return (await import(/* @vite-ignore */ url)) as VueHost;
}

const TEMPLATE = `
  <client-provider .adapter="adapter" locale="en" currency="EUR" time-zone="Europe/Madrid">
    <client-list id="vue-list" :search="search" @client-open="opened.push($event.detail)"></client-list>
    <client-file :client-id="clientId" @client-tab-change="tabChanges.push($event.detail)"></client-file>
  </client-provider>`;

describe('clientela in a Vue 3 host', () => {
  const adapter = memory();
  let vue: VueHost;
  let container: HTMLElement | undefined;
  let unmount: () => void = () => {};
  const warnings: string[] = [];

  before(async function () {
    this.timeout(60_000); // the first request bundles Vue (esbuild), seconds on a busy machine
    vue = await loadVue();
  });
  afterEach(() => {
    unmount();
    unmount = () => {};
    container?.remove();
  });

  /** Mounts the host app; returns its state (refs the test changes) and the elements. */
  async function mountApp(clientId: string) {
    const search = vue.ref('');
    const file = vue.ref(clientId);
    const opened: ClientOpenDetail[] = [];
    const tabChanges: ClientTabChangeDetail[] = [];
    const page = (container = document.createElement('div'));
    page.style.width = '1100px';
    document.body.append(page);
    const app = vue.createApp({
      template: TEMPLATE,
      // The adapter is markRaw: Vue must not wrap it (or its records) in a reactive proxy.
      setup: () => ({ adapter: vue.markRaw(adapter), search, clientId: file, opened, tabChanges }),
    });
    app.config.compilerOptions.isCustomElement = isClientelaTag;
    app.config.warnHandler = (message) => warnings.push(message);
    app.mount(page);
    unmount = () => app.unmount();
    const list = page.querySelector<ClientList>('client-list')!;
    const fileElement = page.querySelector<ClientFileElement>('client-file')!;
    list.scrollIntoView({ block: 'start' });
    await until(() => rows(list).length > 0, 'the list rendered no rows');
    return { search, clientId: file, opened, tabChanges, list, file: fileElement };
  }

  it('renders the elements (not components) with the adapter bound as a property', async () => {
    const first = (await adapter.clients.list({ limit: 1 })).items[0]!;
    const { list, file } = await mountApp(first.id);
    expect(vue.version).to.match(/^3\./);
    expect(container!.querySelector('client-provider')!.adapter).to.equal(adapter);
    expect(list.total).to.equal((await adapter.clients.list({ limit: 1 })).total);
    expect(file.clientId).to.equal(first.id);
    expect(warnings.filter((w) => w.includes('resolve component'))).to.deep.equal([]);
  });

  it('isClientelaTag makes a tag not registered yet an element, not a component Vue cannot resolve', async () => {
    expect(customElements.get('client-groups'), 'client-groups must not be registered on this page').to.equal(undefined);
    const render = (isCustomElement?: (tag: string) => boolean) => {
      const page = document.createElement('div');
      document.body.append(page);
      const app = vue.createApp({ template: '<client-groups id="later"></client-groups>' });
      if (isCustomElement) app.config.compilerOptions.isCustomElement = isCustomElement;
      const seen: string[] = [];
      app.config.warnHandler = (message) => seen.push(message);
      app.mount(page);
      const groups = page.querySelector('client-groups');
      app.unmount();
      page.remove();
      return { seen, groups };
    };
    const without = render();
    expect(without.seen.join('\n')).to.include('Failed to resolve component: client-groups');
    const withTags = render(isClientelaTag);
    expect(withTags.seen).to.deep.equal([]);
    expect(withTags.groups?.id).to.equal('later');
  });

  it('a row click calls the @client-open handler with the detail', async () => {
    const first = (await adapter.clients.list({ limit: 1 })).items[0]!;
    const { list, opened } = await mountApp(first.id);
    const row = rows(list)[0]!;
    click(row.querySelector('.name'));
    await until(() => opened.length > 0, '@client-open was not called');
    expect(opened).to.have.length(1);
    expect(opened[0]!.id).to.equal(row.dataset['id']);
    expect(opened[0]!.client?.firstName).to.be.a('string');
  });

  it('a changed :search binding re-renders the list with the matching clients', async () => {
    const first = (await adapter.clients.list({ limit: 1 })).items[0]!;
    const { list, search } = await mountApp(first.id);
    const everyone = list.total!;
    search.value = 'mar';
    await vue.nextTick();
    expect(list.search).to.equal('mar');
    const matching = (await adapter.clients.list({ search: 'mar', limit: 1 })).total;
    expect(matching).to.be.lessThan(everyone);
    await until(() => list.total === matching && $$(list, '.body mark').length > 0, `the list did not narrow to ${matching} clients`);
  });

  it('a tab click calls the @client-tab-change handler; a changed :client-id shows that client', async () => {
    const [first, second] = (await adapter.clients.list({ limit: 2 })).items;
    const { file, tabChanges, clientId } = await mountApp(first!.id);
    await until(() => textOf($(file, '#client-name')).includes(first!.firstName), 'the file never showed the first client');
    const tab = await until(() => $$(file, '[role="tab"]')[1], 'the file has no second tab');
    const target = tab.dataset['tab']!;
    const previous = file.getAttribute('tab') ?? $$(file, '[role="tab"]')[0]!.dataset['tab'];
    click(tab);
    await until(() => tabChanges.length > 0, '@client-tab-change was not called');
    expect(tabChanges).to.deep.equal([{ tab: target, previous }]);
    await until(() => file.getAttribute('tab') === target, 'the tab did not change');

    clientId.value = second!.id;
    await vue.nextTick();
    expect(file.clientId).to.equal(second!.id);
    await until(() => textOf($(file, '#client-name')).includes(second!.firstName), 'the file did not follow the new client id');
  });
});
