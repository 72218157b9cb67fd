import { css, html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleProps } from '../shared/style-props.js';
import { isAdapterError } from '../../adapter/adapter-error.js';
import type { ClientDataAdapter } from '../../adapter/contract.js';
import { clientDisplayName } from '../../model/client.js';
import type { ClientSummary } from '../../model/client.js';
import { GroupInput } from '../../model/group.js';
import type { Group } from '../../model/group.js';
import type { BulkResult } from '../../model/page.js';
import { DebouncedSearchController } from '../../controllers/debounced-search.js';
import { ResourceController } from '../../controllers/resource-controller.js';
import { ClientelaElement } from '../clientela-element.js';
import { ConfirmDialogController, confirmDialogStyles } from '../shared/confirm-dialog.js';
import { errorMessage, renderState, stateStyles } from '../shared/state-view.js';
import { tokens } from '../shared/tokens.js';
import { controlStyles } from '../client-list/client-list.styles.js';
import { listStrings } from '../../i18n/groups/list.js';

/** `client-groups-change`: a group was created, changed or deleted, or its members changed. */
export interface ClientGroupsChangeDetail {
  kind: 'created' | 'updated' | 'deleted' | 'members';
  group: Group;
  /** For `members`: the clients added or removed. */
  added?: string[];
  removed?: string[];
}

declare global {
  interface HTMLElementEventMap {
    'client-groups-change': CustomEvent<ClientGroupsChangeDetail>;
  }
}

const MEMBERS_SHOWN = 20;
const DEFAULT_COLOR = '#2f5bd3';

interface Members {
  items: ClientSummary[];
  total: number;
}

/**
 * Group management: create, rename, recolor and delete groups, see member counts, list a group's
 * members, and add or remove clients — one by one (search), or the clients the host passes in
 * `clientIds` (for example the selection of a `<client-list>`, from its `client-select` event).
 *
 * Creating, renaming, recoloring and deleting need the `groups.manage` permission; adding and
 * removing members needs `clients.edit`. Without a `groups` namespace in the adapter the element
 * says groups are not available.
 *
 * @summary Client groups: create, rename, recolor, delete, members.
 * @tag client-groups
 *
 * @fires client-groups-change - A group was created, updated or deleted, or members were added or removed. Detail: `{ kind, group, added?, removed? }`.
 * @fires client-open - The user opened a member. Detail: `{ id, client }`.
 *
 * @cssprop --client-color-accent - Accent color (see the shared `--client-*` tokens).
 * @cssprop --client-radius - Corner radius.
 *
 * @csspart base - The container.
 * @csspart create-form - The form that creates a group.
 * @csspart group - One group (a list item).
 * @csspart swatch - A group's color.
 * @csspart members - A group's member panel.
 * @csspart notice - Messages after actions.
 * @csspart confirm-dialog - The delete confirmation (also confirm-title, confirm-message, confirm-cancel, confirm-accept).
 * @csspart state - Loading, empty and error states (also state-loading, state-empty, state-error, state-action, skeleton).
 */
export class ClientGroups extends ClientelaElement {
  static override strings = [listStrings];

  static override styles = [
    tokens,
    stateStyles,
    confirmDialogStyles,
    controlStyles,
    css`
      :host {
        display: block;
      }
      :host([hidden]) {
        display: none;
      }
      .base {
        display: grid;
        gap: calc(var(--_space) * 1.5);
        container-type: inline-size;
      }
      .create {
        display: flex;
        flex-wrap: wrap;
        align-items: end;
        gap: var(--_space);
        padding: calc(var(--_space) * 1.25);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_bg-subtle);
      }
      .create .field:first-child {
        flex: 1 1 12rem;
      }
      .create input[type='text'] {
        width: 100%;
      }
      .groups {
        display: grid;
        gap: var(--_space);
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .group {
        display: grid;
        gap: var(--_space);
        padding: var(--_space) calc(var(--_space) * 1.25);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_bg);
      }
      .group-main {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--_space);
      }
      .swatch {
        flex: none;
        width: 1.25rem;
        height: 1.25rem;
        border-radius: 50%;
        background: var(--_swatch, var(--_fg-muted));
        border: 1px solid var(--_border);
      }
      input.swatch-input {
        width: 2rem;
        height: 2rem;
        min-height: 0;
        padding: 0;
        border-radius: 50%;
        overflow: hidden;
        cursor: pointer;
      }
      input.swatch-input::-webkit-color-swatch-wrapper {
        padding: 0;
      }
      input.swatch-input::-webkit-color-swatch {
        border: 0;
        border-radius: 50%;
      }
      .group-name {
        flex: 1 1 10rem;
        min-width: 0;
        display: grid;
      }
      .group-name strong {
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
      }
      .group-name small {
        color: var(--_fg-muted);
      }
      .count {
        color: var(--_fg-muted);
        font-size: var(--_font-size-small);
        white-space: nowrap;
      }
      .group-actions {
        display: flex;
        flex-wrap: wrap;
        gap: 4px;
      }
      .rename {
        display: flex;
        flex-wrap: wrap;
        gap: 4px;
        flex: 1 1 14rem;
      }
      .rename input {
        flex: 1 1 8rem;
      }
      .members {
        display: grid;
        gap: var(--_space);
        padding-top: var(--_space);
        border-top: 1px solid var(--_border);
      }
      .members ul {
        margin: 0;
        padding: 0;
        list-style: none;
        display: grid;
        gap: 2px;
      }
      .members li {
        display: flex;
        align-items: center;
        justify-content: space-between;
        gap: var(--_space);
      }
      .add-member input {
        width: 100%;
      }
      .matches li button.link-button {
        text-align: start;
      }
      .readonly {
        margin: 0;
        color: var(--_fg-muted);
        font-size: var(--_font-size-small);
      }
    `,
  ];

  /** Clients to add to or remove from a group in one go (e.g. a list's selection). */
  @property({ attribute: false }) clientIds: readonly string[] = [];

  @state() private newName = '';
  @state() private newColor = DEFAULT_COLOR;
  @state() private nameError = '';
  @state() private renaming: string | undefined;
  @state() private renameValue = '';
  @state() private expanded: string | undefined;
  @state() private members: Members | undefined;
  @state() private membersError: unknown;
  @state() private memberMatches: ClientSummary[] = [];
  @state() private memberQuery = '';
  @state() private notice: { text: string; kind: 'info' | 'error' } | undefined;
  @state() private busy = false;

  private membersLoad: AbortController | undefined;

  private readonly groups = new ResourceController(this, {
    args: () => (this.adapter?.groups ? ([this.adapter] as const) : undefined),
    load: ([adapter], { signal }) => adapter.groups!.list({ signal }),
    keepPrevious: true,
  });

  private readonly confirm = new ConfirmDialogController(this);

  private readonly memberSearch = new DebouncedSearchController<ClientSummary[]>(this, {
    delay: 250,
    run: async (query, signal) => {
      const adapter = this.adapter;
      if (!adapter || !query.trim()) return [];
      return (await adapter.clients.list({ search: query, limit: 8 }, { signal })).items;
    },
    onResult: (items) => (this.memberMatches = items),
    onError: () => (this.memberMatches = []),
  });

  /** Resolves when the groups have loaded (or failed). */
  get ready(): Promise<void> {
    return this.updateComplete.then(() => this.groups.settled);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('adapter')) {
      this.expanded = undefined;
      this.members = undefined;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.membersLoad?.abort();
  }

  private get list(): Group[] {
    return this.groups.value ?? [];
  }

  private replaceGroup(group: Group): void {
    this.groups.set(this.list.map((existing) => (existing.id === group.id ? group : existing)));
  }

  private async reloadGroups(): Promise<void> {
    await this.groups.reload();
  }

  private failed(error: unknown): void {
    this.notice = { kind: 'error', text: errorMessage(error, this.localize.t) };
  }

  private readonly create = async (event: Event): Promise<void> => {
    event.preventDefault();
    const adapter = this.adapter;
    if (!adapter?.groups || this.busy) return;
    const t = this.localize.t;
    const parsed = GroupInput.safeParse({ name: this.newName, color: this.newColor });
    if (!parsed.success) {
      this.nameError = t.list.create.errors.other;
      return;
    }
    this.busy = true;
    try {
      const group = await adapter.groups.create(parsed.data);
      this.groups.set([...this.list, group].sort((a, b) => a.name.localeCompare(b.name)));
      this.newName = '';
      this.nameError = '';
      this.notice = { kind: 'info', text: t.list.groups.created(group.name) };
      this.emit('client-groups-change', { kind: 'created', group });
    } catch (error) {
      if (isAdapterError(error) && error.kind === 'validation') this.nameError = t.list.create.errors.other;
      this.failed(error);
    } finally {
      this.busy = false;
    }
  };

  private startRename(group: Group): void {
    this.renaming = group.id;
    this.renameValue = group.name;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('.rename input')?.focus());
  }

  private async saveRename(group: Group): Promise<void> {
    const adapter = this.adapter;
    const name = this.renameValue.trim();
    if (!adapter?.groups || !name) return;
    if (name === group.name) {
      this.renaming = undefined;
      return;
    }
    try {
      const saved = await adapter.groups.update(group.id, { name }, { expectedVersion: group.version });
      this.replaceGroup(saved);
      this.renaming = undefined;
      this.notice = { kind: 'info', text: this.localize.t.list.groups.renamed(saved.name) };
      this.emit('client-groups-change', { kind: 'updated', group: saved });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLButtonElement>(`[data-rename="${group.id}"]`)?.focus();
    } catch (error) {
      this.failed(error);
      if (isAdapterError(error) && error.kind === 'conflict') await this.reloadGroups();
    }
  }

  private async recolor(group: Group, color: string): Promise<void> {
    const adapter = this.adapter;
    if (!adapter?.groups || color === group.color) return;
    try {
      const saved = await adapter.groups.update(group.id, { color }, { expectedVersion: group.version });
      this.replaceGroup(saved);
      this.notice = { kind: 'info', text: this.localize.t.list.groups.recolored(saved.name) };
      this.emit('client-groups-change', { kind: 'updated', group: saved });
    } catch (error) {
      this.failed(error);
      await this.reloadGroups();
    }
  }

  private async deleteGroup(group: Group): Promise<void> {
    const adapter = this.adapter;
    if (!adapter?.groups) return;
    const t = this.localize.t;
    const confirmed = await this.confirm.ask({
      title: t.list.groups.deleteTitle(group.name),
      message: t.list.groups.deleteMessage,
      confirmLabel: t.list.groups.remove,
      cancelLabel: t.common.cancel,
      danger: true,
    });
    if (!confirmed) return;
    try {
      await adapter.groups.remove(group.id);
      this.groups.set(this.list.filter((existing) => existing.id !== group.id));
      if (this.expanded === group.id) this.expanded = undefined;
      this.notice = { kind: 'info', text: t.list.groups.deleted(group.name) };
      this.emit('client-groups-change', { kind: 'deleted', group });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('.create input')?.focus();
    } catch (error) {
      this.failed(error);
    }
  }

  private toggleMembers(group: Group): void {
    if (this.expanded === group.id) {
      this.expanded = undefined;
      this.membersLoad?.abort();
      return;
    }
    this.expanded = group.id;
    this.memberQuery = '';
    this.memberMatches = [];
    void this.loadMembers(group.id);
  }

  private async loadMembers(groupId: string): Promise<void> {
    const adapter = this.adapter;
    if (!adapter) return;
    this.membersLoad?.abort();
    const load = new AbortController();
    this.membersLoad = load;
    this.members = undefined;
    this.membersError = undefined;
    try {
      const page = await adapter.clients.list({ filter: { groupIds: [groupId] }, limit: MEMBERS_SHOWN }, { signal: load.signal });
      if (!load.signal.aborted) this.members = { items: page.items, total: page.total };
    } catch (error) {
      if (!load.signal.aborted) this.membersError = error;
    }
  }

  private async changeMembers(group: Group, ids: readonly string[], add: boolean): Promise<void> {
    const adapter = this.adapter;
    if (!adapter?.groups || !ids.length) return;
    const t = this.localize.t;
    this.busy = true;
    let result: BulkResult;
    try {
      result = add ? await adapter.groups.addMembers(group.id, [...ids]) : await adapter.groups.removeMembers(group.id, [...ids]);
    } catch (error) {
      this.failed(error);
      return;
    } finally {
      this.busy = false;
    }
    const count = this.localize.number(result.succeeded.length);
    const messages = [add ? t.list.groups.added(count, group.name) : t.list.groups.removedMembers(count, group.name)];
    if (result.failed.length) {
      messages.push(
        t.list.bulk.failed(
          add ? t.list.bulk.actions.addToGroup : t.list.bulk.actions.removeFromGroup,
          this.localize.number(result.failed.length),
          result.failed.map((failure) => failure.id).join(', '),
        ),
      );
    }
    this.notice = { kind: result.failed.length ? 'error' : 'info', text: messages.join(' ') };
    this.emit('client-groups-change', { kind: 'members', group, ...(add ? { added: result.succeeded } : { removed: result.succeeded }) });
    await this.reloadGroups();
    if (this.expanded === group.id) await this.loadMembers(group.id);
  }

  private renderMembers(group: Group) {
    const t = this.localize.t;
    const strings = t.list.groups;
    const canEdit = this.can('clients.edit');
    const members = this.members;
    const id = `members-${group.id}`;
    return html`<div class="members" part="members" id=${id}>
      ${this.membersError
        ? renderState({ kind: 'error', error: this.membersError, retry: () => void this.loadMembers(group.id) }, t)
        : !members
          ? renderState({ kind: 'loading', lines: 2 }, t)
          : members.items.length
            ? html`<ul aria-label=${strings.showMembers(group.name)}>
                  ${members.items.map((client) => {
                    const name = clientDisplayName(client);
                    return html`<li>
                      <button type="button" class="link-button" @click=${() => this.emit('client-open', { id: client.id, client })}>${name}</button>
                      ${canEdit
                        ? html`<button type="button" class="button small" ?disabled=${this.busy} aria-label=${strings.removeMember(name, group.name)} @click=${() => void this.changeMembers(group, [client.id], false)}>
                            ${strings.removeMemberShort}
                          </button>`
                        : nothing}
                    </li>`;
                  })}
                </ul>
                ${members.total > members.items.length
                  ? html`<p class="count">${strings.moreMembers(this.localize.number(members.items.length), this.localize.number(members.total))}</p>`
                  : nothing}`
            : html`<p class="count">${strings.noMembers}</p>`}
      ${canEdit
        ? html`<div class="field add-member">
            <label for="${id}-add">${strings.addClientTo(group.name)}</label>
            <input
              id="${id}-add"
              type="search"
              autocomplete="off"
              placeholder=${strings.addClientPlaceholder}
              .value=${this.memberQuery}
              @input=${(event: Event) => {
                this.memberQuery = (event.target as HTMLInputElement).value;
                this.memberSearch.set(this.memberQuery);
              }}
            />
            ${this.memberQuery.trim() && !this.memberSearch.pending
              ? this.memberMatches.length
                ? html`<ul class="matches">
                    ${this.memberMatches.map((client) => {
                      const name = clientDisplayName(client);
                      const member = client.groupIds.includes(group.id);
                      return html`<li>
                        <span>${name}${client.email ? html` <small class="count">${client.email}</small>` : nothing}</span>
                        <button type="button" class="button small" ?disabled=${member || this.busy} @click=${() => void this.changeMembers(group, [client.id], true)}>
                          ${t.common.add}<span class="visually-hidden">: ${name}</span>
                        </button>
                      </li>`;
                    })}
                  </ul>`
                : html`<p class="count" role="status">${strings.noMatches}</p>`
              : nothing}
          </div>`
        : nothing}
    </div>`;
  }

  private renderGroup(group: Group) {
    const t = this.localize.t;
    const strings = t.list.groups;
    const manage = this.can('groups.manage');
    const canEdit = this.can('clients.edit');
    const open = this.expanded === group.id;
    const selected = this.clientIds.length;
    return html`<li class="group" part="group" data-id=${group.id}>
      <div class="group-main">
        ${manage
          ? html`<input
              type="color"
              class="swatch-input"
              part="swatch"
              .value=${/^#[0-9a-f]{6}$/i.test(group.color) ? group.color : DEFAULT_COLOR}
              aria-label=${strings.colorLabel(group.name)}
              title=${strings.colorLabel(group.name)}
              @change=${(event: Event) => void this.recolor(group, (event.target as HTMLInputElement).value)}
            />`
          : html`<span class="swatch" part="swatch" style=${styleProps({ '--_swatch': group.color })}></span>`}
        ${this.renaming === group.id
          ? html`<form
              class="rename"
              @submit=${(event: Event) => {
                event.preventDefault();
                void this.saveRename(group);
              }}
              @keydown=${(event: KeyboardEvent) => {
                if (event.key === 'Escape') {
                  event.stopPropagation();
                  this.renaming = undefined;
                }
              }}
            >
              <input
                type="text"
                maxlength="80"
                aria-label=${strings.renameLabel(group.name)}
                .value=${this.renameValue}
                @input=${(event: Event) => (this.renameValue = (event.target as HTMLInputElement).value)}
              />
              <button type="submit" class="button small primary" ?disabled=${!this.renameValue.trim()}>${t.common.save}</button>
              <button type="button" class="button small" @click=${() => (this.renaming = undefined)}>${t.common.cancel}</button>
            </form>`
          : html`<span class="group-name">
              <strong>${group.name}</strong>
              ${group.description ? html`<small>${group.description}</small>` : nothing}
            </span>`}
        <span class="group-actions">
          <button
            type="button"
            class="button small members-toggle"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls="members-${group.id}"
            title=${open ? strings.hideMembers(group.name) : strings.showMembers(group.name)}
            @click=${() => this.toggleMembers(group)}
          >
            <span class="member-count">${this.localize.plural(group.memberCount, strings.members)}</span><span class="visually-hidden">: ${group.name}</span>
            <span class="chevron" aria-hidden="true">${open ? '▴' : '▾'}</span>
          </button>
          ${selected && canEdit
            ? html`<button type="button" class="button small" ?disabled=${this.busy} @click=${() => void this.changeMembers(group, this.clientIds, true)}>
                  ${this.localize.plural(selected, strings.addSelected)}
                </button>
                <button type="button" class="button small" ?disabled=${this.busy} @click=${() => void this.changeMembers(group, this.clientIds, false)}>
                  ${this.localize.plural(selected, strings.removeSelected)}
                </button>`
            : nothing}
          ${manage && this.renaming !== group.id
            ? html`<button type="button" class="button small" data-rename=${group.id} aria-label=${`${strings.rename}: ${group.name}`} @click=${() => this.startRename(group)}>
                  ${strings.rename}
                </button>
                <button type="button" class="button small danger" aria-label=${strings.removeLabel(group.name)} @click=${() => void this.deleteGroup(group)}>${strings.remove}</button>`
            : nothing}
        </span>
      </div>
      ${open ? this.renderMembers(group) : nothing}
    </li>`;
  }

  override render() {
    const t = this.localize.t;
    const strings = t.list.groups;
    const adapter: ClientDataAdapter | undefined = this.adapter;
    if (!adapter) return html`<div class="base" part="base">${renderState({ kind: 'empty', title: t.provider.noAdapter }, t)}</div>`;
    if (!adapter.groups) return html`<div class="base" part="base">${renderState({ kind: 'empty', title: strings.unsupported }, t)}</div>`;
    const manage = this.can('groups.manage');
    return html`<section class="base" part="base" aria-label=${strings.label}>
      ${manage
        ? html`<form class="create" part="create-form" @submit=${this.create}>
            <div class="field">
              <label for="new-group-name">${strings.newGroup}</label>
              <input
                id="new-group-name"
                type="text"
                maxlength="80"
                required
                aria-invalid=${this.nameError ? 'true' : 'false'}
                aria-describedby=${this.nameError ? 'new-group-error' : nothing}
                .value=${this.newName}
                @input=${(event: Event) => {
                  this.newName = (event.target as HTMLInputElement).value;
                  this.nameError = '';
                }}
              />
              ${this.nameError ? html`<p class="field-error" id="new-group-error">${this.nameError}</p>` : nothing}
            </div>
            <div class="field">
              <label for="new-group-color">${strings.color}</label>
              <input id="new-group-color" type="color" .value=${this.newColor} @input=${(event: Event) => (this.newColor = (event.target as HTMLInputElement).value)} />
            </div>
            <button type="submit" class="button primary" ?disabled=${this.busy || !this.newName.trim()}>${strings.create}</button>
          </form>`
        : html`<p class="readonly">${strings.notAllowed}</p>`}
      ${this.notice
        ? html`<div class="notice ${this.notice.kind}" part="notice" role=${this.notice.kind === 'error' ? 'alert' : 'status'}>
            <span>${this.notice.text}</span>
            <button type="button" class="icon-button" aria-label=${t.common.close} @click=${() => (this.notice = undefined)}><span aria-hidden="true">×</span></button>
          </div>`
        : nothing}
      ${this.groups.render({
        idle: () => renderState({ kind: 'loading', shape: 'rows', lines: 4 }, t),
        loading: () => renderState({ kind: 'loading', shape: 'rows', lines: 4 }, t),
        error: (error) => renderState({ kind: 'error', error, retry: () => void this.groups.reload() }, t),
        ready: (groups) =>
          groups.length
            ? html`<ul class="groups" aria-label=${strings.label}>
                ${groups.map((group) => this.renderGroup(group))}
              </ul>`
            : renderState({ kind: 'empty', title: strings.empty, message: strings.emptyMessage }, t),
      })}
      ${this.confirm.render()}
    </section>`;
  }
}
