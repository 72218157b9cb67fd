import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { catalogs } from '../src/i18n/catalogs.js';
import type { Locale } from '../src/i18n/locale.js';
import { defineDateField } from '../src/elements/shared/date-field.js';

/**
 * `<client-date-field>`: every date the elements ask for (filter panel, client dialog, profile). Typed
 * in the provider's order — dd/mm/aaaa in Spanish and Portuguese, mm/dd/yyyy in English — whatever
 * the browser's language, with a button for the browser's calendar. A date that does not exist or is
 * out of range shows its error beside the field and keeps the typed text; the value is ISO.
 */
interface DateFieldArgs {
  locale: Locale;
  value: string;
  /** Text typed after rendering (then the field is left, as a user would). */
  typed: string;
  min: string;
  max: string;
}

defineDateField();

const meta: Meta<DateFieldArgs> = {
  title: 'Shared/client-date-field',
  component: 'client-date-field',
  tags: ['autodocs'],
  parameters: { actions: { handles: ['change'] } },
  args: { locale: 'en', value: '', typed: '', min: '', max: '' },
  argTypes: { locale: { control: 'inline-radio', options: ['en', 'es', 'pt-BR'] } },
  render: (args) => html`<div style="display: grid; gap: 4px; max-width: 16rem; font: 14px system-ui">
    <label for="story-date">${catalogs[args.locale].tabs.profile.fields.birthDate}</label>
    <client-date-field input-id="story-date" .locale=${args.locale} .strings=${catalogs[args.locale].dateField} .value=${args.value} min=${args.min} max=${args.max}></client-date-field>
  </div>`,
  play: async ({ canvasElement, args }) => {
    if (!args.typed) return;
    const field = canvasElement.querySelector('client-date-field')!;
    await field.updateComplete;
    const input = field.querySelector<HTMLInputElement>('input.date-field-text')!;
    input.value = args.typed;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  },
};
export default meta;

type Story = StoryObj<DateFieldArgs>;

export const English: Story = { args: { locale: 'en', value: '1990-07-03' } };
export const Spanish: Story = { args: { locale: 'es', value: '1990-07-03' } };
export const BrazilianPortuguese: Story = { name: 'Brazilian Portuguese', args: { locale: 'pt-BR', value: '' } };
export const DateThatDoesNotExist: Story = { name: 'Error: a date that does not exist', args: { locale: 'es', value: '1990-07-03', typed: '31/02/1990' } };
export const NotADate: Story = { name: 'Error: not a date', args: { locale: 'pt-BR', typed: 'ontem' } };
export const OutOfRange: Story = { name: 'Error: after the latest date', args: { locale: 'es', max: '2026-11-23', typed: '01/01/2030' } };
