/*
 * Strict Content-Security-Policy: the elements work under `default-src 'self'; script-src 'self';
 * style-src 'self'` (no inline style attribute or <style>, no eval) without a single violation. The
 * pages test/csp/*.html are served with that header (web-test-runner.config.mjs): strict.html loads
 * the CDN build, strict-dist.html the npm build (dist/, with zod's `jitless` set first as a host
 * would). They run in an iframe, because the test runner's own page has inline scripts. Every
 * `securitypolicyviolation` it fires is recorded (test/csp/violations.js) and must stay empty while
 * the list, the file with several tabs and the import wizard render and are used.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { TAB_REGISTRY } from '../../src/elements/client-file/tab-registry.js';
import { clickTab, inShadow, openFrame, textOf, untilShadow, untilTabRendered, windowOf } from '../cdn/frame.js';

const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'";

interface Violation {
  directive: string;
  blockedURI: string;
  sample: string;
  source: string;
}
type PageWindow = Window & typeof globalThis & { cspViolations: Violation[]; pageReady?: boolean };

const PAGES = [
  { build: 'the CDN build', page: '/test/csp/strict.html' },
  { build: 'the npm build (dist/)', page: '/test/csp/strict-dist.html' },
];

for (const { build, page } of PAGES) describe(`${build} under a strict Content-Security-Policy`, function () {
  this.timeout(60_000);
  let frame: HTMLIFrameElement;
  let win: PageWindow;
  const $ = <T extends Element = HTMLElement>(selector: string) => win.document.querySelector<T>(selector)!;
  /** Violations since the current test started, as readable lines (the assertion names each). */
  let seen = 0;
  beforeEach(() => {
    seen = win.cspViolations.length;
  });
  const violations = () => win.cspViolations.slice(seen).map((v) => `${v.directive} ${v.blockedURI} «${v.sample}» at ${v.source}`);

  before(async () => {
    const response = await fetch(page);
    expect(response.headers.get('content-security-policy')).to.equal(POLICY);
    frame = await openFrame(page, { width: 1400, height: 900 });
    win = windowOf(frame) as PageWindow;
    await waitUntil(() => win.pageReady, `${page} never set its adapter (is ${build} built?)`, { timeout: 15_000 });
  });
  after(() => frame?.remove());

  it('loads without a violation', () => {
    expect(win.cspViolations.map((v) => `${v.directive} ${v.blockedURI} «${v.sample}» at ${v.source}`)).to.deep.equal([]);
  });

  it('renders the list and opens a client without a violation', async () => {
    const list = $('client-list');
    await waitUntil(() => inShadow(list, '.body > .row[data-id]'), 'the list never showed a client', { timeout: 10_000 });
    const row = inShadow(list, '.body > .row[data-id]')!;
    // Per-row values set through CSSOM reached the avatars (the hue of the initials' circle).
    const avatar = row.querySelector('[part~="avatar"]')!;
    expect(win.getComputedStyle(avatar).getPropertyValue('--_hue').trim()).to.match(/^\d+$/);
    row.querySelector<HTMLElement>('[data-action="open"]')!.click();
    const file = $('client-file');
    await untilShadow(file, '.banner');
    await waitUntil(() => textOf(inShadow(file, '.name')) === textOf(row.querySelector('.name')), 'the file never showed the client', { timeout: 8000 });
    await untilTabRendered(file, 'profile', 'client-profile');
    expect(violations()).to.deep.equal([]);
  });

  // Every tab the file has (profile is the first, opened above), each loaded from its own chunk.
  for (const { id, tag } of TAB_REGISTRY.filter((tab) => tab.id !== 'profile')) {
    it(`opens the ${id} tab without a violation`, async () => {
      const file = $('client-file');
      clickTab(file, id);
      const tab = await untilTabRendered(file, id, tag);
      await waitUntil(() => !tab.shadowRoot!.querySelector('[part~="skeleton"], [aria-busy="true"]'), `the ${id} tab never finished loading`, { timeout: 8000 });
      expect(textOf(tab.shadowRoot as unknown as Element).length).to.be.greaterThan(0);
      // Images are data, not code: the files tab shows thumbnails from the URLs the adapter returns
      // (blob: URLs for the memory adapter's files), which a page allows in its own img-src. Nothing
      // else may be blocked, and those images only where the adapter returned those URLs.
      const thumbnails = [...tab.shadowRoot!.querySelectorAll('img')].map((img) => img.getAttribute('src') ?? '');
      const blocked = violations().filter((line) => !(line.startsWith('img-src blob ') && thumbnails.some((src) => src.startsWith('blob:'))));
      expect(blocked).to.deep.equal([]);
    });
  }

  it("opens the list's filter panel and create dialog (lazy parts) without a violation", async () => {
    const list = $('client-list');
    inShadow(list, '[part~="filter-button"]')!.click();
    await waitUntil(() => inShadow(list, '[part~="filter-panel"]')?.checkVisibility(), 'the filter panel never showed', { timeout: 8000 });
    inShadow(list, '[part~="filter-button"]')!.click();
    inShadow(list, '[part~="create-button"]')!.click();
    await waitUntil(() => inShadow<HTMLDialogElement>(list, 'dialog[part~="client-dialog"]')?.open, 'the create dialog never opened', { timeout: 8000 });
    const dialog = inShadow<HTMLDialogElement>(list, 'dialog[part~="client-dialog"]')!;
    expect(dialog.querySelector('input[name="firstName"]')).to.exist;
    dialog.close();
    expect(violations()).to.deep.equal([]);
  });

  it('runs the import wizard (its worker included) to the preview step without a violation', async () => {
    const list = $('client-list');
    inShadow(list, '[part~="import-button"]')!.click();
    await waitUntil(() => inShadow(list, 'client-import'), 'the wizard never opened', { timeout: 8000 });
    const wizard = inShadow(list, 'client-import') as HTMLElement & { currentStep: string; parserMode: string; importFile(file: File): Promise<void> };
    await waitUntil(() => wizard.shadowRoot?.querySelector('dialog[open]'), 'the wizard dialog never showed', { timeout: 8000 });
    const csv = 'First name;Last name;Email;Phone\nAna;López;ana.lopez@example.com;+34 600 111 222\nJoão;Silva;joao@example.com;+351 912 345 678\n';
    await wizard.importFile(new win.File([csv], 'clients.csv', { type: 'text/csv' }));
    await waitUntil(() => wizard.currentStep === 'mapping', `mapping step (now ${wizard.currentStep})`, { timeout: 10_000 });
    expect(wizard.parserMode).to.equal('worker');
    const next = [...wizard.shadowRoot!.querySelectorAll('button')].find((button) => textOf(button) === 'Next')!;
    next.click();
    await waitUntil(() => wizard.currentStep === 'preview', `preview step (now ${wizard.currentStep})`, { timeout: 10_000 });
    await waitUntil(() => /2 rows ready/.test(textOf(wizard.shadowRoot!.querySelector('.counts'))), 'the preview never counted the rows', { timeout: 8000 });
    expect(violations()).to.deep.equal([]);
  });

  it('switches to Spanish at runtime without a violation', async () => {
    $('client-provider').setAttribute('locale', 'es');
    const file = $('client-file');
    await waitUntil(() => textOf(inShadow(file, '[role="tab"][data-tab="profile"]')) === 'Perfil', 'the file never spoke Spanish', { timeout: 8000 });
    expect(violations()).to.deep.equal([]);
  });

  // Controls: the policy is really enforced on this page and this test would see a violation.
  it('catches an inline style attribute and an eval (the page enforces the policy)', () => {
    const body = inShadow($('client-list'), '.body')!;
    body.setAttribute('style', 'outline: 3px solid red');
    expect(win.getComputedStyle(body).outlineStyle).to.not.equal('solid');
    expect(() => win.eval('1 + 1')).to.throw();
    return waitUntil(() => win.cspViolations.length >= seen + 2, 'no violation was recorded').then(() => {
      expect(win.cspViolations.slice(seen).map((violation) => violation.directive)).to.include.members(['style-src-attr', 'script-src']);
      body.removeAttribute('style');
    });
  });
});
