/*
 * The list's client dialog (native <dialog>): creates a client, or quick-edits one from a row.
 * Validated with the model's ClientInput schema (no second schema here), messages in the user's
 * language; warns while typing when the email, phone or full name matches an existing client (with a
 * button to open that client); on any failure the dialog stays open with everything typed.
 */
import { html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import { isAdapterError } from '../../adapter/adapter-error.js';
import type { FieldIssue } from '../../adapter/adapter-error.js';
import type { ClientDataAdapter } from '../../adapter/contract.js';
import { CLIENT_STATUSES, ClientInput, clientDisplayName } from '../../model/client.js';
import type { Client, ClientStatus, ClientSummary, DuplicateMatch, DuplicateProbe, Phone } from '../../model/client.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { DebouncedSearchController } from '../../controllers/debounced-search.js';
import { errorMessage } from '../shared/state-view.js';
import { deepActiveElement, returnFocus } from '../shared/confirm-dialog.js';
import type { ListLookups } from './filters.js';
import { EMPTY_DRAFT } from './client-draft.js';
import type { ClientDraft } from './client-draft.js';
import { focusInvalidDateField, renderDateField } from '../shared/date-field.js';
import { adoptStyles } from '../shared/adopt-styles.js';
import { clientDialogStyles } from './client-dialog.styles.js';

type DraftField = keyof ClientDraft;
/** The fields typed as text (every one but the group checkboxes). */
type TextField = Exclude<DraftField, 'groupIds'>;

export interface CreateDialogOptions {
  localize: LocalizeController;
  adapter: () => ClientDataAdapter | undefined;
  lookups: () => ListLookups;
  onCreated: (client: Client) => void;
  onUpdated: (client: Client, fields: string[]) => void;
  onOpenMatch: (match: ClientSummary) => void;
}

const FIELD_OF_PATH: Record<string, DraftField> = {
  firstName: 'firstName',
  lastName: 'lastName',
  email: 'email',
  phones: 'phone',
  birthDate: 'birthDate',
  status: 'status',
  groupIds: 'groupIds',
  origin: 'origin',
};

let dialogCount = 0;

export class CreateDialogController implements ReactiveController {
  private readonly dialog = createRef<HTMLDialogElement>();
  private readonly form = createRef<HTMLFormElement>();
  private readonly id = `client-dialog-${++dialogCount}`;
  private draft: ClientDraft = { ...EMPTY_DRAFT };
  private errors: Partial<Record<DraftField, string>> = {};
  private matches: DuplicateMatch[] = [];
  private failure: unknown;
  private submitting = false;
  private loading = false;
  private isOpen = false;
  private editing: Client | undefined;
  private editLoad: AbortController | undefined;
  private returnTo: Element | null = null;
  private readonly duplicates: DebouncedSearchController<DuplicateMatch[]>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: CreateDialogOptions,
  ) {
    host.addController(this);
    this.duplicates = new DebouncedSearchController<DuplicateMatch[]>(host, {
      delay: 350,
      run: async (probe, signal) => {
        const adapter = this.options.adapter();
        if (!adapter) return [];
        return adapter.clients.findDuplicates(JSON.parse(probe) as DuplicateProbe, { signal });
      },
      onResult: (matches) => {
        this.matches = matches;
      },
      onError: () => {
        this.matches = []; // a failed check never blocks creating the client
      },
    });
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.editLoad?.abort();
  }

  get open(): boolean {
    return this.isOpen;
  }

  /** The values in the form (for tests and hosts that prefill). */
  get values(): Readonly<ClientDraft> {
    return this.draft;
  }

  /** Opens the dialog to create a client, optionally prefilled (e.g. with the searched name). */
  async openCreate(prefill: Partial<ClientDraft> = {}): Promise<void> {
    this.editing = undefined;
    this.draft = { ...EMPTY_DRAFT, ...prefill };
    this.errors = {};
    this.failure = undefined;
    this.matches = [];
    this.loading = false;
    await this.show();
    this.checkDuplicates();
  }

  /** Opens the dialog to edit a client's main fields. */
  async openEdit(id: string): Promise<void> {
    const adapter = this.options.adapter();
    if (!adapter) return;
    this.editLoad?.abort();
    const load = new AbortController();
    this.editLoad = load;
    this.editing = undefined;
    this.draft = { ...EMPTY_DRAFT };
    this.errors = {};
    this.failure = undefined;
    this.matches = [];
    this.loading = true;
    const shown = this.show();
    try {
      const client = await adapter.clients.get(id, { signal: load.signal });
      if (load.signal.aborted) return;
      this.fillFrom(client);
    } catch (error) {
      if (load.signal.aborted) return;
      this.failure = error;
    } finally {
      if (!load.signal.aborted) {
        this.loading = false;
        this.host.requestUpdate();
      }
    }
    await shown;
    await this.host.updateComplete;
    this.focusField('firstName');
  }

  close(): void {
    const dialog = this.dialog.value;
    if (dialog?.open) dialog.close();
    else this.onClosed();
  }

  private fillFrom(client: Client): void {
    this.editing = client;
    this.draft = {
      firstName: client.firstName,
      lastName: client.lastName ?? '',
      email: client.email ?? '',
      phone: (client.phones.find((phone) => phone.primary) ?? client.phones[0])?.number ?? '',
      birthDate: client.birthDate ?? '',
      status: client.status,
      groupIds: [...client.groupIds],
      origin: client.origin ?? '',
    };
  }

  private async show(): Promise<void> {
    this.returnTo = deepActiveElement();
    this.isOpen = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const dialog = this.dialog.value;
    if (!dialog) return;
    adoptStyles(dialog, clientDialogStyles);
    if (!dialog.open) dialog.showModal();
  }

  private readonly onClosed = (): void => {
    if (!this.isOpen) return;
    this.isOpen = false;
    this.editLoad?.abort();
    this.duplicates.cancel();
    this.host.requestUpdate();
    returnFocus(this.returnTo);
    this.returnTo = null;
  };

  private readonly onCancel = (event: Event): void => {
    if (this.submitting) event.preventDefault();
  };

  private set<F extends DraftField>(field: F, value: ClientDraft[F]): void {
    this.draft = { ...this.draft, [field]: value };
    if (this.errors[field]) {
      const { [field]: _dropped, ...rest } = this.errors;
      this.errors = rest;
    }
    if (field === 'email' || field === 'phone' || field === 'firstName' || field === 'lastName') this.checkDuplicates();
    this.host.requestUpdate();
  }

  private toggleGroup(id: string, on: boolean): void {
    const others = this.draft.groupIds.filter((existing) => existing !== id);
    this.set('groupIds', on ? [...others, id] : others);
  }

  private probe(): DuplicateProbe | undefined {
    const { email, phone, firstName, lastName } = this.draft;
    const probe: DuplicateProbe = {};
    if (email.trim().includes('@')) probe.email = email.trim();
    if (phone.replace(/\D/g, '').length >= 6) probe.phones = [phone.trim()];
    if (firstName.trim() && lastName.trim()) {
      probe.firstName = firstName.trim();
      probe.lastName = lastName.trim();
    }
    if (!probe.email && !probe.phones && !probe.firstName) return undefined;
    if (this.editing) probe.excludeId = this.editing.id;
    return probe;
  }

  private checkDuplicates(): void {
    const probe = this.probe();
    if (!probe) {
      this.duplicates.cancel();
      this.matches = [];
      return;
    }
    this.duplicates.set(JSON.stringify(probe));
  }

  /** The ClientInput the form describes (before validation). */
  private candidate(): Record<string, unknown> {
    const { firstName, lastName, email, phone, birthDate, status, groupIds, origin } = this.draft;
    const editing = this.editing;
    let phones: Phone[] = [];
    const number = phone.trim();
    if (editing) {
      // Quick edit changes the main number and keeps the others.
      const others = editing.phones.filter((existing) => !existing.primary);
      const primary = editing.phones.find((existing) => existing.primary);
      phones = number ? [{ ...(primary ?? { type: 'mobile', whatsapp: false }), number, primary: true }, ...others] : others;
    } else if (number) {
      phones = [{ number, type: 'mobile', whatsapp: false, primary: true }];
    }
    return {
      firstName: firstName.trim(),
      lastName: lastName.trim() || null,
      email: email.trim() || null,
      phones,
      birthDate: birthDate || null,
      status,
      // Groups the form does not list (unknown to the lookups) stay as they were.
      groupIds: [...new Set([...groupIds, ...(editing?.groupIds.filter((id) => !this.options.lookups().groups.some((group) => group.id === id)) ?? [])])],
      origin: origin || null,
    };
  }

  private fieldErrors(issues: readonly { path: readonly PropertyKey[] }[]): Partial<Record<DraftField, string>> {
    const messages = this.options.localize.t.list.create.errors;
    const errors: Partial<Record<DraftField, string>> = {};
    for (const issue of issues) {
      const field = FIELD_OF_PATH[String(issue.path[0] ?? '')] ?? 'firstName';
      errors[field] ??= field === 'firstName' || field === 'email' || field === 'phone' || field === 'birthDate' ? messages[field] : messages.other;
    }
    return errors;
  }

  private focusField(field: DraftField): void {
    const input = this.form.value?.querySelector<HTMLElement>(`[name="${field}"]`);
    input?.focus();
  }

  private readonly onSubmit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (this.submitting || this.loading) return;
    const adapter = this.options.adapter();
    if (!adapter) return;
    if (focusInvalidDateField(event.target as HTMLFormElement)) return;
    const candidate = this.candidate();
    const parsed = ClientInput.safeParse(candidate);
    this.failure = undefined;
    if (!parsed.success) {
      this.errors = this.fieldErrors(parsed.error.issues);
      this.host.requestUpdate();
      await this.host.updateComplete;
      this.focusField(Object.keys(this.errors)[0] as DraftField);
      return;
    }
    this.errors = {};
    this.submitting = true;
    this.host.requestUpdate();
    try {
      const editing = this.editing;
      if (editing) {
        const changed = Object.keys(parsed.data).filter(
          (key) => JSON.stringify((parsed.data as Record<string, unknown>)[key]) !== JSON.stringify((editing as Record<string, unknown>)[key]),
        );
        const patch = Object.fromEntries(changed.map((key) => [key, (parsed.data as Record<string, unknown>)[key]]));
        const saved = changed.length ? await adapter.clients.update(editing.id, patch, { expectedVersion: editing.version }) : editing;
        this.submitting = false;
        this.close();
        this.options.onUpdated(saved, changed);
      } else {
        const client = await adapter.clients.create(parsed.data);
        this.submitting = false;
        this.draft = { ...EMPTY_DRAFT };
        this.close();
        this.options.onCreated(client);
      }
    } catch (error) {
      this.submitting = false;
      this.failure = error;
      if (isAdapterError(error)) {
        if (error.kind === 'validation') this.errors = this.fieldErrors(error.issues as FieldIssue[]);
        if (error.kind === 'conflict' && this.editing && isClient(error.current)) {
          // Keep the draft; saving again overwrites the newer version (the button says so).
          this.editing = error.current;
        }
      }
      this.host.requestUpdate();
    }
  };

  private readonly reloadLatest = (): void => {
    if (!this.editing) return;
    this.fillFrom(this.editing);
    this.failure = undefined;
    this.host.requestUpdate();
  };

  private openMatch(match: ClientSummary): void {
    // The draft is kept: reopening the dialog is not needed to go on.
    this.close();
    this.options.onOpenMatch(match);
  }

  private field(field: TextField, label: string, options: { type?: string; autocomplete?: string; required?: boolean; inputmode?: string } = {}) {
    const error = this.errors[field];
    const id = `${this.id}-${field}`;
    return html`<div class="field ${error ? 'invalid' : ''}">
      <label for=${id}>${label}${options.required ? html`<span aria-hidden="true"> *</span>` : nothing}</label>
      ${options.type === 'date'
        ? renderDateField({
            id,
            name: field,
            value: this.draft[field],
            localize: this.options.localize,
            required: options.required,
            invalid: !!error,
            describedBy: error ? `${id}-error` : undefined,
            onChange: (iso) => this.set(field, iso),
          })
        : html`<input
        id=${id}
        name=${field}
        type=${options.type ?? 'text'}
        part="input"
        autocomplete=${options.autocomplete ?? 'off'}
        inputmode=${options.inputmode ?? nothing}
        ?required=${options.required ?? false}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? `${id}-error` : nothing}
        .value=${this.draft[field]}
        @input=${(event: Event) => this.set(field, (event.target as HTMLInputElement).value)}
      />`}
      ${error ? html`<p class="field-error" id="${id}-error">${error}</p>` : nothing}
    </div>`;
  }

  render(): TemplateResult | typeof nothing {
    if (!this.isOpen) return nothing;
    const { t } = this.options.localize;
    const strings = t.list.create;
    const lookups = this.options.lookups();
    const editing = this.editing;
    const title = editing ? strings.editTitle(clientDisplayName(editing)) : strings.title;
    const conflict = isAdapterError(this.failure) && this.failure.kind === 'conflict';
    return html`<dialog
      ${ref(this.dialog)}
      class="form-dialog"
      part="client-dialog"
      aria-labelledby="${this.id}-title"
      aria-busy=${this.loading || this.submitting ? 'true' : 'false'}
      @close=${this.onClosed}
      @cancel=${this.onCancel}
    >
      <form ${ref(this.form)} novalidate @submit=${this.onSubmit}>
        <div class="dialog-header">
          <h2 id="${this.id}-title" class="dialog-title">${title}</h2>
          <button type="button" class="close-button" part="close-button" aria-label=${t.common.close} @click=${() => this.close()}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
        ${this.loading ? html`<p class="muted" role="status">${strings.loading}</p>` : nothing}
        ${this.failure
          ? html`<div class="form-error" role="alert">
              <p>${strings.failed}</p>
              <p>${errorMessage(this.failure, t)}${conflict ? ` ${t.errors.conflictHint}` : ''}</p>
              ${conflict ? html`<button type="button" class="button" @click=${this.reloadLatest}>${t.common.reload}</button>` : nothing}
            </div>`
          : nothing}
        <div class="form-grid">
          ${this.field('firstName', strings.firstName, { required: true, autocomplete: 'given-name' })}
          ${this.field('lastName', strings.lastName, { autocomplete: 'family-name' })}
          ${this.field('phone', strings.phone, { type: 'tel', autocomplete: 'tel', inputmode: 'tel' })}
          ${this.field('email', strings.email, { type: 'email', autocomplete: 'email' })}
          ${this.field('birthDate', strings.birthDate, { type: 'date' })}
          <div class="field">
            <label for="${this.id}-status">${strings.status}</label>
            <select id="${this.id}-status" name="status" part="input" @change=${(event: Event) => this.set('status', (event.target as HTMLSelectElement).value as ClientStatus)}>
              ${CLIENT_STATUSES.map((status) => html`<option value=${status} ?selected=${this.draft.status === status}>${t.enums.clientStatus[status]}</option>`)}
            </select>
          </div>
          ${lookups.groups.length
            ? html`<fieldset class="field group-choices" part="groups">
                <legend>${strings.groups}</legend>
                ${lookups.groups.map(
                  (group) => html`<label class="group-choice">
                    <input
                      type="checkbox"
                      name="groupIds"
                      value=${group.id}
                      .checked=${this.draft.groupIds.includes(group.id)}
                      @change=${(event: Event) => this.toggleGroup(group.id, (event.target as HTMLInputElement).checked)}
                    />
                    ${group.name}
                  </label>`,
                )}
              </fieldset>`
            : nothing}
          ${lookups.origins.length
            ? html`<div class="field">
                <label for="${this.id}-origin">${strings.origin}</label>
                <select id="${this.id}-origin" name="origin" part="input" @change=${(event: Event) => this.set('origin', (event.target as HTMLSelectElement).value)}>
                  <option value="" ?selected=${!this.draft.origin}>${strings.noOrigin}</option>
                  ${lookups.origins.map((origin) => html`<option value=${origin.id} ?selected=${this.draft.origin === origin.id}>${origin.label}</option>`)}
                </select>
              </div>`
            : nothing}
        </div>
        <div class="duplicates" role="status" aria-live="polite">
          ${this.matches.length
            ? html`<div class="duplicate-warning" part="duplicate-warning">
                <p class="duplicate-title">${strings.duplicateTitle}</p>
                <ul>
                  ${this.matches.slice(0, 5).map((match) => {
                    const name = clientDisplayName(match.client);
                    const reasons = match.reasons.map((reason) => t.enums.duplicateReason[reason]).join(', ');
                    return html`<li>
                      <span>${strings.duplicateMatch(name, reasons)}</span>
                      <button type="button" class="link-button" @click=${() => this.openMatch(match.client)}>${strings.openMatch(name)}</button>
                    </li>`;
                  })}
                </ul>
              </div>`
            : this.duplicates.pending && this.probe()
              ? html`<p class="muted">${strings.checking}</p>`
              : nothing}
        </div>
        <div class="dialog-buttons">
          <button type="button" class="button" @click=${() => this.close()}>${t.common.cancel}</button>
          <button type="submit" class="button primary" part="submit" ?disabled=${this.loading} aria-disabled=${this.submitting ? 'true' : 'false'}>
            ${this.submitting ? t.common.saving : editing ? (conflict ? strings.overwrite : strings.saveChanges) : strings.submit}
          </button>
        </div>
      </form>
    </dialog>`;
  }
}

function isClient(value: unknown): value is Client {
  return typeof value === 'object' && value !== null && typeof (value as Client).id === 'string' && typeof (value as Client).version === 'number';
}
