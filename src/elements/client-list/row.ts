/*
 * One row of the list (a card in a narrow container: same markup, other CSS), and the header row.
 * Everything from the data is rendered as text. Row controls carry `data-action`; the list handles
 * them with one delegated listener, so rendering a row creates no closures.
 */
import { html, nothing, svg } from 'lit';
import type { TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { clientDisplayName } from '../../model/client.js';
import type { ClientSummary } from '../../model/client.js';
import type { Group, Tag } from '../../model/group.js';
import type { ClientSort, ClientSortField } from '../../model/query.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import type { Translation } from '../../i18n/translation.js';
import { renderAvatar } from '../shared/avatar.js';
import { renderChip } from '../shared/chip.js';
import { highlightPhone, highlightText } from './highlight.js';

export type ListView = 'active' | 'trash';

/** What a row needs to render, computed once per render of the list. */
export interface RowContext {
  localize: LocalizeController;
  /** The catalog (`localize.t`, which assembles it on every read). */
  t: Translation;
  /** What formatted texts depend on besides the client: tag, time zone, view, minute. */
  textsKey: string;
  terms: readonly string[];
  view: ListView;
  activeIndex: number;
  isSelected: (id: string) => boolean;
  groups: ReadonlyMap<string, Group>;
  tags: ReadonlyMap<string, Tag>;
  origins: ReadonlyMap<string, string>;
  can: { edit: boolean; trash: boolean; restore: boolean; purge: boolean };
  now: number;
}

const icon = (path: TemplateResult<2>) =>
  html`<svg class="icon" viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">${path}</svg>`;

export const icons = {
  view: icon(svg`<path d="M1.5 10s3-6 8.5-6 8.5 6 8.5 6-3 6-8.5 6-8.5-6-8.5-6z" fill="none" stroke="currentColor" stroke-width="1.6"/><circle cx="10" cy="10" r="2.6" fill="none" stroke="currentColor" stroke-width="1.6"/>`),
  edit: icon(svg`<path d="M13.5 3.5l3 3L7 16H4v-3z" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round"/>`),
  trash: icon(svg`<path d="M3.5 5.5h13M8 5.5V3.5h4v2M5.5 5.5l1 11h7l1-11" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round"/>`),
  restore: icon(svg`<path d="M4 8h8.5a4 4 0 010 8H8M4 8l3.5-3.5M4 8l3.5 3.5" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"/>`),
  purge: icon(svg`<path d="M3.5 5.5h13M8 5.5V3.5h4v2M5.5 5.5l1 11h7l1-11M8.5 9l3 4.5M11.5 9l-3 4.5" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round"/>`),
  alert: icon(svg`<path d="M10 2.5l8 14H2z" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round"/><path d="M10 8v4M10 14.2v.3" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"/>`),
  allergy: icon(svg`<circle cx="10" cy="10" r="7.5" fill="none" stroke="currentColor" stroke-width="1.6"/><path d="M10 5.5v5.5M10 13.8v.4" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"/>`),
  blocked: icon(svg`<circle cx="10" cy="10" r="7.5" fill="none" stroke="currentColor" stroke-width="1.6"/><path d="M4.8 15.2L15.2 4.8" stroke="currentColor" stroke-width="1.6"/>`),
  sort: icon(svg`<path d="M6 8l4-4 4 4M6 12l4 4 4-4" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"/>`),
  sortAsc: icon(svg`<path d="M6 9l4-4 4 4M10 5v11" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"/>`),
  sortDesc: icon(svg`<path d="M6 11l4 4 4-4M10 15V4" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"/>`),
  filter: icon(svg`<path d="M3 4.5h14l-5.5 6.5v5l-3-1.5v-3.5z" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round"/>`),
  plus: icon(svg`<path d="M10 4v12M4 10h12" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"/>`),
  search: icon(svg`<circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" stroke-width="1.6"/><path d="M12.7 12.7L17 17" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"/>`),
};

const MAX_CHIPS = 2;

function chipsOf(client: ClientSummary, ctx: RowContext) {
  const chips: { label: string; color: string | null; title?: string }[] = [];
  for (const id of client.groupIds) {
    const group = ctx.groups.get(id);
    if (group) chips.push({ label: group.name, color: group.color, ...(group.description ? { title: group.description } : {}) });
  }
  for (const id of client.tagIds) {
    const tag = ctx.tags.get(id);
    if (tag) chips.push({ label: tag.name, color: tag.color });
  }
  if (!chips.length) return nothing;
  const shown = chips.slice(0, MAX_CHIPS);
  const rest = chips.slice(MAX_CHIPS);
  return html`<span class="row-chips">${shown.map((chip) => renderChip(chip))}${rest.length
    ? renderChip({ label: `+${rest.length}`, title: rest.map((chip) => chip.label).join(', '), variant: 'chip-more' })
    : nothing}</span>`;
}

function statusCell(client: ClientSummary, ctx: RowContext) {
  const t = ctx.t;
  const { stats } = client;
  const origin = client.origin ? ctx.origins.get(client.origin) : undefined;
  return html`<span class="status status-${client.status}" part="status">${t.enums.clientStatus[client.status]}</span>
    ${client.bookingBlacklisted || stats.activeAlertCount || stats.activeAllergyCount
      ? html`<span class="flags">
          ${client.bookingBlacklisted ? html`<span class="flag flag-blocked" title=${t.list.row.blacklisted}>${icons.blocked}<span class="visually-hidden">${t.list.row.blacklisted}</span></span>` : nothing}
          ${stats.activeAlertCount
            ? html`<span class="flag flag-alert" title=${ctx.localize.plural(stats.activeAlertCount, t.list.row.alerts)}>${icons.alert}<span class="visually-hidden">${ctx.localize.plural(stats.activeAlertCount, t.list.row.alerts)}</span></span>`
            : nothing}
          ${stats.activeAllergyCount
            ? html`<span class="flag flag-allergy" title=${ctx.localize.plural(stats.activeAllergyCount, t.list.row.allergies)}>${icons.allergy}<span class="visually-hidden">${ctx.localize.plural(stats.activeAllergyCount, t.list.row.allergies)}</span></span>`
            : nothing}
        </span>`
      : nothing}
    ${origin ? html`<span class="origin" title=${t.list.row.origin(origin)}>${origin}</span>` : nothing}`;
}

function actionButton(
  actionFor: (action: string, name: string) => string,
  action: string,
  label: string,
  name: string,
  iconTemplate: TemplateResult,
  tab: number,
  danger = false,
) {
  return html`<button type="button" class="icon-button ${danger ? 'danger' : ''}" part="row-action" data-action=${action} tabindex=${tab}
    aria-label=${actionFor(label, name)} title=${label}>${iconTemplate}</button>`;
}

/** A row whose page has not arrived: a placeholder of the same height. */
export function renderPlaceholderRow(index: number, ctx: RowContext): TemplateResult {
  return html`<div role="row" class="row placeholder" part="row row-placeholder" aria-rowindex=${index + 2} data-index=${index} aria-busy="true">
    <div role="gridcell" class="cell cell-placeholder">
      <span class="visually-hidden">${ctx.t.list.row.loading}</span>
      <span class="skeleton skeleton-avatar"></span>
      <span class="skeleton skeleton-line"></span>
      <span class="skeleton skeleton-line short"></span>
    </div>
  </div>`;
}

/**
 * A row whose page failed to load: no skeleton (nothing is on its way). The first one in view says
 * so, with a retry button (`data-action="retry-pages"`), in place of the placeholders.
 */
export function renderFailedRow(index: number, ctx: RowContext, withError: boolean): TemplateResult {
  const t = ctx.t;
  return html`<div role="row" class="row placeholder failed" part="row row-failed" aria-rowindex=${index + 2} data-index=${index}>
    <div role="gridcell" class="cell cell-placeholder">
      ${withError
        ? html`<span class="row-error" role="alert">${t.list.empty.pageFailed}</span>
            <button type="button" class="button small" data-action="retry-pages">${t.common.retry}</button>`
        : html`<span class="visually-hidden">${t.list.empty.pageFailed}</span>`}
    </div>
  </div>`;
}

/** The formatted texts of a row, computed once per client object, catalog, locale, view and minute. */
interface RowTexts {
  name: string;
  sales: string;
  stamp: string;
  absolute: string;
  short: string;
  rating: string | null;
  reviews: string;
}

const textCache = new WeakMap<ClientSummary, { key: string; t: Translation; texts: RowTexts }>();
/**
 * The same texts by what they are made of, for a client fetched again (a page dropped and loaded
 * anew, a refresh): new objects with the same values skip the Intl formatting. Per catalog (the
 * host's string overrides make another), bounded: the oldest go first.
 */
const textsByContent = new WeakMap<Translation, Map<string, RowTexts>>();
const TEXTS_BY_CONTENT_LIMIT = 2000;

function textsOf(client: ClientSummary, ctx: RowContext): RowTexts {
  const { localize, t, textsKey: key } = ctx;
  const cached = textCache.get(client);
  if (cached?.key === key && cached.t === t) return cached.texts;
  const { stats } = client;
  const trash = ctx.view === 'trash';
  const stamp = trash ? (client.trashedAt ?? client.updatedAt) : client.updatedAt;
  const name = clientDisplayName(client);
  const contentKey = `${key}|${name}|${stamp}|${stats.totalSales.amountMinor} ${stats.totalSales.currency}|${stats.reviewCount}|${stats.averageRating}`;
  let byContent = textsByContent.get(t);
  if (!byContent) textsByContent.set(t, (byContent = new Map()));
  let texts = byContent.get(contentKey);
  if (!texts) {
    texts = {
      name,
      sales: localize.money(stats.totalSales),
      stamp,
      absolute: localize.dateTime(stamp),
      short: trash ? t.list.row.deletedOn(localize.date(stamp)) : localize.relativeTime(stamp, ctx.now),
      rating: stats.reviewCount ? t.list.row.rating(localize.number(stats.averageRating ?? 0, { minimumFractionDigits: 1, maximumFractionDigits: 1 })) : null,
      reviews: stats.reviewCount ? localize.plural(stats.reviewCount, t.list.row.reviewCount) : t.list.row.noReviews,
    };
    if (byContent.size >= TEXTS_BY_CONTENT_LIMIT) byContent.delete(byContent.keys().next().value!);
    byContent.set(contentKey, texts);
  }
  textCache.set(client, { key, t, texts });
  return texts;
}

export function renderRow(client: ClientSummary | null, index: number, ctx: RowContext): TemplateResult {
  if (!client) return renderPlaceholderRow(index, ctx);
  const { localize, terms, t } = ctx;
  const texts = textsOf(client, ctx);
  const name = texts.name;
  const active = index === ctx.activeIndex;
  const tab = active ? 0 : -1;
  const selected = ctx.isSelected(client.id);
  const trash = ctx.view === 'trash';
  const { stamp, absolute } = texts;
  return html`<div
    role="row"
    class="row ${selected ? 'selected' : ''} ${active ? 'active' : ''}"
    part="row${selected ? ' row-selected' : ''}"
    aria-rowindex=${index + 2}
    aria-selected=${selected ? 'true' : 'false'}
    data-index=${index}
    data-id=${client.id}
    tabindex=${tab}
  >
    <div role="gridcell" class="cell cell-select">
      <input type="checkbox" data-action="select" .checked=${live(selected)} tabindex=${tab} aria-label=${t.list.row.select(name)} />
    </div>
    <div role="gridcell" class="cell cell-client">
      ${renderAvatar({ id: client.id, name, url: client.avatarUrl, size: 36 })}
      <span class="client-text">
        <button type="button" class="name" part="name" data-action="open" tabindex=${tab} title=${name}>${highlightText(name, terms)}</button>
        ${chipsOf(client, ctx)}
      </span>
    </div>
    <div role="gridcell" class="cell cell-contact">
      ${client.phone || client.email
        ? html`${client.phone ? html`<span class="phone">${highlightPhone(client.phone, terms)}</span>` : nothing}
          ${client.email ? html`<span class="email" title=${client.email}>${highlightText(client.email, terms)}</span>` : nothing}`
        : html`<span class="muted">${t.list.row.noContact}</span>`}
    </div>
    <div role="gridcell" class="cell cell-reviews">
      ${texts.rating ? html`<span class="rating">${texts.rating}</span>` : nothing}<span class="muted">${texts.reviews}</span>
    </div>
    <div role="gridcell" class="cell cell-sales">${texts.sales}</div>
    <div role="gridcell" class="cell cell-updated">
      <time datetime=${stamp} title=${absolute} tabindex=${tab}
        ><span class="time-short">${texts.short}</span
        ><span class="time-full" aria-hidden="true">${absolute}</span><span class="visually-hidden"> (${absolute})</span></time
      >
    </div>
    <div role="gridcell" class="cell cell-status">${statusCell(client, ctx)}</div>
    <div role="gridcell" class="cell cell-actions">
      ${trash
        ? html`${ctx.can.restore ? actionButton(t.list.row.actionFor, 'restore', t.list.row.restore, name, icons.restore, tab) : nothing}
          ${ctx.can.purge ? actionButton(t.list.row.actionFor, 'purge', t.list.row.purge, name, icons.purge, tab, true) : nothing}`
        : html`${actionButton(t.list.row.actionFor, 'open', t.list.row.view, name, icons.view, tab)}
          ${ctx.can.edit ? actionButton(t.list.row.actionFor, 'edit', t.list.row.edit, name, icons.edit, tab) : nothing}
          ${ctx.can.trash ? actionButton(t.list.row.actionFor, 'trash', t.list.row.trash, name, icons.trash, tab, true) : nothing}`}
    </div>
  </div>`;
}

/** Header cells: label, and the sort field when the column sorts. */
export interface ColumnSpec {
  key: string;
  label: string;
  sort?: ClientSortField;
}

export function columnsFor(view: ListView, localize: LocalizeController): ColumnSpec[] {
  const columns = localize.t.list.columns;
  return [
    { key: 'client', label: columns.client, sort: 'name' },
    { key: 'contact', label: columns.contact },
    { key: 'reviews', label: columns.reviews, sort: 'averageRating' },
    { key: 'sales', label: columns.sales, sort: 'totalSales' },
    view === 'trash' ? { key: 'updated', label: columns.deleted, sort: 'trashedAt' } : { key: 'updated', label: columns.updated, sort: 'updatedAt' },
    { key: 'status', label: columns.status },
    { key: 'actions', label: columns.actions },
  ];
}

export function renderHeaderRow(options: {
  columns: ColumnSpec[];
  sort: ClientSort;
  localize: LocalizeController;
  allVisibleSelected: boolean;
  someVisibleSelected: boolean;
}): TemplateResult {
  const t = options.localize.t;
  return html`<div role="row" class="row header" part="header-row" aria-rowindex="1">
    <div role="columnheader" class="cell cell-select">
      <label class="select-all">
        <input
          type="checkbox"
          data-action="select-visible"
          .checked=${live(options.allVisibleSelected)}
          .indeterminate=${options.someVisibleSelected && !options.allVisibleSelected}
          aria-label=${t.list.selectVisible}
        /><span class="select-all-label">${t.list.selectVisible}</span>
      </label>
    </div>
    ${options.columns.map((column) => {
      if (!column.sort) return html`<div role="columnheader" class="cell cell-${column.key}">${column.label}</div>`;
      const current = options.sort.field === column.sort ? options.sort.direction : undefined;
      return html`<div
        role="columnheader"
        class="cell cell-${column.key}"
        aria-sort=${current === 'asc' ? 'ascending' : current === 'desc' ? 'descending' : 'none'}
      >
        <button type="button" class="sort-button" part="sort-button" data-sort=${column.sort} title=${t.list.sortByColumn(column.label)}>
          ${column.label}${current === 'asc' ? icons.sortAsc : current === 'desc' ? icons.sortDesc : icons.sort}
        </button>
      </div>`;
    })}
  </div>`;
}
