import { html, nothing } from 'lit';
import { fileStrings } from '../../i18n/groups/file.js';
import { tabStrings } from '../../i18n/groups/tabs.js';
import type { StringsSource } from '../../i18n/strings.js';
import type { PropertyValues, TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { isAbortError, isAdapterError } from '../../adapter/adapter-error.js';
import { ResourceController } from '../../controllers/resource-controller.js';
import { CLIENT_STATUSES, Client, GENDERS, PHONE_TYPES, clientDisplayName } from '../../model/client.js';
import type { ClientSummary } from '../../model/client.js';
import type { Catalog, CustomFieldDefinition } from '../../model/catalog.js';
import type { Group, Tag } from '../../model/group.js';
import { ClientTabElement } from '../client-file/client-tab.js';
import type { ClientDirtyChangeDetail, ClientUpdatedDetail } from '../client-file/events.js';
import { abortable, catalogOf } from '../client-file/lookups.js';
import { errorMessage, isNotFound, renderState, stateStyles } from '../shared/state-view.js';
import { tokens } from '../shared/tokens.js';
import { profileStyles } from './client-profile.styles.js';
import {
  changedFields,
  draftFromClient,
  editableOf,
  emptyPhone,
  patchBetween,
  problemOf,
  rebaseDraft,
  validateDraft,
} from './profile-draft.js';
import type { DraftField, FieldProblem, PhoneDraft, ProfileDraft } from './profile-draft.js';
import { focusInvalidDateField, renderDateField } from '../shared/date-field.js';
import { nationalIdLabel } from '../../i18n/national-id.js';

/** Languages offered for "preferred language" (plus the client's own, if another). */
const LANGUAGES = ['es', 'pt-BR', 'pt-PT', 'en', 'ca', 'gl', 'eu', 'fr', 'de', 'it'];
/** Countries offered in the address (plus the client's own, if another). */
const COUNTRIES = ['ES', 'PT', 'BR', 'MX', 'AR', 'CO', 'CL', 'PE', 'UY', 'AD', 'FR', 'IT', 'DE', 'GB', 'IE', 'US'];

interface Lookups {
  catalog: Catalog | undefined;
  groups: Group[] | undefined;
  tags: Tag[] | undefined;
}

/** The edit session: the record it started from, the draft, and what went wrong. */
interface EditSession {
  base: Client;
  draft: ProfileDraft;
  problems: FieldProblem[];
  /** Set after a failed save (not a validation error): the form stays filled. */
  saveError: unknown;
  saving: boolean;
  /** Set after a conflict: the record as it is now. */
  conflict: Client | undefined;
}

/**
 * The client's profile: general data, personal data, contact, address, additional information
 * (custom fields from the catalog), origin and referral, groups and tags, and preferred center. View
 * and edit modes; inline validation with the model's schemas; a guard against leaving with unsaved
 * changes; and optimistic concurrency — when someone else saved the client meanwhile, it shows what
 * changed and lets the user reload (keeping their changes) or overwrite, never losing the draft.
 *
 * @tagname client-profile
 * @summary The client's profile, with view and edit modes.
 *
 * @fires client-updated - The profile was saved. `detail: { client, fields }`.
 * @fires client-dirty-change - The form started or stopped holding unsaved changes. `detail: { dirty }`.
 *
 * @cssprop --client-color-surface - Background of fields.
 * @cssprop --client-color-surface-subtle - Background of sections.
 * @cssprop --client-color-text - Text color.
 * @cssprop --client-color-text-muted - Labels and hints.
 * @cssprop --client-color-border - Field and section borders.
 * @cssprop --client-color-accent - Primary buttons.
 * @cssprop --client-color-danger - Field errors.
 * @cssprop --client-color-warning - The conflict panel.
 * @cssprop --client-radius - Corner radius.
 * @cssprop --client-spacing - Base spacing unit.
 * @cssprop --client-density - 1 comfortable, 0.75 compact.
 *
 * @csspart toolbar - The row with the edit / save / cancel buttons.
 * @csspart section - A section of the profile (view or edit).
 * @csspart field - A form field (label, control and error).
 * @csspart field-error - The error of a field.
 * @csspart error-summary - The summary of a failed save or validation.
 * @csspart conflict - The conflict panel.
 * @csspart dialog - The "discard changes?" dialog.
 * @csspart button - A button (also `button-primary`).
 * @csspart state - A loading, error or not-found state (also `state-loading`, `state-error`, `state-not-found`).
 * @csspart state-action - The button of a state.
 * @csspart skeleton - A placeholder bar of the loading state.
 */
export class ClientProfile extends ClientTabElement {
  static override strings: readonly StringsSource[] = [fileStrings, tabStrings];

  static override styles = [tokens, stateStyles, profileStyles];

  /** The edit session, while editing. @internal */
  @state() private editing: EditSession | undefined;
  /** The record saved by this element (newer than `client` until the file passes it back). @internal */
  @state() private saved: Client | undefined;
  /** Clients matching the referral search. @internal */
  @state() private referralMatches: ClientSummary[] = [];
  /** A short confirmation after a save. @internal */
  @state() private notice = '';

  private lastDirty = false;
  private referralSearch: AbortController | undefined;
  private referralTimer: ReturnType<typeof setTimeout> | undefined;

  /** Loads the client when the embedding file did not give it. */
  private readonly loaded = new ResourceController(this, {
    args: () =>
      this.adapter && this.clientId && this.client?.id !== this.clientId ? ([this.adapter, this.clientId] as const) : undefined,
    load: ([adapter, id], { signal }) => adapter.clients.get(id, { signal }),
  });

  /** Catalog, groups and tags for pickers and names. */
  private readonly lookups = new ResourceController(this, {
    args: () => (this.adapter ? ([this.adapter] as const) : undefined),
    load: async ([adapter], { signal }): Promise<Lookups> => {
      const [catalog, groups, tags] = await Promise.all([
        abortable(catalogOf(adapter), signal),
        adapter.groups ? adapter.groups.list({ signal }) : undefined,
        adapter.tags ? adapter.tags.list({ signal }) : undefined,
      ]);
      return { catalog, groups, tags };
    },
  });

  /** The referrer's name, for the view. */
  private readonly referrer = new ResourceController(this, {
    args: () => {
      const id = this.record?.referredByClientId;
      return this.adapter && id ? ([this.adapter, id] as const) : undefined;
    },
    load: ([adapter, id], { signal }) => adapter.clients.get(id, { signal }),
  });

  /** The newest record known: saved here, given by the file, or loaded. */
  get record(): Client | undefined {
    const candidates = [this.saved, this.client, this.loaded.value].filter(
      (candidate): candidate is Client => candidate !== undefined && candidate.id === this.clientId,
    );
    return candidates.sort((a, b) => b.version - a.version)[0];
  }

  /** Whether the form is open. */
  get isEditing(): boolean {
    return this.editing !== undefined;
  }

  override get hasUnsavedChanges(): boolean {
    const session = this.editing;
    return session !== undefined && changedFields(draftFromClient(session.base), session.draft).length > 0;
  }

  private get definitions(): readonly CustomFieldDefinition[] {
    return this.lookups.value?.catalog?.customFields ?? [];
  }

  /** Opens the form (when the user may edit). */
  edit(): void {
    const record = this.record;
    if (!record || !this.can('clients.edit')) return;
    this.notice = '';
    this.editing = { base: record, draft: draftFromClient(record), problems: [], saveError: undefined, saving: false, conflict: undefined };
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('form [name]')?.focus());
  }

  /** Closes the form; asks first when it holds changes (unless `force`). */
  cancel(force = false): void {
    if (!force && this.hasUnsavedChanges) {
      this.renderRoot.querySelector<HTMLDialogElement>('dialog.discard')?.showModal();
      return;
    }
    this.editing = undefined;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.edit-button')?.focus());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.lastDirty) window.addEventListener('beforeunload', this.onBeforeUnload);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeunload', this.onBeforeUnload);
    this.referralSearch?.abort();
    clearTimeout(this.referralTimer);
  }

  /** Warns before the page unloads while the form holds changes. */
  private readonly onBeforeUnload = (event: BeforeUnloadEvent): void => {
    if (!this.hasUnsavedChanges) return;
    event.preventDefault();
    event.returnValue = '';
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('clientId') && changed.get('clientId') !== undefined) {
      this.editing = undefined;
      this.saved = undefined;
      this.notice = '';
    }
    // A newer record arrived (e.g. the header changed the status) while editing: move the draft
    // onto it when the user did not touch the same fields; otherwise saving will show the conflict.
    const session = this.editing;
    const record = this.record;
    if (session && record && record.version > session.base.version && !session.saving && !session.conflict) {
      const baseDraft = draftFromClient(session.base);
      const newer = draftFromClient(record);
      const theirs = changedFields(baseDraft, newer);
      const mine = changedFields(baseDraft, session.draft);
      if (!theirs.some((field) => mine.includes(field))) {
        this.editing = { ...session, base: record, draft: rebaseDraft(baseDraft, session.draft, newer) };
      }
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const dirty = this.hasUnsavedChanges;
    if (dirty !== this.lastDirty) {
      this.lastDirty = dirty;
      // Listen only while there is something to lose (a beforeunload listener can keep the page
      // out of the back/forward cache).
      if (dirty) window.addEventListener('beforeunload', this.onBeforeUnload);
      else window.removeEventListener('beforeunload', this.onBeforeUnload);
      this.emit('client-dirty-change', { dirty } satisfies ClientDirtyChangeDetail);
    }
  }

  /* ---------------------------------------------------------------------------------------------- editing */

  private mutateDraft(mutate: (draft: ProfileDraft) => void, field?: string): void {
    const session = this.editing;
    if (!session) return;
    const draft = structuredClone(session.draft);
    mutate(draft);
    const problems = field ? session.problems.filter((problem) => problem.field !== field && !problem.field.startsWith(`${field}.`)) : session.problems;
    this.editing = { ...session, draft, problems };
  }

  private setField<K extends DraftField>(field: K, value: ProfileDraft[K]): void {
    this.mutateDraft((draft) => {
      draft[field] = value;
    }, field);
  }

  private onInput(event: Event): void {
    const target = event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    const name = target.name;
    // Only controls named after a draft path (phone types, check lists and the radio group are
    // handled by their own listeners).
    if (!name || !(name.split('.')[0]! in (this.editing?.draft ?? {}))) return;
    const value = target instanceof HTMLInputElement && target.type === 'checkbox' ? target.checked : target.value;
    this.mutateDraft((draft) => {
      const path = name.split('.');
      let cursor: Record<string, unknown> = draft as unknown as Record<string, unknown>;
      for (const part of path.slice(0, -1)) cursor = cursor[part] as Record<string, unknown>;
      cursor[path[path.length - 1]!] = value;
    }, name);
  }

  private setPhone(index: number, change: Partial<PhoneDraft>): void {
    this.mutateDraft((draft) => {
      const phone = draft.phones[index];
      if (!phone) return;
      Object.assign(phone, change);
      if (change.primary) draft.phones.forEach((other, at) => (other.primary = at === index));
    }, `phones.${index}`);
  }

  private addPhone(): void {
    this.mutateDraft((draft) => draft.phones.push(emptyPhone(draft.phones.length === 0)));
    const index = this.editing!.draft.phones.length - 1;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>(`[name="phones.${index}.number"]`)?.focus());
  }

  private removePhone(index: number): void {
    this.mutateDraft((draft) => {
      const [removed] = draft.phones.splice(index, 1);
      if (removed?.primary && draft.phones[0]) draft.phones[0].primary = true;
    }, 'phones');
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.add-phone')?.focus());
  }

  private toggleId(field: 'groupIds' | 'tagIds', id: string, on: boolean): void {
    this.mutateDraft((draft) => {
      const ids = draft[field].filter((existing) => existing !== id);
      draft[field] = on ? [...ids, id] : ids;
    }, field);
  }

  private onReferralSearch(event: Event): void {
    const text = (event.target as HTMLInputElement).value.trim();
    clearTimeout(this.referralTimer);
    this.referralSearch?.abort();
    if (text.length < 2 || !this.adapter) {
      this.referralMatches = [];
      return;
    }
    this.referralTimer = setTimeout(() => {
      const controller = new AbortController();
      this.referralSearch = controller;
      this.adapter!.clients.list({ search: text, limit: 8 }, { signal: controller.signal }).then(
        (page) => {
          if (!controller.signal.aborted) this.referralMatches = page.items.filter((item) => item.id !== this.clientId);
        },
        (error: unknown) => {
          if (!isAbortError(error)) this.referralMatches = [];
        },
      );
    }, 250);
  }

  /** Validates and saves; on a conflict shows what changed; on failure keeps the form. */
  async save(): Promise<void> {
    const session = this.editing;
    const adapter = this.adapter;
    if (!session || !adapter || session.saving) return;
    const validation = validateDraft(session.draft, this.definitions);
    if (!validation.ok) {
      this.editing = { ...session, problems: validation.problems, saveError: undefined };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    const against = session.base;
    const patch = patchBetween(editableOf(against), validation.value);
    if (!Object.keys(patch).length) {
      this.editing = undefined;
      return;
    }
    this.editing = { ...session, problems: [], saveError: undefined, saving: true };
    try {
      const saved = await adapter.clients.update(against.id, patch, { expectedVersion: against.version });
      if (this.editing?.base.id !== saved.id) return;
      this.saved = saved;
      this.editing = undefined;
      this.notice = this.localize.t.tabs.profile.saved;
      this.emit('client-updated', { client: saved, fields: Object.keys(patch) } satisfies ClientUpdatedDetail);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.edit-button')?.focus();
    } catch (error) {
      const current = this.editing;
      if (!current) return;
      if (isAdapterError(error) && error.kind === 'conflict') {
        const parsed = Client.safeParse(error.current);
        const latest = parsed.success ? parsed.data : await adapter.clients.get(against.id).catch(() => undefined);
        this.editing = { ...current, saving: false, conflict: latest, saveError: latest ? undefined : error };
      } else if (isAdapterError(error) && error.kind === 'validation' && error.issues.length) {
        this.editing = { ...current, saving: false, problems: error.issues.map(problemOf), saveError: error };
      } else {
        this.editing = { ...current, saving: false, saveError: error };
      }
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.conflict, .error-summary')?.focus();
    }
  }

  /** Conflict: take the record as it is now and keep the user's changes on top of it. */
  reloadKeepingChanges(): void {
    const session = this.editing;
    if (!session?.conflict) return;
    const latest = session.conflict;
    const draft = rebaseDraft(draftFromClient(session.base), session.draft, draftFromClient(latest));
    this.saved = this.saved && this.saved.version > latest.version ? this.saved : latest;
    this.editing = { base: latest, draft, problems: [], saveError: undefined, saving: false, conflict: undefined };
    this.emit('client-updated', { client: latest, fields: [] } satisfies ClientUpdatedDetail);
  }

  /**
   * Conflict: save now over the record as it is — the user's changes win where both changed the
   * same field; what others changed elsewhere is kept.
   */
  overwrite(): Promise<void> {
    this.reloadKeepingChanges();
    return this.save();
  }

  /* ---------------------------------------------------------------------------------------------- rendering */

  override render() {
    const { t } = this.localize;
    if (!this.adapter) return renderState({ kind: 'error', error: new Error(t.provider.noAdapter), title: t.provider.noAdapter }, t);
    if (!this.can('clients.view')) {
      return renderState(this.permissionsPending ? { kind: 'loading', label: t.provider.loadingSession } : { kind: 'forbidden' }, t);
    }
    const record = this.record;
    if (!record) {
      if (this.loaded.status === 'error') {
        return isNotFound(this.loaded.error)
          ? renderState({ kind: 'not-found' }, t)
          : renderState({ kind: 'error', error: this.loaded.error, retry: () => void this.loaded.reload() }, t);
      }
      if (!this.clientId) return renderState({ kind: 'empty', title: t.file.noClientTitle, message: t.file.noClientMessage }, t);
      return renderState({ kind: 'loading', label: t.tabs.profile.loading, lines: 6 }, t);
    }
    return html`${this.editing ? this.renderForm(record, this.editing) : this.renderView(record)} ${this.renderDiscardDialog()}`;
  }

  /**
   * The edit button and save notice; on its own (outside a file, whose header and tab already name
   * the client and the tab) it is headed by the client's name.
   */
  private renderToolbar(client: Client, canEdit: boolean): TemplateResult {
    const { t } = this.localize;
    return html`<div class="toolbar" part="toolbar">
      ${this.inClientFile ? nothing : html`<h3 class="title">${clientDisplayName(client)}</h3>`}
      <p class="notice" role="status">${this.notice}</p>
      ${canEdit
        ? html`<button type="button" class="button primary edit-button" part="button button-primary" @click=${() => this.edit()}>${t.common.edit}</button>`
        : html`<p class="read-only">${t.provider.readOnly}</p>`}
    </div>`;
  }

  private renderView(client: Client): TemplateResult {
    const { t } = this.localize;
    const p = t.tabs.profile;
    const localize = this.localize;
    const lookups = this.lookups.value;
    const catalog = lookups?.catalog;
    const empty = t.common.empty;
    const item = (label: string, value: unknown) => html`<div class="item"><dt>${label}</dt><dd>${value ?? empty}</dd></div>`;
    const address = client.address;
    const origin = client.origin ? (catalog?.origins.find((option) => option.id === client.origin)?.label ?? client.origin) : null;
    const center = client.centerId ? (catalog?.centers.find((option) => option.id === client.centerId)?.name ?? client.centerId) : null;
    const names = (ids: readonly string[], list: readonly { id: string; name: string }[] | undefined) =>
      ids.length ? ids.map((id) => list?.find((entry) => entry.id === id)?.name ?? id).join(', ') : null;
    const definitions = this.definitions;
    const customKeys = [...new Set([...definitions.map((definition) => definition.key), ...Object.keys(client.customFields)])];
    const referrer = client.referredByClientId
      ? this.referrer.value && this.referrer.value.id === client.referredByClientId
        ? clientDisplayName(this.referrer.value)
        : this.referrer.status === 'error'
          ? client.referredByClientId
          : t.common.loading
      : null;
    return html`${this.renderToolbar(client, this.can('clients.edit') && !client.trashedAt)}
      <div class="sections">
        ${this.inClientFile
          ? nothing
          : html`<section class="section" part="section" aria-labelledby="s-general">
              ${this.sectionHeading('s-general', p.sections.general)}
              <dl>
                ${item(p.fields.status, t.enums.clientStatus[client.status])}
                ${item(p.fields.weight, client.weightKg === null ? null : localize.number(client.weightKg, { style: 'unit', unit: 'kilogram', maximumFractionDigits: 1 }))}
                ${item(p.fields.bookingBlacklisted, client.bookingBlacklisted ? t.file.header.blacklistOn : t.file.header.blacklistOff)}
                ${item(p.fields.clientSince, localize.date(client.createdAt))}
              </dl>
            </section>`}
        <section class="section" part="section" aria-labelledby="s-personal">
          ${this.sectionHeading('s-personal', p.sections.personal)}
          <dl>
            ${item(p.fields.firstName, client.firstName)} ${item(p.fields.middleName, client.middleName)} ${item(p.fields.lastName, client.lastName)}
            ${item(p.fields.birthDate, client.birthDate ? localize.date(client.birthDate) : null)}
            ${item(p.fields.gender, client.gender ? t.enums.gender[client.gender] : null)} ${item(nationalIdLabel(p.fields.nationalId, client.address?.country), client.nationalId)}
          </dl>
        </section>
        <section class="section" part="section" aria-labelledby="s-contact">
          ${this.sectionHeading('s-contact', p.sections.contact)}
          <dl>
            <div class="item wide">
              <dt>${p.fields.phones}</dt>
              <dd>
                ${client.phones.length
                  ? html`<ul class="phones">
                      ${client.phones.map(
                        (phone) => html`<li>
                          <span class="phone-number">${phone.number}</span>
                          <span class="tag">${t.enums.phoneType[phone.type]}</span>
                          ${phone.whatsapp ? html`<span class="tag">WhatsApp</span>` : nothing}
                          ${phone.primary ? html`<span class="tag primary-tag">${p.fields.primary}</span>` : nothing}
                        </li>`,
                      )}
                    </ul>`
                  : empty}
              </dd>
            </div>
            ${item(p.fields.email, client.email)}
            ${item(p.fields.preferredLanguage, client.preferredLanguage ? this.languageName(client.preferredLanguage) : null)}
          </dl>
        </section>
        <section class="section" part="section" aria-labelledby="s-address">
          ${this.sectionHeading('s-address', p.sections.address)}
          ${address
            ? html`<address class="address">
                ${address.line1}${address.line2 ? html`<br />${address.line2}` : nothing}<br />
                ${[address.postalCode, address.city].filter(Boolean).join(' ')}${address.region ? html`<br />${address.region}` : nothing}<br />
                ${this.countryName(address.country)}
              </address>`
            : html`<p class="muted">${p.noAddress}</p>`}
        </section>
        <section class="section" part="section" aria-labelledby="s-additional">
          ${this.sectionHeading('s-additional', p.sections.additional)}
          ${customKeys.length
            ? html`<dl>${customKeys.map((key) => item(definitions.find((definition) => definition.key === key)?.label ?? key, this.customValue(key, client.customFields[key])))}</dl>`
            : html`<p class="muted">${p.noCustomFields}</p>`}
        </section>
        <section class="section" part="section" aria-labelledby="s-origin">
          ${this.sectionHeading('s-origin', p.sections.origin)}
          <dl>${item(p.fields.origin, origin)} ${client.referredByClientId ? item(p.fields.referredBy, referrer) : nothing}</dl>
        </section>
        <section class="section" part="section" aria-labelledby="s-groups">
          ${this.sectionHeading('s-groups', p.sections.groups)}
          <dl>
            ${lookups?.groups ? item(p.fields.groups, names(client.groupIds, lookups.groups)) : nothing}
            ${lookups?.tags ? item(p.fields.tags, names(client.tagIds, lookups.tags)) : nothing}
            ${item(p.fields.center, center)}
          </dl>
        </section>
      </div>`;
  }

  /** A section's heading: below the toolbar's h3, or an h3 inside the file (whose tab names the panel). */
  private sectionHeading(id: string, text: string): TemplateResult {
    return this.inClientFile ? html`<h3 id=${id}>${text}</h3>` : html`<h4 id=${id}>${text}</h4>`;
  }

  private customValue(key: string, value: unknown): string | null {
    const { t } = this.localize;
    if (value === undefined || value === null || value === '') return null;
    const definition = this.definitions.find((candidate) => candidate.key === key);
    if (typeof value === 'boolean') return value ? t.common.yes : t.common.no;
    if (definition?.type === 'select') return definition.options?.find((option) => option.id === value)?.label ?? String(value);
    if (definition?.type === 'date' && typeof value === 'string') return this.localize.date(value);
    if (typeof value === 'number') return this.localize.number(value);
    return String(value);
  }

  private languageName(tag: string): string {
    try {
      return new Intl.DisplayNames([this.localize.tag], { type: 'language' }).of(tag) ?? tag;
    } catch {
      return tag;
    }
  }

  private countryName(code: string): string {
    try {
      return new Intl.DisplayNames([this.localize.tag], { type: 'region' }).of(code) ?? code;
    } catch {
      return code;
    }
  }

  /* -------------------------------------------------------------------------------------- form pieces */

  private problem(session: EditSession, field: string): FieldProblem | undefined {
    return session.problems.find((problem) => problem.field === field);
  }

  private problemText(problem: FieldProblem): string {
    const e = this.localize.t.tabs.profile.errors;
    switch (problem.code) {
      case 'required':
        return e.required;
      case 'too-long':
        return e.tooLong(problem.limit ?? 0);
      case 'too-big':
        return e.tooBig(problem.limit ?? 0);
      case 'email':
        return e.email;
      case 'phone':
        return e.phone;
      case 'date':
        return e.date;
      case 'number':
        return e.number;
      case 'positive':
        return e.positive;
      case 'country':
        return e.country;
      case 'language':
        return e.language;
      case 'url':
        return e.url;
      default:
        return e.invalid;
    }
  }

  private fieldId(name: string): string {
    return `f-${name.replace(/\./g, '-')}`;
  }

  /** Attributes shared by every control: name, id, invalid state and its description. */
  private errorOf(session: EditSession, name: string): TemplateResult | typeof nothing {
    const problem = this.problem(session, name);
    return problem
      ? html`<span class="field-error" part="field-error" id="${this.fieldId(name)}-error">${this.problemText(problem)}</span>`
      : nothing;
  }

  private textField(
    session: EditSession,
    name: string,
    label: string,
    value: string,
    options: { type?: string; required?: boolean; autocomplete?: string; inputmode?: string; hint?: string; wide?: boolean } = {},
  ): TemplateResult {
    const id = this.fieldId(name);
    const invalid = !!this.problem(session, name);
    const describedBy = [invalid ? `${id}-error` : '', options.hint ? `${id}-hint` : ''].filter(Boolean).join(' ');
    return html`<div class="field ${options.wide ? 'wide' : ''}" part="field">
      <label for=${id}>${label}${options.required ? html`<span class="required" aria-hidden="true"> *</span>` : nothing}</label>
      ${options.type === 'date'
        ? renderDateField({ id, name, value, localize: this.localize, required: options.required, invalid, describedBy: describedBy || undefined })
        : html`<input
        id=${id}
        name=${name}
        type=${options.type ?? 'text'}
        .value=${value}
        ?required=${options.required ?? false}
        autocomplete=${options.autocomplete ?? 'off'}
        inputmode=${options.inputmode ?? nothing}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${describedBy || nothing}
      />`}
      ${options.hint ? html`<span class="hint" id="${id}-hint">${options.hint}</span>` : nothing} ${this.errorOf(session, name)}
    </div>`;
  }

  private selectField(
    session: EditSession,
    name: string,
    label: string,
    value: string,
    choices: readonly { value: string; label: string }[],
    options: { empty?: string; wide?: boolean } = {},
  ): TemplateResult {
    const id = this.fieldId(name);
    const invalid = !!this.problem(session, name);
    return html`<div class="field ${options.wide ? 'wide' : ''}" part="field">
      <label for=${id}>${label}</label>
      <select id=${id} name=${name} aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${invalid ? `${id}-error` : nothing}>
        ${options.empty !== undefined ? html`<option value="" ?selected=${value === ''}>${options.empty}</option>` : nothing}
        ${choices.map((choice) => html`<option value=${choice.value} ?selected=${choice.value === value}>${choice.label}</option>`)}
      </select>
      ${this.errorOf(session, name)}
    </div>`;
  }

  private renderForm(client: Client, session: EditSession): TemplateResult {
    const { t } = this.localize;
    const p = t.tabs.profile;
    const draft = session.draft;
    const lookups = this.lookups.value;
    const catalog = lookups?.catalog;
    const withCurrent = (list: readonly string[], current: string) => (current && !list.includes(current) ? [...list, current] : list);
    const none = p.none;
    return html`${session.conflict ? this.renderConflict(session, session.conflict) : nothing}
      <form class="form" novalidate @input=${this.onInput} @change=${this.onInput} @submit=${(event: Event) => {
        event.preventDefault();
        if (focusInvalidDateField(event.target as HTMLFormElement)) return;
        void this.save();
      }}>
        <div class="toolbar" part="toolbar">
          <h3 class="title">${p.editTitle(clientDisplayName(client))}</h3>
          <div class="toolbar-buttons">
            <button type="button" class="button" part="button" @click=${() => this.cancel()} ?disabled=${session.saving}>${t.common.cancel}</button>
            <button type="submit" class="button primary" part="button button-primary" ?disabled=${session.saving || !!session.conflict} aria-disabled=${session.saving ? 'true' : 'false'}>
              ${session.saving ? t.common.saving : t.common.save}
            </button>
          </div>
        </div>
        ${this.renderErrorSummary(session)}
        <div class="sections">
          <fieldset class="section" part="section">
            <legend>${p.sections.general}</legend>
            ${this.selectField(session, 'status', p.fields.status, draft.status, CLIENT_STATUSES.map((value) => ({ value, label: t.enums.clientStatus[value] })))}
            ${this.textField(session, 'weightKg', p.fields.weightKg, draft.weightKg, { inputmode: 'decimal' })}
            <div class="field wide checkbox" part="field">
              <label><input type="checkbox" name="bookingBlacklisted" .checked=${draft.bookingBlacklisted} aria-describedby="f-blacklist-hint" /> ${t.file.header.blacklistLabel}</label>
              <span class="hint" id="f-blacklist-hint">${t.file.header.blacklistHelp}</span>
            </div>
            ${this.textField(session, 'avatarUrl', p.fields.avatarUrl, draft.avatarUrl, { type: 'url', hint: p.hints.avatarUrl, wide: true })}
          </fieldset>

          <fieldset class="section" part="section">
            <legend>${p.sections.personal}</legend>
            ${this.textField(session, 'firstName', p.fields.firstName, draft.firstName, { required: true, autocomplete: 'off' })}
            ${this.textField(session, 'middleName', p.fields.middleName, draft.middleName)}
            ${this.textField(session, 'lastName', p.fields.lastName, draft.lastName)}
            ${this.textField(session, 'birthDate', p.fields.birthDate, draft.birthDate, { type: 'date' })}
            ${this.selectField(session, 'gender', p.fields.gender, draft.gender, GENDERS.map((value) => ({ value, label: t.enums.gender[value] })), { empty: none })}
            ${this.textField(session, 'nationalId', p.fields.nationalId, draft.nationalId)}
          </fieldset>

          <fieldset class="section" part="section">
            <legend>${p.sections.contact}</legend>
            <div class="field wide" part="field">
              <span class="label" id="phones-label">${p.fields.phones}</span>
              ${draft.phones.length ? nothing : html`<p class="muted">${p.noPhones}</p>`}
              <ul class="phone-rows" aria-labelledby="phones-label">
                ${draft.phones.map((phone, index) => this.renderPhoneRow(session, phone, index))}
              </ul>
              <button type="button" class="button add-phone" part="button" @click=${() => this.addPhone()}>${p.addPhone}</button>
            </div>
            ${this.textField(session, 'email', p.fields.email, draft.email, { type: 'email', autocomplete: 'off' })}
            ${this.selectField(
              session,
              'preferredLanguage',
              p.fields.preferredLanguage,
              draft.preferredLanguage,
              withCurrent(LANGUAGES, draft.preferredLanguage).map((value) => ({ value, label: this.languageName(value) })),
              { empty: none },
            )}
          </fieldset>

          <fieldset class="section" part="section">
            <legend>${p.sections.address}</legend>
            ${this.textField(session, 'address.line1', p.fields.line1, draft.address.line1, { wide: true })}
            ${this.textField(session, 'address.line2', p.fields.line2, draft.address.line2, { wide: true })}
            ${this.textField(session, 'address.postalCode', p.fields.postalCode, draft.address.postalCode)}
            ${this.textField(session, 'address.city', p.fields.city, draft.address.city)}
            ${this.textField(session, 'address.region', p.fields.region, draft.address.region)}
            ${this.selectField(
              session,
              'address.country',
              p.fields.country,
              draft.address.country,
              withCurrent(COUNTRIES, draft.address.country)
                .map((value) => ({ value, label: this.countryName(value) }))
                .sort((a, b) => a.label.localeCompare(b.label, this.localize.tag)),
              { empty: none },
            )}
          </fieldset>

          ${this.renderCustomFields(session)}

          <fieldset class="section" part="section">
            <legend>${p.sections.origin}</legend>
            ${this.selectField(
              session,
              'origin',
              p.fields.origin,
              draft.origin,
              withCurrent(catalog?.origins.map((option) => option.id) ?? [], draft.origin).map((value) => ({
                value,
                label: catalog?.origins.find((option) => option.id === value)?.label ?? value,
              })),
              { empty: none },
            )}
            ${draft.origin === 'referral' || draft.referredByClientId ? this.renderReferral(session) : nothing}
          </fieldset>

          <fieldset class="section" part="section">
            <legend>${p.sections.groups}</legend>
            ${lookups?.groups?.length ? this.renderChecklist(session, 'groupIds', p.fields.groups, lookups.groups) : nothing}
            ${lookups?.tags?.length ? this.renderChecklist(session, 'tagIds', p.fields.tags, lookups.tags) : nothing}
            ${this.selectField(
              session,
              'centerId',
              p.fields.center,
              draft.centerId,
              withCurrent(catalog?.centers.map((center) => center.id) ?? [], draft.centerId).map((value) => ({
                value,
                label: catalog?.centers.find((center) => center.id === value)?.name ?? value,
              })),
              { empty: none, wide: true },
            )}
          </fieldset>
        </div>
      </form>`;
  }

  private renderErrorSummary(session: EditSession): TemplateResult | typeof nothing {
    const { t } = this.localize;
    if (session.problems.length) {
      return html`<div class="error-summary" part="error-summary" role="alert" tabindex="-1">
        <p>${this.localize.plural(session.problems.length, t.errors.fieldIssues)}</p>
      </div>`;
    }
    if (session.saveError !== undefined) {
      return html`<div class="error-summary" part="error-summary" role="alert" tabindex="-1">
        <p><strong>${t.tabs.profile.saveFailed}</strong> ${errorMessage(session.saveError, t)}</p>
        <p>${t.tabs.profile.draftKept}</p>
      </div>`;
    }
    return nothing;
  }

  private renderPhoneRow(session: EditSession, phone: PhoneDraft, index: number): TemplateResult {
    const { t } = this.localize;
    const p = t.tabs.profile;
    const name = `phones.${index}.number`;
    const id = this.fieldId(name);
    const problem = this.problem(session, name);
    const position = index + 1;
    return html`<li class="phone-row">
      <div class="field" part="field">
        <label for=${id}>${p.phoneNumber(position)}</label>
        <input
          id=${id}
          name=${name}
          type="tel"
          autocomplete="off"
          .value=${phone.number}
          aria-invalid=${problem ? 'true' : 'false'}
          aria-describedby=${problem ? `${id}-error` : nothing}
        />
        ${this.errorOf(session, name)}
      </div>
      <div class="field" part="field">
        <label for="${id}-type">${p.phoneType(position)}</label>
        <select id="${id}-type" @change=${(event: Event) => this.setPhone(index, { type: (event.target as HTMLSelectElement).value as PhoneDraft['type'] })}>
          ${PHONE_TYPES.map((type) => html`<option value=${type} ?selected=${type === phone.type}>${t.enums.phoneType[type]}</option>`)}
        </select>
      </div>
      <label class="inline-check">
        <input type="checkbox" .checked=${phone.whatsapp} @change=${(event: Event) => this.setPhone(index, { whatsapp: (event.target as HTMLInputElement).checked })} />
        WhatsApp<span class="visually-hidden"> (${p.phoneNumber(position)})</span>
      </label>
      <label class="inline-check">
        <input type="radio" name="primary-phone" .checked=${phone.primary} @change=${() => this.setPhone(index, { primary: true })} />
        ${p.fields.primary}<span class="visually-hidden"> (${p.phoneNumber(position)})</span>
      </label>
      <button type="button" class="button small" part="button" @click=${() => this.removePhone(index)}>
        ${t.common.delete}<span class="visually-hidden"> ${p.phoneNumber(position)}</span>
      </button>
    </li>`;
  }

  private renderChecklist(session: EditSession, field: 'groupIds' | 'tagIds', label: string, items: readonly (Group | Tag)[]): TemplateResult {
    const selected = session.draft[field];
    return html`<fieldset class="field wide checklist" part="field">
      <legend class="label">${label}</legend>
      <div class="checks">
        ${items.map(
          (entry) => html`<label class="inline-check">
            <input type="checkbox" .checked=${selected.includes(entry.id)} @change=${(event: Event) => this.toggleId(field, entry.id, (event.target as HTMLInputElement).checked)} />
            ${entry.name}
          </label>`,
        )}
      </div>
    </fieldset>`;
  }

  private renderCustomFields(session: EditSession): TemplateResult {
    const { t } = this.localize;
    const p = t.tabs.profile;
    const definitions = this.definitions;
    return html`<fieldset class="section" part="section">
      <legend>${p.sections.additional}</legend>
      ${definitions.length ? nothing : html`<p class="muted">${p.noCustomFields}</p>`}
      ${definitions.map((definition) => {
        const name = `customFields.${definition.key}`;
        const value = session.draft.customFields[definition.key];
        const text = value === null || value === undefined || typeof value === 'boolean' ? '' : String(value);
        switch (definition.type) {
          case 'boolean':
            return html`<div class="field checkbox" part="field">
              <label><input type="checkbox" name=${name} .checked=${value === true} /> ${definition.label}</label>
            </div>`;
          case 'select':
            return this.selectField(
              session,
              name,
              definition.label,
              text,
              (definition.options ?? []).map((option) => ({ value: option.id, label: option.label })),
              { empty: p.none },
            );
          case 'date':
            return this.textField(session, name, definition.label, text, { type: 'date', required: definition.required });
          case 'number':
            return this.textField(session, name, definition.label, text, { inputmode: 'decimal', required: definition.required });
          default:
            return this.textField(session, name, definition.label, text, { required: definition.required });
        }
      })}
    </fieldset>`;
  }

  private renderReferral(session: EditSession): TemplateResult {
    const { t } = this.localize;
    const p = t.tabs.profile;
    const currentId = session.draft.referredByClientId;
    const current = this.referrer.value && this.referrer.value.id === currentId ? this.referrer.value : undefined;
    const options = new Map<string, string>();
    if (currentId) options.set(currentId, current ? clientDisplayName(current) : currentId);
    for (const match of this.referralMatches) options.set(match.id, `${clientDisplayName(match)}${match.email ? ` · ${match.email}` : ''}`);
    return html`<div class="field" part="field">
        <label for="f-referral-search">${p.fields.referralSearch}</label>
        <input id="f-referral-search" type="search" autocomplete="off" @input=${this.onReferralSearch} aria-describedby="f-referral-hint" />
        <span class="hint" id="f-referral-hint">${p.hints.referralSearch}</span>
      </div>
      ${this.selectField(
        session,
        'referredByClientId',
        p.fields.referredBy,
        currentId,
        [...options].map(([value, label]) => ({ value, label })),
        { empty: p.none },
      )}`;
  }

  private renderConflict(session: EditSession, latest: Client): TemplateResult {
    const { t } = this.localize;
    const p = t.tabs.profile;
    const baseDraft = draftFromClient(session.base);
    const theirs = draftFromClient(latest);
    const changed = changedFields(baseDraft, theirs);
    const mine = changedFields(baseDraft, session.draft);
    return html`<section class="conflict" part="conflict" role="alert" tabindex="-1" aria-labelledby="conflict-title">
      <h4 id="conflict-title">${p.conflict.title}</h4>
      <p>${t.errors.conflictHint}</p>
      ${changed.length
        ? html`<table class="conflict-table">
            <caption class="visually-hidden">${p.conflict.caption}</caption>
            <thead>
              <tr>
                <th scope="col">${p.conflict.field}</th>
                <th scope="col">${p.conflict.theirs}</th>
                <th scope="col">${p.conflict.yours}</th>
              </tr>
            </thead>
            <tbody>
              ${changed.map(
                (field) => html`<tr class=${mine.includes(field) ? 'both' : ''}>
                  <th scope="row">${p.fieldNames[field]}</th>
                  <td>${this.describe(field, theirs)}</td>
                  <td>${mine.includes(field) ? this.describe(field, session.draft) : html`<span class="muted">${p.conflict.unchanged}</span>`}</td>
                </tr>`,
              )}
            </tbody>
          </table>`
        : html`<p>${p.conflict.noFieldChanges}</p>`}
      <div class="conflict-actions">
        <button type="button" class="button" part="button" @click=${() => this.reloadKeepingChanges()}>${p.conflict.reload}</button>
        <button type="button" class="button danger" part="button" @click=${() => void this.overwrite()}>${p.conflict.overwrite}</button>
      </div>
    </section>`;
  }

  /** A draft field as short text, for the conflict table. */
  private describe(field: DraftField, draft: ProfileDraft): string {
    const { t } = this.localize;
    const empty = t.common.empty;
    const lookups = this.lookups.value;
    const text = (value: string) => value.trim() || empty;
    switch (field) {
      case 'status':
        return t.enums.clientStatus[draft.status];
      case 'gender':
        return draft.gender ? t.enums.gender[draft.gender] : empty;
      case 'bookingBlacklisted':
        return draft.bookingBlacklisted ? t.common.yes : t.common.no;
      case 'phones':
        return draft.phones.map((phone) => `${phone.number} (${t.enums.phoneType[phone.type]})`).join(', ') || empty;
      case 'address':
        return Object.values(draft.address).filter((part) => part.trim()).join(', ') || empty;
      case 'customFields':
        return (
          Object.entries(draft.customFields)
            .filter(([, value]) => value !== '' && value !== null && value !== undefined)
            .map(([key, value]) => `${this.definitions.find((definition) => definition.key === key)?.label ?? key}: ${this.customValue(key, value) ?? empty}`)
            .join(', ') || empty
        );
      case 'groupIds':
        return draft.groupIds.map((id) => lookups?.groups?.find((group) => group.id === id)?.name ?? id).join(', ') || empty;
      case 'tagIds':
        return draft.tagIds.map((id) => lookups?.tags?.find((tag) => tag.id === id)?.name ?? id).join(', ') || empty;
      case 'centerId':
        return lookups?.catalog?.centers.find((center) => center.id === draft.centerId)?.name ?? text(draft.centerId);
      case 'origin':
        return lookups?.catalog?.origins.find((origin) => origin.id === draft.origin)?.label ?? text(draft.origin);
      default:
        return text(String(draft[field]));
    }
  }

  private renderDiscardDialog(): TemplateResult {
    const { t } = this.localize;
    const p = t.tabs.profile;
    return html`<dialog class="discard" part="dialog" aria-labelledby="discard-title" aria-describedby="discard-text">
      <h4 id="discard-title">${p.discard.title}</h4>
      <p id="discard-text">${p.discard.message}</p>
      <div class="dialog-buttons">
        <button type="button" class="button primary" part="button button-primary" autofocus @click=${(event: Event) => (event.target as HTMLElement).closest('dialog')?.close()}>
          ${p.discard.keep}
        </button>
        <button
          type="button"
          class="button danger"
          part="button"
          @click=${(event: Event) => {
            (event.target as HTMLElement).closest('dialog')?.close();
            this.cancel(true);
          }}
        >
          ${p.discard.discard}
        </button>
      </div>
    </dialog>`;
  }
}
