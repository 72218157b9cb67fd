import { expect } from '@open-wc/testing';

// Every script this page requests is recorded (the default buffer keeps only 250): the list's
// modules are imported below, after this line, so a static import of a lazy part would show.
performance.setResourceTimingBufferSize(100_000);
const { $, click, memory, mountList, until } = await import('./helpers.js');

/** Scripts the page has requested so far whose URL contains `name`. */
const requested = (name: string) => performance.getEntriesByType('resource').filter((entry) => entry.name.includes(name));

// Its own test file, so its own page: nothing else has loaded these modules yet.
describe('<client-list> parts loaded on first use', () => {
  it('loads the list itself from its own modules (the check below can see them)', () => {
    expect(requested('/client-list/client-list.ts'), 'the element module').to.have.length(1);
  });

  it('loads the filter panel only when it first opens', async () => {
    const list = await mountList(memory());
    expect(requested('/filter-panel.'), 'before opening').to.have.length(0);
    click($(list, '[part~="filter-button"]'));
    const panel = await until(() => $(list, '[part~="filter-panel"]'), 'the panel never opened');
    expect(requested('/filter-panel.'), 'after opening').to.have.length(1);
    expect($(list, '[part~="filter-button"]')!.getAttribute('aria-expanded')).to.equal('true');
    expect(panel.textContent).to.contain('Status');
  });

  it('loads the client dialog only when it first opens', async () => {
    const list = await mountList(memory());
    expect(requested('/create-dialog.'), 'before opening').to.have.length(0);
    click($(list, '[part~="create-button"]'));
    const dialog = await until(() => $<HTMLDialogElement>(list, 'dialog[part~="client-dialog"]'), 'the dialog never rendered');
    await until(() => dialog.open, 'the dialog never opened');
    expect(requested('/create-dialog.'), 'after opening').to.have.length(1);
  });
});
