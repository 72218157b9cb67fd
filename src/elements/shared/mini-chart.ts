/*
 * Small inline charts drawn as SVG: bars for a month series, a step line for a balance series.
 * The SVG is a picture (role="img", named by the title); the numbers are beside it as text, in a
 * visually hidden list, so a screen reader (or a copy) gets every value.
 */
import { css, html, svg } from 'lit';
import type { SVGTemplateResult, TemplateResult } from 'lit';
import { dateTimeFormat } from '../../i18n/format.js';

/** One value of a series: its label ("Mar 2026"), its size, and its value as text. */
export interface ChartPoint {
  label: string;
  value: number;
  text: string;
}

/** "YYYY-MM" of an instant in `timeZone`. */
export function monthKey(iso: string, timeZone: string): string {
  const parts = dateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit' }).formatToParts(new Date(iso));
  const part = (type: string) => parts.find((p) => p.type === type)?.value;
  return `${part('year')}-${part('month')}`;
}

/** The keys of the last `count` months up to the month of `now` in `timeZone`, oldest first. */
export function lastMonths(now: number, timeZone: string, count = 12): string[] {
  let [year, month] = monthKey(new Date(now).toISOString(), timeZone).split('-').map(Number) as [number, number];
  const keys: string[] = [];
  for (let i = 0; i < count; i++) {
    keys.unshift(`${year}-${String(month).padStart(2, '0')}`);
    if (--month === 0) [year, month] = [year - 1, 12];
  }
  return keys;
}

/** "Mar 2026" for "2026-03", in `locale`. */
export function monthLabel(key: string, locale: string): string {
  return dateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${key}-15T00:00:00Z`));
}

/** The sum of `value` over the items of each month of `months`. */
export function sumByMonth<T>(items: readonly T[], months: readonly string[], timeZone: string, at: (item: T) => string, value: (item: T) => number): number[] {
  const index = new Map(months.map((key, i) => [key, i]));
  const sums = months.map(() => 0);
  for (const item of items) {
    const i = index.get(monthKey(at(item), timeZone));
    if (i !== undefined) sums[i]! += value(item);
  }
  return sums;
}

const WIDTH = 240;
const HEIGHT = 48;

/** A vertical scale that always includes zero. */
function scale(points: readonly ChartPoint[]): (value: number) => number {
  const values = points.map((p) => p.value);
  const top = Math.max(0, ...values);
  const span = top - Math.min(0, ...values) || 1;
  return (value) => ((top - value) / span) * HEIGHT;
}

function renderChart(title: string, points: readonly ChartPoint[], shape: SVGTemplateResult): TemplateResult {
  return html`<figure class="mini-chart" part="chart">
    <figcaption>${title}</figcaption>
    <svg viewBox="0 0 ${WIDTH} ${HEIGHT}" preserveAspectRatio="none" role="img" aria-label=${title}>${shape}</svg>
    <dl class="visually-hidden">${points.map((p) => html`<div><dt>${p.label}</dt><dd>${p.text}</dd></div>`)}</dl>
  </figure>`;
}

/** One bar per point (a month), from zero up (or down, for a negative value). */
export function renderBarChart(title: string, points: readonly ChartPoint[]): TemplateResult {
  const y = scale(points);
  const slot = WIDTH / points.length;
  return renderChart(
    title,
    points,
    svg`${points.map((p, i) => {
      const top = Math.min(y(p.value), y(0));
      return svg`<rect class=${p.value < 0 ? 'negative' : ''} x=${i * slot + slot * 0.15} width=${slot * 0.7} y=${top} height=${Math.abs(y(p.value) - y(0))}></rect>`;
    })}<line x1="0" x2=${WIDTH} y1=${y(0)} y2=${y(0)}></line>`,
  );
}

/** A step line: each point's value holds until the next. */
export function renderStepChart(title: string, points: readonly ChartPoint[]): TemplateResult {
  const y = scale(points);
  const slot = WIDTH / points.length;
  const d = points.map((p, i) => `${i ? 'V' : 'M0 '}${y(p.value)}H${(i + 1) * slot}`).join('');
  return renderChart(title, points, svg`<line x1="0" x2=${WIDTH} y1=${y(0)} y2=${y(0)}></line><path d=${d}></path>`);
}

export const miniChartStyles = css`
  .mini-chart {
    margin: 0 0 calc(var(--_space) * 1.5);
  }
  .mini-chart figcaption {
    font-weight: 600;
    margin-bottom: calc(var(--_space) / 2);
  }
  .mini-chart svg {
    display: block;
    width: 100%;
    max-width: 24rem;
    height: 3rem;
  }
  .mini-chart rect {
    fill: var(--_accent);
  }
  .mini-chart rect.negative {
    fill: var(--_danger);
  }
  .mini-chart line {
    stroke: var(--_border);
  }
  .mini-chart path {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 2;
  }
  .mini-chart line,
  .mini-chart path {
    vector-effect: non-scaling-stroke;
  }
`;
