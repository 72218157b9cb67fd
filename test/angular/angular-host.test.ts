/*
 * An Angular host (standalone component, JIT-compiled in the browser, zoneless change detection) with
 * `schemas: [CUSTOM_ELEMENTS_SCHEMA]`: <client-provider [adapter]> with the memory adapter,
 * <client-list [search] (client-open)> and <client-file [clientId] (client-tab-change)> from signals.
 * Rows appear, a row click calls the handler with the event's detail (read with clientela/angular's
 * `eventDetail`), a tab click calls the tab handler, and changed signals (search, client id) re-render.
 */
import { expect } from '@open-wc/testing';
import type { WritableSignal } from '@angular/core';
import '../../src/define/client-provider.js';
import '../../src/define/client-list.js';
import '../../src/define/client-file.js';
import { CLIENTELA_EVENTS, eventDetail } from '../../src/angular/index.js';
import type { ClientFileElement, ClientTabChangeDetail } from '../../src/elements/client-file/client-file.js';
import type { ClientList } from '../../src/elements/client-list/client-list.js';
import type { ClientOpenDetail } from '../../src/elements/client-list/events.js';
import { $, $$, click, memory, rows, textOf, until } from '../react/helpers.js';

type AngularHost = typeof import('../hosts/angular/angular.js');

async function loadAngular(): Promise<AngularHost> {
  const url = '/__bundle/test/hosts/angular/angular.ts'; // a variable: neither tsc nor the dev server resolves it
  return (await import(/* @vite-ignore */ url)) as AngularHost;
}

const TEMPLATE = `
  <client-provider [adapter]="adapter" locale="en" currency="EUR" time-zone="Europe/Madrid">
    <client-list id="ng-list" [search]="search()" (client-open)="onOpen($event)"></client-list>
    <client-file [clientId]="clientId()" (client-tab-change)="onTabChange($event)"></client-file>
  </client-provider>`;

describe('clientela in an Angular host', () => {
  const adapter = memory();
  let ng: AngularHost;
  let container: HTMLElement | undefined;
  let destroy: () => void = () => {};

  before(async function () {
    this.timeout(60_000); // the first request bundles Angular (esbuild), seconds on a busy machine
    ng = await loadAngular();
  });
  afterEach(() => {
    destroy();
    destroy = () => {};
    container?.remove();
  });

  /** What the host component reads and writes: new for each test (the component class is made once). */
  let state: {
    opened: ClientOpenDetail[];
    tabChanges: ClientTabChangeDetail[];
    search: WritableSignal<string>;
    clientId: WritableSignal<string>;
  };
  let HostComponent: new () => object;

  before(() => {
    HostComponent = class {
      readonly adapter = adapter;
      readonly search = state.search;
      readonly clientId = state.clientId;
      onOpen(event: Event) {
        state.opened.push(eventDetail('client-open', event));
      }
      onTabChange(event: Event) {
        state.tabChanges.push(eventDetail('client-tab-change', event));
      }
    };
    // The decorator called as a function: the same metadata `@Component({...})` gives.
    ng.Component({ selector: 'clientela-ng-host', template: TEMPLATE, schemas: [ng.CUSTOM_ELEMENTS_SCHEMA] })(HostComponent);
  });

  async function mountApp(clientId: string) {
    state = { opened: [], tabChanges: [], search: ng.signal(''), clientId: ng.signal(clientId) };
    const { opened, tabChanges, search, clientId: file } = state;
    const page = (container = document.createElement('div'));
    page.style.width = '1100px';
    page.append(document.createElement('clientela-ng-host'));
    document.body.append(page);
    const app = await ng.bootstrapApplication(HostComponent, { providers: [ng.provideZonelessChangeDetection()] });
    destroy = () => app.destroy();
    const list = page.querySelector<ClientList>('client-list')!;
    const fileElement = page.querySelector<ClientFileElement>('client-file')!;
    list.scrollIntoView({ block: 'start' });
    await until(() => rows(list).length > 0, 'the list rendered no rows');
    return { app, search, clientId: file, opened, tabChanges, list, file: fileElement };
  }

  it('renders the elements with the adapter and the client id bound as properties', async () => {
    const first = (await adapter.clients.list({ limit: 1 })).items[0]!;
    const { list, file } = await mountApp(first.id);
    expect(Number(ng.VERSION.major)).to.be.at.least(20);
    expect(container!.querySelector('client-provider')!.adapter).to.equal(adapter);
    expect(list.total).to.equal((await adapter.clients.list({ limit: 1 })).total);
    expect(file.clientId).to.equal(first.id);
    expect(CLIENTELA_EVENTS['client-list']).to.include('client-open');
  });

  it('a row click calls the (client-open) handler with the detail', async () => {
    const first = (await adapter.clients.list({ limit: 1 })).items[0]!;
    const { list, opened } = await mountApp(first.id);
    const row = rows(list)[0]!;
    click(row.querySelector('.name'));
    await until(() => opened.length > 0, '(client-open) was not called');
    expect(opened).to.have.length(1);
    expect(opened[0]!.id).to.equal(row.dataset['id']);
    expect(opened[0]!.client?.firstName).to.be.a('string');
  });

  it('a changed [search] signal re-renders the list with the matching clients', async () => {
    const first = (await adapter.clients.list({ limit: 1 })).items[0]!;
    const { app, list, search } = await mountApp(first.id);
    const everyone = list.total!;
    search.set('mar');
    await app.whenStable();
    expect(list.search).to.equal('mar');
    const matching = (await adapter.clients.list({ search: 'mar', limit: 1 })).total;
    expect(matching).to.be.lessThan(everyone);
    await until(() => list.total === matching && $$(list, '.body mark').length > 0, `the list did not narrow to ${matching} clients`);
  });

  it('a tab click calls the (client-tab-change) handler; a changed [clientId] shows that client', async () => {
    const [first, second] = (await adapter.clients.list({ limit: 2 })).items;
    const { app, file, tabChanges, clientId } = await mountApp(first!.id);
    await until(() => textOf($(file, '#client-name')).includes(first!.firstName), 'the file never showed the first client');
    const tab = await until(() => $$(file, '[role="tab"]')[1], 'the file has no second tab');
    const target = tab.dataset['tab']!;
    const previous = file.getAttribute('tab') ?? $$(file, '[role="tab"]')[0]!.dataset['tab'];
    click(tab);
    await until(() => tabChanges.length > 0, '(client-tab-change) was not called');
    expect(tabChanges).to.deep.equal([{ tab: target, previous }]);
    await until(() => file.getAttribute('tab') === target, 'the tab did not change');

    clientId.set(second!.id);
    await app.whenStable();
    expect(file.clientId).to.equal(second!.id);
    await until(() => textOf($(file, '#client-name')).includes(second!.firstName), 'the file did not follow the new client id');
  });

  it('eventDetail refuses an event of another name', () => {
    expect(() => eventDetail('client-open', new CustomEvent('client-select', { detail: {} }))).to.throw(TypeError, /client-open.*client-select/);
  });
});
