/*
 * The date field where clients' dates are entered: the create dialog's and the profile's birth date,
 * typed in Spanish order, reach the adapter as ISO dates; a date that does not exist is refused
 * with a clear error and nothing is saved.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/client-profile.js';
import '../../../src/define/client-provider.js';
import type { ClientProfile } from '../../../src/elements/client-profile/client-profile.js';
import { $, click, memory, mountList, until } from '../client-list/helpers.js';

async function typeInto(input: HTMLInputElement, text: string) {
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  await sendKeys({ type: text });
  await sendKeys({ press: 'Tab' });
}

describe('date field in forms', () => {
  it('creates a client with the birth date typed as dd/mm/aaaa (es)', async () => {
    const adapter = memory();
    const list = await mountList(adapter, { locale: 'es' });
    click($(list, '[part~="create-button"]'));
    const dialog = await until(() => $<HTMLDialogElement>(list, 'dialog[part~="client-dialog"]'), 'no dialog');
    await until(() => dialog.open, 'the dialog never opened');
    const firstName = await until(() => dialog.querySelector<HTMLInputElement>('input[name="firstName"]'), 'no first name');
    await typeInto(firstName, 'Zoraida');
    const birth = dialog.querySelector<HTMLInputElement>('client-date-field input.date-field-text')!;
    expect(birth.placeholder).to.equal('dd/mm/aaaa');
    expect(birth.labels?.[0]?.textContent?.trim()).to.equal('Fecha de nacimiento');
    await typeInto(birth, '31/02/1990');
    await waitUntil(() => dialog.textContent!.includes('Esa fecha no existe.'), 'no error for 31/02');
    // Submitting now saves nothing: the field with the error takes the focus.
    let createdEarly = false;
    list.addEventListener('client-created', () => (createdEarly = true), { once: true });
    dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(createdEarly).to.equal(false);
    expect(dialog.open).to.equal(true);
    expect(list.shadowRoot!.activeElement).to.equal(birth);
    await typeInto(birth, '5/2/1990');
    expect(birth.value).to.equal('05/02/1990');
    const created = oneEvent(list, 'client-created');
    dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    const { detail } = await created;
    const stored = await adapter.clients.get(detail.client.id);
    expect(stored.birthDate).to.equal('1990-02-05');
  });

  it('saves the profile’s birth date typed in Portuguese order, and refuses one that does not exist', async () => {
    const adapter = memory();
    const { items } = await adapter.clients.list({ limit: 1 });
    const client = items[0]!;
    const wrapper = await fixture<HTMLElement>(html`<client-provider .adapter=${adapter} locale="pt-BR">
      <client-profile client-id=${client.id}></client-profile>
    </client-provider>`);
    const profile = wrapper.querySelector<ClientProfile>('client-profile')!;
    await until(() => profile.shadowRoot?.querySelector('.sections'), 'the profile never rendered');
    profile.edit();
    const birth = await until(() => profile.shadowRoot!.querySelector<HTMLInputElement>('client-date-field[name="birthDate"] input.date-field-text'), 'no birth date field');
    expect(birth.placeholder).to.equal('dd/mm/aaaa');
    await typeInto(birth, '30/02/1985');
    await waitUntil(() => profile.shadowRoot!.textContent!.includes('Essa data não existe.'), 'no error');
    await typeInto(birth, '24/12/1985');
    const updated = oneEvent(profile, 'client-updated');
    profile.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await updated;
    expect((await adapter.clients.get(client.id)).birthDate).to.equal('1985-12-24');
  });
});
