/*
 * The demo host page (demo/main.ts) at phone width: opening a client opens its file in a sheet and
 * moves focus into it; closing gives the list back. At desktop width the list gets room for its
 * table and the file sits beside it. Its own controls fit one header row in every language.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { setViewport, sendKeys } from '@web/test-runner-commands';

const deepActive = () => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};

before(async () => {
  await setViewport({ width: 420, height: 860 });
  history.replaceState(null, '', `${location.pathname}?lang=es&clients=200`);
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/demo/demo.css' });
  document.head.append(link);
  await new Promise((resolve) => link.addEventListener('load', resolve, { once: true }));
  document.body.append(Object.assign(document.createElement('div'), { id: 'app' }));
  await import('../../demo/main.js');
});

const list = () => document.querySelector('client-list')!;
const sheet = () => document.querySelector<HTMLDialogElement>('dialog.file-sheet');

describe('demo page', () => {
  it('on a 420 px page, opening a client opens its file in a sheet and focuses it', async () => {
    await waitUntil(() => list()?.shadowRoot?.querySelector('[data-action="open"]'), 'no rows', { timeout: 8000 });
    expect(sheet()?.open).to.equal(false);
    list().shadowRoot!.querySelector<HTMLButtonElement>('[data-action="open"]')!.click();
    await waitUntil(() => sheet()?.open, 'the sheet never opened');
    expect(deepActive()).to.equal(sheet());
    expect(sheet()!.getAttribute('aria-labelledby')).to.equal('file-sheet-title');
    expect(document.getElementById('file-sheet-title')!.textContent).to.equal('Ficha del cliente');
    const file = sheet()!.querySelector('client-file')!;
    await waitUntil(() => file.shadowRoot?.textContent?.trim(), 'the file never rendered', { timeout: 5000 });
    // In view: the sheet covers the page from its top.
    const box = sheet()!.getBoundingClientRect();
    expect(box.top).to.equal(0);
    expect(box.width).to.be.closeTo(420, 1);
    expect(new URL(location.href).searchParams.get('client')).to.match(/^cl-/);
    await expect(sheet()!).to.be.accessible({ ignoredRules: ['region'] });
  });

  it('closes with Escape and forgets the client', async () => {
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !sheet()?.open, 'Escape did not close the sheet');
    expect(new URL(location.href).searchParams.get('client')).to.equal(null);
  });

  it('at 1440 px shows the list wide enough for its table, the file beside it, and one header row', async () => {
    await setViewport({ width: 1440, height: 900 });
    await waitUntil(() => document.querySelector('.workspace.side-by-side'), 'no side-by-side layout');
    expect(list().getBoundingClientRect().width).to.be.at.least(830);
    expect(document.querySelector('.file-pane')!.getBoundingClientRect().left).to.be.greaterThan(list().getBoundingClientRect().right);
    for (const language of ['es', 'pt-BR', 'en']) {
      const select = document.querySelector<HTMLSelectElement>('.demo-select')!;
      select.value = language;
      select.dispatchEvent(new Event('change'));
      await waitUntil(() => document.documentElement.lang === language && list(), `no ${language} page`);
      const header = document.querySelector('header')!;
      const rows = new Set([...header.querySelectorAll('h1, .controls > *')].map((el) => Math.round(el.getBoundingClientRect().top / 20)));
      expect(header.getBoundingClientRect().height, `header wraps in ${language}`).to.be.below(80);
      expect(rows.size, `controls on several rows in ${language}`).to.be.at.most(2);
    }
  });
});
