import { $$, textOf } from './helpers.js';

/** The [month, value] pairs of the first chart's text alternative. */
export const chartValues = (element: Element) => $$(element, '.mini-chart dl > div').map((row) => [textOf(row.querySelector('dt')), textOf(row.querySelector('dd'))]);

/** "Jan 2026"… for the last 12 months up to now, oldest first, in `timeZone` (computed independently of the element). */
export function expectedMonths(timeZone: string): string[] {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric' }).formatToParts(new Date());
  const year = Number(parts.find((p) => p.type === 'year')!.value);
  const month = Number(parts.find((p) => p.type === 'month')!.value);
  const label = new Intl.DateTimeFormat('en', { month: 'short', year: 'numeric', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, i) => label.format(new Date(Date.UTC(year, month - 1 - (11 - i), 15))));
}
