import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { AdapterError } from '../../../src/adapter/adapter-error.js';
import { en, es } from '../../../src/i18n/catalogs.js';
import { hueOf, initialsOf, renderAvatar } from '../../../src/elements/shared/avatar.js';
import { errorMessage, renderState, rollbackMessage } from '../../../src/elements/shared/state-view.js';

async function rendered(template: unknown) {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  render(template, host);
  return host;
}

describe('state view', () => {
  it('says what an AdapterError kind means, in the user’s language', () => {
    expect(errorMessage(new AdapterError('network', 'x'), en)).to.equal(en.errors.byKind.network);
    expect(errorMessage(new AdapterError('forbidden', 'x'), es)).to.equal(es.errors.byKind.forbidden);
    expect(errorMessage(new Error('boom'), en)).to.equal(en.errors.unexpected);
    const invalid = new AdapterError('invalid-response', 'x', { resource: 'clients', issues: [{ path: ['items', 0, 'stats'], message: 'Required' }] });
    expect(errorMessage(invalid, en)).to.contain('clients').and.contain('items.0.stats');
    expect(rollbackMessage(new AdapterError('conflict', 'x'), en)).to.contain('undone');
  });

  it('renders each state accessibly, with its actions', async () => {
    let retried = 0;
    let acted = 0;
    const host = await rendered(html`
      ${renderState({ kind: 'loading', label: 'Loading clients' }, en)}
      ${renderState({ kind: 'empty', title: 'Nothing', message: 'Add one', action: { label: 'Add', onClick: () => acted++ } }, en)}
      ${renderState({ kind: 'error', error: new AdapterError('unavailable', '<b>raw</b>'), retry: () => retried++ }, en)}
      ${renderState({ kind: 'not-found', back: { label: 'Back', onClick: () => acted++ } }, en)}
      ${renderState({ kind: 'forbidden' }, en)}
    `);
    expect(host.querySelector('[part~="state-loading"]')!.getAttribute('role')).to.equal('status');
    expect(host.querySelector('[part~="state-loading"]')!.textContent).to.contain('Loading clients');
    (host.querySelector('[part~="state-empty"] button') as HTMLButtonElement).click();
    (host.querySelector('[part~="state-error"] button') as HTMLButtonElement).click();
    (host.querySelector('[part~="state-not-found"] button') as HTMLButtonElement).click();
    expect([retried, acted]).to.deep.equal([1, 2]);
    expect(host.querySelector('[part~="state-error"]')!.textContent).to.contain(en.errors.byKind.unavailable);
    expect(host.querySelector('[part~="state-error"] details code')!.textContent).to.equal('<b>raw</b>');
    expect(host.querySelector('[part~="state-error"] b')).to.equal(null);
    expect(host.querySelector('[part~="state-forbidden"]')!.textContent).to.contain(en.provider.notAllowed);
    await expect(host).to.be.accessible();
  });
});

describe('avatar', () => {
  it('uses initials, or a safe picture only', async () => {
    expect(initialsOf('María José Pérez')).to.equal('MP');
    expect(initialsOf('  ana ')).to.equal('A');
    expect(initialsOf('Ñandú Óscar')).to.equal('ÑÓ');
    expect(hueOf('cl-1')).to.equal(hueOf('cl-1'));
    const host = await rendered(html`${renderAvatar({ id: 'a', name: 'Ana Díaz', url: 'javascript:alert(1)' })}${renderAvatar({ id: 'b', name: 'Bo', url: 'https://example.com/b.png' })}`);
    const [first, second] = host.querySelectorAll('.avatar');
    expect(first!.textContent).to.equal('AD');
    expect(first!.querySelector('img')).to.equal(null);
    expect(second!.querySelector('img')!.getAttribute('src')).to.equal('https://example.com/b.png');
    expect(first!.getAttribute('aria-hidden')).to.equal('true');
  });
});
