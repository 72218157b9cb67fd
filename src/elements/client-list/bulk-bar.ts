/*
 * The bulk bar, shown while clients are selected: how many, select all matching, and the actions the
 * user may take (assign or remove a group, move to trash, export; in the trash view restore and
 * delete permanently).
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Group } from '../../model/group.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { icons } from './row.js';
import type { ListView } from './row.js';
import type { ExportFormat } from '../../import-export/export.js';

export interface BulkBarContext {
  idPrefix: string;
  count: number;
  total: number;
  /** `false` while `total` is a lower bound: "all matching" waits for the exact count. */
  totalExact: boolean;
  allMatching: boolean;
  view: ListView;
  localize: LocalizeController;
  groups: readonly Group[];
  groupChoice: string;
  busy: boolean;
  can: { edit: boolean; trash: boolean; restore: boolean; purge: boolean; export: boolean };
  onGroupChoice: (id: string) => void;
  onAddToGroup: () => void;
  onRemoveFromGroup: () => void;
  onTrash: () => void;
  onRestore: () => void;
  onPurge: () => void;
  onExport: (format: ExportFormat) => void;
  onClear: () => void;
  onSelectAllMatching: () => void;
}

export function renderBulkBar(ctx: BulkBarContext): TemplateResult {
  const { localize } = ctx;
  const t = localize.t;
  const strings = t.list.bulk;
  const trash = ctx.view === 'trash';
  const groupActions = !trash && ctx.can.edit && ctx.groups.length > 0;
  const anyAction = trash ? ctx.can.restore || ctx.can.purge : groupActions || ctx.can.trash || ctx.can.export;
  return html`<section class="bulk-bar" part="bulk-bar" aria-label=${strings.label} aria-busy=${ctx.busy ? 'true' : 'false'}>
    <p class="bulk-count">
      <strong>${localize.plural(ctx.count, t.common.selected)}</strong>
      ${ctx.allMatching
        ? html`<span class="muted">${localize.plural(ctx.total, strings.allMatchingSelected)}</span>`
        : ctx.count < ctx.total && ctx.totalExact
          ? html`<button type="button" class="link-button" @click=${ctx.onSelectAllMatching}>${localize.plural(ctx.total, strings.selectAllMatching)}</button>`
          : nothing}
    </p>
    <div class="bulk-actions">
      ${groupActions
        ? html`<span class="bulk-group">
            <label class="visually-hidden" for="${ctx.idPrefix}-bulk-group">${strings.group}</label>
            <select id="${ctx.idPrefix}-bulk-group" @change=${(event: Event) => ctx.onGroupChoice((event.target as HTMLSelectElement).value)}>
              <option value="" ?selected=${!ctx.groupChoice}>${strings.chooseGroup}</option>
              ${ctx.groups.map((group) => html`<option value=${group.id} ?selected=${ctx.groupChoice === group.id}>${group.name}</option>`)}
            </select>
            <button type="button" class="button small" ?disabled=${ctx.busy || !ctx.groupChoice} @click=${ctx.onAddToGroup}>${strings.addToGroup}</button>
            <button type="button" class="button small" ?disabled=${ctx.busy || !ctx.groupChoice} @click=${ctx.onRemoveFromGroup}>${strings.removeFromGroup}</button>
          </span>`
        : nothing}
      ${!trash && ctx.can.export
        ? html`<button type="button" class="button small" part="bulk-action" ?disabled=${ctx.busy} @click=${() => ctx.onExport('csv')}>${strings.exportCsv}</button>
            <button type="button" class="button small" part="bulk-action" ?disabled=${ctx.busy} @click=${() => ctx.onExport('xlsx')}>${strings.exportXlsx}</button>`
        : nothing}
      ${!trash && ctx.can.trash
        ? html`<button type="button" class="button small danger" part="bulk-action" ?disabled=${ctx.busy} @click=${ctx.onTrash}>${icons.trash} ${strings.trash}</button>`
        : nothing}
      ${trash && ctx.can.restore
        ? html`<button type="button" class="button small" part="bulk-action" ?disabled=${ctx.busy} @click=${ctx.onRestore}>${icons.restore} ${strings.restore}</button>`
        : nothing}
      ${trash && ctx.can.purge
        ? html`<button type="button" class="button small danger" part="bulk-action" ?disabled=${ctx.busy} @click=${ctx.onPurge}>${icons.purge} ${strings.purge}</button>`
        : nothing}
      ${anyAction ? nothing : html`<span class="muted">${strings.noActions}</span>`}
      ${ctx.busy ? html`<span class="muted" role="status">${strings.working}</span>` : nothing}
      <button type="button" class="link-button" @click=${ctx.onClear}>${strings.clear}</button>
    </div>
  </section>`;
}
