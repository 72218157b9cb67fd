/*
 * The @lit/react wrappers (src/react/components.generated.ts) in a real React: the same suite runs in
 * React 18 (wrappers-react18.test.ts) and React 19 (wrappers-react19.test.ts), each in its own page.
 * <ClientProvider> + <ClientList> + <ClientFile> rendered from React state: rows appear, a click on a
 * row calls onClientOpen with the event's detail, a tab click calls onClientTabChange, and new props
 * (search, clientId) from a React re-render reach the elements.
 */
import { expect } from '@open-wc/testing';
import { createClientGroups, createClientelaComponents } from '../../src/react/components.generated.js';
import type { ClientFileElement } from '../../src/elements/client-file/client-file.js';
import type { ClientList } from '../../src/elements/client-list/client-list.js';
import type { ClientOpenDetail } from '../../src/elements/client-list/events.js';
import type { ClientTabChangeDetail } from '../../src/elements/client-file/client-file.js';
import { $, $$, click, loadReact, memory, mount, rows, textOf, until } from './helpers.js';
import type { ReactHost } from './helpers.js';

export function wrapperSuite(version: 18 | 19): void {
  describe(`clientela/react wrappers in React ${version}`, () => {
    let host: ReactHost;
    before(async () => {
      host = await loadReact(version);
    });

    it('a wrapper factory defines its tag, and only its own', () => {
      expect(customElements.get('client-groups')).to.equal(undefined);
      expect(customElements.get('client-wallet')).to.equal(undefined);
      const ClientGroups = createClientGroups(host.React);
      expect(customElements.get('client-groups')).to.not.equal(undefined);
      expect(customElements.get('client-wallet')).to.equal(undefined);
      expect(ClientGroups.displayName).to.equal('ClientGroups');
    });

    describe('provider, list and file', () => {
      const adapter = memory();
      let components: ReturnType<typeof createClientelaComponents>;
      let mounted: ReturnType<typeof mount> | undefined;
      const opened: ClientOpenDetail[] = [];
      const tabChanges: ClientTabChangeDetail[] = [];

      before(() => {
        components = createClientelaComponents(host.React);
      });
      afterEach(() => {
        mounted?.unmount();
        mounted = undefined;
        opened.length = 0;
        tabChanges.length = 0;
      });

      /** The host's page: the list and the file of `clientId`, side by side, from React props. */
      function page(props: { search: string; clientId: string }) {
        const { createElement: h } = host.React;
        const { ClientProvider, ClientList, ClientFile } = components;
        return h(
          ClientProvider,
          { adapter, locale: 'en', currency: 'EUR', timeZone: 'Europe/Madrid' },
          h(ClientList, { id: 'react-list', search: props.search, onClientOpen: (event) => opened.push(event.detail) }),
          h(ClientFile, { clientId: props.clientId, onClientTabChange: (event) => tabChanges.push(event.detail) }),
        );
      }

      async function renderPage(props: { search: string; clientId: string }) {
        mounted ??= mount(host);
        mounted.render(page(props));
        const list = mounted.container.querySelector<ClientList>('client-list')!;
        const file = mounted.container.querySelector<ClientFileElement>('client-file')!;
        list.scrollIntoView({ block: 'start' });
        await until(() => rows(list).length > 0, 'the list rendered no rows');
        return { list, file };
      }

      it('renders rows from the provider adapter; a row click calls onClientOpen with the detail', async () => {
        const first = (await adapter.clients.list({ limit: 1 })).items[0]!;
        const { list } = await renderPage({ search: '', clientId: first.id });
        expect(list.total).to.equal((await adapter.clients.list({ limit: 1 })).total);
        const row = rows(list)[0]!;
        click(row.querySelector('.name'));
        await until(() => opened.length > 0, 'onClientOpen was not called');
        expect(opened).to.have.length(1);
        expect(opened[0]!.id).to.equal(row.dataset['id']);
        expect(opened[0]!.client?.firstName).to.be.a('string');
      });

      it('a new search prop re-renders the list with the matching clients', async () => {
        const first = (await adapter.clients.list({ limit: 1 })).items[0]!;
        const { list } = await renderPage({ search: '', clientId: first.id });
        const everyone = list.total;
        await renderPage({ search: 'mar', clientId: first.id });
        expect(list.search).to.equal('mar');
        const matching = (await adapter.clients.list({ search: 'mar', limit: 1 })).total;
        expect(matching).to.be.lessThan(everyone!);
        await until(() => list.total === matching && $$(list, '.body mark').length > 0, `the list did not narrow to ${matching} clients`);
      });

      it('a tab click calls onClientTabChange; a new clientId prop shows that client', async () => {
        const [first, second] = (await adapter.clients.list({ limit: 2 })).items;
        const { file } = await renderPage({ search: '', clientId: first!.id });
        await until(() => textOf($(file, '#client-name')).includes(first!.firstName), 'the file never showed the first client');
        const tab = await until(() => $$(file, '[role="tab"]')[1], 'the file has no second tab');
        const target = tab.dataset['tab']!;
        const previous = file.getAttribute('tab') ?? $$(file, '[role="tab"]')[0]!.dataset['tab'];
        click(tab);
        await until(() => tabChanges.length > 0, 'onClientTabChange was not called');
        expect(tabChanges).to.deep.equal([{ tab: target, previous }]);
        await until(() => file.getAttribute('tab') === target, 'the tab did not change');

        await renderPage({ search: '', clientId: second!.id });
        expect(file.clientId).to.equal(second!.id);
        await until(() => textOf($(file, '#client-name')).includes(second!.firstName), 'the file did not follow the new clientId');
      });
    });
  });
}
