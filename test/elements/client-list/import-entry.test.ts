import { expect } from '@open-wc/testing';
import type { ClientImport } from '../../../src/elements/client-import/client-import.js';
import { READ_ONLY_PERMISSIONS } from '../../../src/model/session.js';
import { click, memory, mountList, until } from './helpers.js';

describe('<client-list> import entry', () => {
  it('opens the import wizard from the toolbar, loading it on first use', async () => {
    const list = await mountList(memory());
    const button = await until(() => list.shadowRoot!.querySelector<HTMLButtonElement>('[part="import-button"]'), 'import button');
    const requests: Event[] = [];
    list.addEventListener('client-import-request', (event) => requests.push(event));
    click(button);
    const wizard = await until(() => list.shadowRoot!.querySelector<ClientImport>('client-import'), 'wizard');
    await until(() => wizard.open, 'wizard opened');
    expect(requests).to.have.length(1);
    expect(customElements.get('client-import')).to.not.equal(undefined);
  });

  it('lets the host open its own importer instead', async () => {
    const list = await mountList(memory());
    const button = await until(() => list.shadowRoot!.querySelector<HTMLButtonElement>('[part="import-button"]'), 'import button');
    list.addEventListener('client-import-request', (event) => event.preventDefault());
    click(button);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(list.shadowRoot!.querySelector('client-import')).to.equal(null);
  });

  it('has no import button without the import permission', async () => {
    const list = await mountList(memory(), { permissions: READ_ONLY_PERMISSIONS });
    await until(() => list.shadowRoot!.querySelector('[part="total"]')?.textContent?.trim(), 'list loaded');
    expect(list.shadowRoot!.querySelector('[part="import-button"]')).to.equal(null);
  });
});
