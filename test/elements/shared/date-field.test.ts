import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { en, es, ptBR } from '../../../src/i18n/catalogs.js';
import type { ClientDateField } from '../../../src/elements/shared/date-field.js';
import { defineDateField } from '../../../src/elements/shared/date-field.js';
import { datePattern, formatIsoDate, parseTypedDate, patternText } from '../../../src/elements/shared/date-pattern.js';

defineDateField();

async function mount(locale: string, strings: typeof en.dateField, value = '', extra: { min?: string; max?: string } = {}) {
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <label for="birth">Birth date</label>
    <client-date-field input-id="birth" .locale=${locale} .strings=${strings} .value=${value} min=${extra.min ?? ''} max=${extra.max ?? ''}></client-date-field>
  </div>`);
  const field = wrapper.querySelector('client-date-field')!;
  await field.updateComplete;
  const input = field.querySelector<HTMLInputElement>('input.date-field-text')!;
  return { wrapper, field, input };
}

/** Types like a user (real key presses into the focused text input), then leaves the field. */
async function typeDate(field: ClientDateField, input: HTMLInputElement, text: string) {
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  await sendKeys({ type: text });
  await sendKeys({ press: 'Tab' });
  await field.updateComplete;
}

describe('date field', () => {
  describe('patterns', () => {
    it('follows the locale’s order: es and pt-BR day first, en month first', () => {
      expect(patternText(datePattern('es'), es.dateField)).to.equal('dd/mm/aaaa');
      expect(patternText(datePattern('pt-BR'), ptBR.dateField)).to.equal('dd/mm/aaaa');
      expect(patternText(datePattern('en'), en.dateField)).to.equal('mm/dd/yyyy');
      expect(formatIsoDate('2000-11-22', datePattern('es'))).to.equal('22/11/2000');
      expect(formatIsoDate('2000-11-22', datePattern('en'))).to.equal('11/22/2000');
    });

    it('parses what people type, and refuses what is not a date', () => {
      const es_ = datePattern('es');
      const en_ = datePattern('en');
      expect(parseTypedDate('3/7/1990', es_)).to.deep.equal({ ok: true, iso: '1990-07-03' });
      expect(parseTypedDate('03-07-1990', es_)).to.deep.equal({ ok: true, iso: '1990-07-03' });
      expect(parseTypedDate('03071990', es_)).to.deep.equal({ ok: true, iso: '1990-07-03' });
      expect(parseTypedDate('3/7/1990', en_)).to.deep.equal({ ok: true, iso: '1990-03-07' });
      expect(parseTypedDate('1990-07-03', en_)).to.deep.equal({ ok: true, iso: '1990-07-03' });
      expect(parseTypedDate('29/02/2024', es_)).to.deep.equal({ ok: true, iso: '2024-02-29' });
      expect(parseTypedDate('29/02/2023', es_)).to.deep.equal({ ok: false, reason: 'date' });
      expect(parseTypedDate('13/13/2020', es_)).to.deep.equal({ ok: false, reason: 'date' });
      expect(parseTypedDate('3/7/90', es_)).to.deep.equal({ ok: false, reason: 'format' });
      expect(parseTypedDate('ayer', es_)).to.deep.equal({ ok: false, reason: 'format' });
    });
  });

  it('is accessible: the host’s label names the text input, the pattern is its placeholder and hint', async () => {
    const { wrapper, input, field } = await mount('es', es.dateField, '2000-11-22');
    await expect(wrapper).to.be.accessible();
    expect(input.labels?.[0]?.textContent).to.equal('Birth date');
    expect(input.value).to.equal('22/11/2000');
    expect(input.placeholder).to.equal('dd/mm/aaaa');
    const hint = field.querySelector(`#${input.getAttribute('aria-describedby')!.split(' ')[0]}`);
    expect(hint?.textContent).to.equal('Formato: dd/mm/aaaa');
    const picker = field.querySelector<HTMLButtonElement>('button.date-field-picker')!;
    expect(picker.getAttribute('aria-label')).to.equal('Elegir una fecha');
  });

  it('takes a date typed in Spanish order and fires change with the ISO value', async () => {
    const { field, input } = await mount('es', es.dateField);
    const changes: string[] = [];
    field.addEventListener('change', () => changes.push(field.value));
    await typeDate(field, input, '3/7/1990');
    expect(changes).to.deep.equal(['1990-07-03']);
    expect(field.value).to.equal('1990-07-03');
    expect(input.value).to.equal('03/07/1990');
    expect(input.getAttribute('aria-invalid')).to.equal('false');
  });

  it('takes a date typed in Portuguese order, and in English order in English', async () => {
    const pt = await mount('pt-BR', ptBR.dateField);
    await typeDate(pt.field, pt.input, '25/12/2025');
    expect(pt.field.value).to.equal('2025-12-25');
    const english = await mount('en', en.dateField);
    await typeDate(english.field, english.input, '12/25/2025');
    expect(english.field.value).to.equal('2025-12-25');
  });

  it('shows a clear error for a date that does not exist, keeps the typed text and the old value', async () => {
    const { field, input } = await mount('es', es.dateField, '1990-07-03');
    let changes = 0;
    field.addEventListener('change', () => changes++);
    await typeDate(field, input, '31/02/1990');
    expect(field.querySelector('.date-field-error')?.textContent).to.equal('Esa fecha no existe.');
    expect(input.value).to.equal('31/02/1990');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.contain('birth-error');
    expect(input.validationMessage).to.equal('Esa fecha no existe.');
    expect(field.value).to.equal('1990-07-03');
    expect(changes).to.equal(0);
    await expect(field.parentElement!).to.be.accessible();
  });

  it('names the pattern when the text is not a date, and the limit when out of range', async () => {
    const { field, input } = await mount('pt-BR', ptBR.dateField, '', { max: '2026-11-23' });
    await typeDate(field, input, 'ontem');
    expect(field.querySelector('.date-field-error')?.textContent).to.equal('Digite a data como dd/mm/aaaa.');
    await typeDate(field, input, '01/01/2030');
    expect(field.querySelector('.date-field-error')?.textContent).to.equal('Digite 23/11/2026 ou uma data anterior.');
    expect(field.value).to.equal('');
    await typeDate(field, input, '01/01/2020');
    expect(field.querySelector('.date-field-error')).to.equal(null);
    expect(field.value).to.equal('2020-01-01');
  });

  it('clears to empty, and follows a value set by its host', async () => {
    const { field, input } = await mount('es', es.dateField, '1990-07-03');
    const changes: string[] = [];
    field.addEventListener('change', () => changes.push(field.value));
    input.focus();
    input.select();
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Tab' });
    await field.updateComplete;
    expect(changes).to.deep.equal(['']);
    field.value = '2001-09-11';
    await field.updateComplete;
    expect(input.value).to.equal('11/09/2001');
  });

  it('a date chosen in the browser’s calendar fills the text in the locale’s order', async () => {
    const { field, input } = await mount('es', es.dateField);
    const native = field.querySelector<HTMLInputElement>('input.date-field-native')!;
    expect(native.type).to.equal('date');
    expect(native.tabIndex).to.equal(-1);
    native.value = '2024-05-06';
    native.dispatchEvent(new Event('change', { bubbles: true }));
    await field.updateComplete;
    expect(field.value).to.equal('2024-05-06');
    expect(input.value).to.equal('06/05/2024');
  });
});
