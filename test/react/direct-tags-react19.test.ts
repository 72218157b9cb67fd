/*
 * The tags used directly in React 19, without wrappers (the JSX types: src/react/jsx.generated.ts).
 * React 19 sets a prop as a property when the element has one (adapter, search), else as an attribute
 * (client-id), and listens to `on<event-name>` props (onclient-open). The host defines the tags itself.
 */
import { expect } from '@open-wc/testing';
import '../../src/define/client-provider.js';
import '../../src/define/client-list.js';
import '../../src/define/client-file.js';
import type { ClientFileElement } from '../../src/elements/client-file/client-file.js';
import type { ClientList } from '../../src/elements/client-list/client-list.js';
import { $, $$, click, loadReact, memory, mount, rows, textOf, until } from './helpers.js';
import type { ReactHost } from './helpers.js';

describe('clientela tags directly in React 19', () => {
  let host: ReactHost;
  let mounted: ReturnType<typeof mount> | undefined;
  before(async () => {
    host = await loadReact(19);
  });
  afterEach(() => {
    mounted?.unmount();
    mounted = undefined;
  });

  it('sets properties and attributes, and calls onclient-open / onclient-tab-change with the events', async () => {
    const adapter = memory();
    const [first, second] = (await adapter.clients.list({ limit: 2 })).items;
    const opened: CustomEvent[] = [];
    const tabChanges: CustomEvent[] = [];
    const { createElement: h } = host.React;
    const page = (search: string, clientId: string) =>
      h(
        'client-provider',
        { adapter, locale: 'en', currency: 'EUR', timeZone: 'Europe/Madrid' },
        h('client-list', { search, className: 'host-list', 'onclient-open': (event: CustomEvent) => opened.push(event) }),
        h('client-file', { 'client-id': clientId, 'onclient-tab-change': (event: CustomEvent) => tabChanges.push(event) }),
      );
    mounted = mount(host);
    mounted.render(page('', first!.id));
    const provider = mounted.container.querySelector('client-provider')!;
    const list = mounted.container.querySelector<ClientList>('client-list')!;
    const file = mounted.container.querySelector<ClientFileElement>('client-file')!;
    // Properties, not attributes: an adapter object cannot be an attribute.
    expect(provider.adapter).to.equal(adapter);
    expect(provider.hasAttribute('adapter')).to.equal(false);
    expect(list.getAttribute('class')).to.equal('host-list');
    expect(file.getAttribute('client-id')).to.equal(first!.id);
    expect(file.clientId).to.equal(first!.id);

    list.scrollIntoView({ block: 'start' });
    await until(() => rows(list).length > 0, 'the list rendered no rows');
    const row = rows(list)[0]!;
    click(row.querySelector('.name'));
    await until(() => opened.length > 0, 'onclient-open was not called');
    expect(opened[0]!.type).to.equal('client-open');
    expect(opened[0]!.detail.id).to.equal(row.dataset['id']);

    await until(() => textOf($(file, '#client-name')).includes(first!.firstName), 'the file never showed the client');
    const tab = await until(() => $$(file, '[role="tab"]')[1], 'the file has no second tab');
    click(tab);
    await until(() => tabChanges.length > 0, 'onclient-tab-change was not called');
    expect(tabChanges[0]!.detail.tab).to.equal(tab.dataset['tab']);

    // A React re-render with new props: the property and the attribute follow.
    mounted.render(page('mar', second!.id));
    expect(list.search).to.equal('mar');
    const matching = (await adapter.clients.list({ search: 'mar', limit: 1 })).total;
    await until(() => list.total === matching, `the list did not narrow to ${matching} clients`);
    await until(() => textOf($(file, '#client-name')).includes(second!.firstName), 'the file did not follow client-id');
  });
});
