/*
 * <client-list> and <client-groups> over the REST adapter, through MSW's service worker (the HTTP
 * contract handler over a memory adapter in this page): the same element code on the path a host
 * backend takes — paging with offsets, search, filters, metrics, bulk actions, create, errors.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { createRestAdapter } from '../../../src/adapters/rest/index.js';
import { normalizeText } from '../../../src/model/text.js';
import type { MockBackend } from '../../../mocks/browser.js';
import { startMockBackend } from '../../../mocks/browser.js';
import '../../../src/define/client-groups.js';
import type { ClientGroups } from '../../../src/elements/client-groups/client-groups.js';
import { $, $$, click, mountList, nextDownload, rows, spy, textOf, tick, type, until, REFERENCE_DATE } from './helpers.js';

let backend: Promise<MockBackend> | undefined;
let paths = 0;

/** One MSW worker per page; each test gets its own backend path (its own data). */
async function restAdapter(clientCount = 400) {
  const basePath = `/api/list-${++paths}`;
  const started = await (backend ??= startMockBackend({ clientCount: 1, seed: 7, basePath: '/api/list-unused' }));
  const { createMemoryAdapter } = await import('../../../src/adapters/memory/index.js');
  const { createClientelaHandler } = await import('../../../mocks/server/handler.js');
  const { createMswHandlers } = await import('../../../mocks/handlers.js');
  const memory = createMemoryAdapter({ clientCount, seed: 7, referenceDate: REFERENCE_DATE });
  const handler = createClientelaHandler({ adapter: memory, basePath });
  started.worker.use(...createMswHandlers(handler));
  return { adapter: createRestAdapter({ baseUrl: new URL(basePath, location.origin).href, retry: false }), memory };
}

describe('<client-list> over the REST adapter (MSW)', () => {
  it('pages rows with the total, searches with highlights, and jumps to the end', async () => {
    const { adapter, memory } = await restAdapter(1200);
    const list = await mountList(adapter);
    expect(list.total).to.equal((await memory.clients.list({ limit: 1 })).total);
    expect(textOf($(list, '[part~="total"]'))).to.match(/^1,\d{3} clients$/);
    await list.scrollToIndex(list.total! - 1, 'end');
    await until(() => $(list, `.body > .row[data-index="${list.total! - 1}"][data-id]`), 'the last row never loaded');

    list.search = 'mar';
    await list.ready;
    await until(() => rows(list).length && !$(list, '.grid.stale'), 'no results');
    expect(list.total).to.equal((await memory.clients.list({ search: 'mar', limit: 1 })).total);
    await until(() => $$(list, '.body mark').length, 'no highlighted matches');
    expect($$(list, '.body mark').every((mark) => normalizeText(textOf(mark)) === 'mar')).to.equal(true);
  });

  it('a scrollbar jump to the end asks at once for the last page over HTTP, never for the pages flown past', async () => {
    const { adapter } = await restAdapter(1200);
    const watched = spy(adapter);
    const list = await mountList(watched.adapter);
    const body = $(list, '.body')!;
    const before = watched.of('clients.list').length;
    body.scrollTop = 600 * 56;
    body.scrollTop = body.scrollHeight; // within the same frame: the middle is flown past
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await tick();
    const calls = watched.of('clients.list').slice(before);
    const last = list.total! - 1;
    expect(calls.map((call) => (call.args[0] as { offset: number }).offset)).to.include(Math.floor(last / 100) * 100);
    const lastRow = await until(() => $(list, `.body > .row[data-index="${last}"][data-id]`), 'the last row never loaded');
    expect(textOf(lastRow.querySelector('.name'))).to.not.equal('');
    expect($$(list, '.body > .row.placeholder')).to.have.length(0);
    // Only the pages at the end, each request abortable.
    for (const call of watched.of('clients.list').slice(before)) {
      expect((call.args[0] as { offset: number }).offset).to.be.greaterThan(1000);
      expect((call.args[1] as { signal: AbortSignal }).signal).to.be.instanceOf(AbortSignal);
    }
  });

  it('applies a filter, shows its metrics, and trashes the selection', async () => {
    const { adapter, memory } = await restAdapter();
    const list = await mountList(adapter);
    list.filter = { statuses: ['vip'] };
    await list.ready;
    await until(() => rows(list).length && !$(list, '.grid.stale'), 'no rows');
    const expected = await memory.clients.metrics({ filter: { statuses: ['vip'] } });
    await until(() => textOf($(list, '[part~="metrics"] .metric dd')) === String(expected.totalClients), 'metrics not shown');
    const id = rows(list)[0]!.dataset['id']!;
    click(rows(list)[0]!.querySelector('input[type="checkbox"]'));
    click(await until(() => $$(list, '.bulk-bar button').find((button) => textOf(button) === 'Move to trash'), 'no button'));
    const trashed = oneEvent(list, 'client-trashed');
    click(await until(() => $(list, 'dialog.confirm-dialog [value="confirm"]'), 'no confirmation'));
    expect((await trashed).detail.ids).to.deep.equal([id]);
    expect((await memory.clients.get(id)).trashedAt).to.be.a('string');
  });

  it('exports the selection to Excel, fetched through the adapter', async () => {
    const { adapter } = await restAdapter();
    const list = await mountList(adapter);
    const picked = rows(list).slice(0, 2).map((row) => row.dataset['id']!);
    for (const row of rows(list).slice(0, 2)) click(row.querySelector('input[type="checkbox"]'));
    const download = nextDownload();
    click(await until(() => $$(list, '.bulk-bar button').find((button) => textOf(button) === 'Export Excel'), 'no Excel export'));
    const { name, blob } = await download;
    expect(name.endsWith('.xlsx')).to.equal(true);
    const { readWorkbook } = await import('../../../src/import-export/xlsx-read.js');
    const [sheet] = readWorkbook(new Uint8Array(await blob.arrayBuffer()));
    expect(sheet!.rows[0]![0]).to.equal('Name');
    expect(sheet!.rows.slice(1).map((row) => row.at(-1))).to.have.members(picked);
  });

  it('creates a client from the dialog', async () => {
    const { adapter, memory } = await restAdapter();
    const list = await mountList(adapter);
    await list.openCreateDialog({ firstName: 'Rosa', lastName: 'Remota', email: 'rosa.remota@example.com' });
    const created = oneEvent(list, 'client-created');
    $(list, 'dialog.form-dialog form')!.dispatchEvent(new SubmitEvent('submit', { cancelable: true }));
    const { client } = (await created).detail;
    expect((await memory.clients.get(client.id)).email).to.equal('rosa.remota@example.com');
  });

  it('shows the error with retry when the backend fails', async () => {
    const { adapter, memory } = await restAdapter();
    memory.simulation.failNext('unavailable', 'clients.list');
    const list = await mountList(adapter);
    const error = await until(() => $(list, '.state-error'), 'no error');
    click(error.querySelector('[part~="state-action"]'));
    await until(() => rows(list).length, 'retry failed');
  });
});

describe('<client-groups> over the REST adapter (MSW)', () => {
  it('lists, creates and fills a group', async () => {
    const { adapter, memory } = await restAdapter();
    const ids = (await memory.clients.list({ limit: 2 })).items.map((item) => item.id);
    const groups = await fixture<ClientGroups>(html`<client-groups .adapter=${adapter} .clientIds=${ids}></client-groups>`);
    await groups.ready;
    await until(() => $(groups, '.groups'), 'no groups');
    type($<HTMLInputElement>(groups, '#new-group-name'), 'Remotos');
    await groups.updateComplete;
    const created = oneEvent(groups, 'client-groups-change');
    $<HTMLFormElement>(groups, '[part~="create-form"]')!.requestSubmit();
    const group = (await created).detail.group;
    const item = await until(() => $$(groups, '[part~="group"]').find((li) => li.dataset['id'] === group.id), 'not listed');
    const added = oneEvent(groups, 'client-groups-change');
    click([...item.querySelectorAll('button')].find((button) => textOf(button) === 'Add 2 selected clients'));
    expect((await added).detail.added).to.deep.equal(ids);
    expect((await memory.clients.get(ids[0]!)).groupIds).to.include(group.id);
  });
});
