import { css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import type { ReadCollection } from '../../adapter/contract.js';
import { ResourceController } from '../../controllers/resource-controller.js';
import { commerceStrings } from '../../i18n/groups/commerce.js';
import { fileStrings } from '../../i18n/groups/file.js';
import { visitStrings } from '../../i18n/groups/visits.js';
import { hasStrings, loadStrings } from '../../i18n/strings.js';
import type { StringsSource } from '../../i18n/strings.js';
import { VISIT_STATUSES } from '../../model/appointment.js';
import type { Appointment, AppointmentFilter } from '../../model/appointment.js';
import type { ClientAppointmentAction } from '../client-file/client-file.js';
import { ClientTabElement } from '../client-file/client-tab.js';
import { abortable, catalogOf } from '../client-file/lookups.js';
import { commerceTabStyles } from '../commerce/commerce-styles.js';
import { renderMoreRow } from '../commerce/more-row.js';
import { ShowMoreList } from '../commerce/show-more-list.js';
import { blockedState, renderLoadError } from '../commerce/tab-states.js';
import { adoptStyles } from '../shared/adopt-styles.js';
import { collectPages } from '../shared/collect-pages.js';
import { lastMonths, miniChartStyles, monthKey, monthLabel, renderBarChart, sumByMonth } from '../shared/mini-chart.js';
import { deepActiveElement, returnFocus } from '../shared/confirm-dialog.js';
import { renderState } from '../shared/state-view.js';
import { renderAppointmentActions, renderAppointmentFacts } from './appointment-detail.js';
import type { AppointmentNotes } from './appointment-notes.js';
import { renderAppointmentTable } from './appointment-table.js';

const PAGE_SIZE = 10;

type When = NonNullable<AppointmentFilter['when']>;

/**
 * The client's appointments: the upcoming agenda (soonest first) and the past history (newest
 * first), each paged through the adapter's cursor, with date, time, duration, service, staff,
 * center and room, status, price, modality, confirmation and payment. Choosing one opens a details
 * panel with its attention notes. Booking belongs to the host: "New appointment", "Reschedule" and
 * "Add payment" fire the cancelable `client-appointment-request` (the same event as the file's
 * header). Needs the `clients.view` permission.
 *
 * @tagname client-appointments
 * @summary Appointments: upcoming agenda, paged history, details panel with attention notes; booking actions as host events.
 *
 * @fires client-appointment-request - The user asked to create an appointment, or to reschedule or add a payment to one. `detail: { clientId, action: 'create' | 'reschedule' | 'add-payment', appointmentId? }`. Cancelable; the host opens its booking or payment flow.
 *
 * @cssprop --client-color-surface - Background of the tables and panel.
 * @cssprop --client-color-border - Borders.
 * @cssprop --client-color-accent - Links and primary buttons.
 * @cssprop --client-radius - Corner radius.
 * @cssprop --client-spacing - Base spacing unit.
 *
 * @csspart upcoming - The upcoming agenda section.
 * @csspart past - The history section.
 * @csspart table - An appointments table.
 * @csspart appointment - One appointment's row.
 * @csspart detail - The details panel (a dialog).
 * @csspart attention-notes - The attention notes of the open appointment.
 * @csspart note - One attention note.
 * @csspart button - A button.
 * @csspart state - A loading, empty, error or not-found state (also `state-loading`, `state-empty`, `state-error`, `state-not-found`, `state-forbidden`).
 * @csspart state-action - The button of a state.
 * @csspart skeleton - A placeholder bar of the loading state.
 */
export class ClientAppointments extends ClientTabElement {
  static override strings: readonly StringsSource[] = [fileStrings, commerceStrings, visitStrings];

  static override styles = [
    ...commerceTabStyles,
    miniChartStyles,
    css`
      .header {
        align-items: center;
      }
      h3 {
        margin-inline-end: auto;
      }
      section + section {
        margin-top: calc(var(--_space) * 2.5);
      }
      h4 {
        margin: 0 0 var(--_space);
        font-size: var(--_font-size-large);
      }
      .link {
        font: inherit;
        font-weight: 600;
        color: var(--_accent);
        background: none;
        border: 0;
        padding: 0;
        cursor: pointer;
        text-decoration: underline;
        text-underline-offset: 2px;
        text-align: start;
      }
      tr[data-status='cancelled'] td,
      tr[data-status='late-cancelled'] td {
        color: var(--_fg-muted);
      }
      dialog.detail {
        max-width: min(44rem, calc(100vw - 2rem));
        width: 100%;
      }
      .detail-head {
        display: flex;
        justify-content: space-between;
        gap: var(--_space);
        align-items: start;
      }
      .facts {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr));
        gap: var(--_space);
        margin: 0 0 calc(var(--_space) * 1.5);
      }
      .facts dt {
        font-size: var(--_font-size-small);
        color: var(--_fg-muted);
      }
      .facts dd {
        margin: 2px 0 0;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_space);
        margin-bottom: calc(var(--_space) * 1.5);
      }
      h5 {
        margin: 0 0 var(--_space);
        font-size: var(--_font-size);
      }
    `,
  ];

  /** The open details panel. @internal */
  @state() private detail: Appointment | undefined;
  /** The open appointment's attention notes. @internal */
  @state() private notes: AppointmentNotes | undefined;

  private returnTo: Element | null = null;
  private notesLoad: AbortController | undefined;
  /** The notes section's code, loaded the first time a panel opens. */
  private notesModule: typeof import('./appointment-notes.js') | undefined;

  private listOf(when: When) {
    return new ShowMoreList(this, {
      args: () => {
        const appointments = this.adapter?.appointments;
        return appointments && this.clientId && this.can('clients.view') ? ([appointments, this.clientId] as const) : undefined;
      },
      load: ([appointments, clientId]: readonly [ReadCollection<Appointment, AppointmentFilter>, string], range, signal) =>
        appointments.list(clientId, { ...range, order: when === 'upcoming' ? 'asc' : 'desc', filter: { when } }, { signal }),
      pageSize: PAGE_SIZE,
    });
  }

  private readonly upcoming = this.listOf('upcoming');
  private readonly past = this.listOf('past');

  /** Visits (appointments that took place) per month over the last 12 months, for the chart. */
  private readonly visits = new ResourceController(this, {
    args: () => {
      const appointments = this.adapter?.appointments;
      return appointments && this.clientId && this.can('clients.view') ? ([appointments, this.clientId, this.localize.timeZone] as const) : undefined;
    },
    load: async ([appointments, clientId, timeZone], { signal }) => {
      const months = lastMonths(Date.now(), timeZone);
      const filter = { when: 'past' as const, statuses: [...VISIT_STATUSES] };
      const items = await collectPages(
        (range) => appointments.list(clientId, { ...range, order: 'desc', filter }, { signal }),
        (last) => monthKey(last.startAt, timeZone) < months[0]!,
      );
      return { months, counts: sumByMonth(items, months, timeZone, (item) => item.startAt, () => 1) };
    },
  });

  /** The appointments shown: upcoming first, then the history. */
  get appointments(): readonly Appointment[] {
    return [...(this.upcoming.value?.items ?? []), ...(this.past.value?.items ?? [])];
  }

  /**
   * Asks the host to act: fires the cancelable `client-appointment-request`. Returns false when the
   * host canceled it.
   */
  requestAppointment(action: ClientAppointmentAction, appointmentId?: string): boolean {
    const detail = { clientId: this.clientId, action, ...(appointmentId ? { appointmentId } : {}), ...(this.client ? { client: this.client } : {}) };
    return !this.emit('client-appointment-request', detail, { cancelable: true }).defaultPrevented;
  }

  /** Opens the details panel of an appointment and loads its attention notes. */
  openAppointment(appointment: Appointment): void {
    this.returnTo = deepActiveElement();
    this.detail = appointment;
    void this.updateComplete.then(() => {
      const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog.detail');
      if (dialog && !dialog.open) dialog.showModal();
    });
    void this.loadNotes(appointment);
  }

  private async loadNotes(appointment: Appointment): Promise<void> {
    this.notesLoad?.abort();
    const adapter = this.adapter;
    if (!adapter?.notes) {
      this.notes = undefined;
      return;
    }
    const controller = (this.notesLoad = new AbortController());
    this.notes = { loading: true, notes: [], categories: [], error: undefined };
    try {
      const [page, catalog] = await Promise.all([
        adapter.notes.list(this.clientId, { limit: 100, filter: { kind: 'attention', appointmentId: appointment.id } }, { signal: controller.signal }),
        abortable(catalogOf(adapter), controller.signal),
        this.loadNotesModule(),
      ]);
      if (controller.signal.aborted) return;
      this.notes = { loading: false, notes: page.items, categories: catalog?.noteCategories ?? [], error: undefined };
    } catch (error) {
      if (!controller.signal.aborted) this.notes = { loading: false, notes: [], categories: [], error };
    }
  }

  private async loadNotesModule(): Promise<void> {
    const module = (this.notesModule ??= await import('./appointment-notes.js'));
    for (const styles of module.notesStyles) adoptStyles(this.renderRoot, styles);
    await loadStrings(this.localize.locale, [module.notesStrings]);
  }

  private renderNotes(appointment: Appointment): TemplateResult | typeof nothing {
    const module = this.notesModule;
    if (!this.notes) return nothing;
    const ready = module && hasStrings(this.localize.locale, [module.notesStrings]);
    if (!ready) {
      // The locale changed since the notes loaded: fetch the notes' strings in it, then render.
      if (module) void this.loadNotesModule().then(() => this.requestUpdate());
      return html`<p class="muted" role="status">${this.localize.t.visits.appointments.notesLoading}</p>`;
    }
    return module.renderAppointmentNotes(appointment, this.notes, this.localize);
  }

  private closeDetail(): void {
    const id = this.detail?.id ?? '';
    this.notesLoad?.abort();
    this.renderRoot.querySelector<HTMLDialogElement>('dialog.detail')?.close();
    this.detail = undefined;
    this.notes = undefined;
    const back = this.returnTo && this.returnTo !== document.body ? this.returnTo : this.renderRoot.querySelector(`[data-open="${CSS.escape(id)}"]`);
    this.returnTo = null;
    void this.updateComplete.then(() => returnFocus(back));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.notesLoad?.abort();
  }

  override render() {
    const { t } = this.localize;
    const a = t.visits.appointments;
    const blocked = blockedState(
      { adapter: this.adapter, available: !!this.adapter?.appointments, unavailableTitle: a.unavailable, clientId: this.clientId, allowed: this.can('clients.view'), permissionsPending: this.permissionsPending },
      t,
    );
    if (blocked) return blocked;
    return html`<div class="header">
        <h3 tabindex="-1">${a.title}</h3>
        <button type="button" class="button primary" part="button" data-action="create" @click=${() => this.requestAppointment('create')}>${a.create}</button>
      </div>
      ${this.renderVisitsChart()} ${this.renderSection('upcoming', this.upcoming, a.upcoming, a.upcomingEmpty)} ${this.renderSection('past', this.past, a.past, a.pastEmpty)}
      ${this.detail ? this.renderDetail(this.detail) : nothing}`;
  }

  /** The visits chart once loaded; nothing while loading, on failure, or without visits in the year. */
  private renderVisitsChart(): TemplateResult | typeof nothing {
    const data = this.visits.value;
    if (!data?.counts.some(Boolean)) return nothing;
    const a = this.localize.t.visits.appointments;
    const points = data.months.map((key, i) => ({ label: monthLabel(key, this.localize.tag), value: data.counts[i]!, text: this.localize.plural(data.counts[i]!, a.visitsCount) }));
    return renderBarChart(a.visitsChart, points);
  }

  private renderSection(when: When, list: ShowMoreList<readonly [ReadCollection<Appointment, AppointmentFilter>, string], Appointment>, title: string, empty: string): TemplateResult {
    const { t } = this.localize;
    return html`<section part=${when} aria-labelledby="${when}-title">
      <h4 id="${when}-title">${title}</h4>
      ${list.render({
        loading: () => renderState({ kind: 'loading', shape: 'rows', lines: 3, label: t.visits.appointments.loading }, t),
        error: (error) => renderLoadError(error, () => void list.reload(), t),
        ready: (page) =>
          page.items.length
            ? html`${renderAppointmentTable(title, page.items, this.localize, (appointment) => this.openAppointment(appointment))}
              ${renderMoreRow(page.items.length, page.total, { loading: list.loadingMore, error: list.moreError }, this.localize, () => void list.loadMore())}`
            : html`<p class="muted empty">${empty}</p>`,
      })}
    </section>`;
  }

  private renderDetail(appointment: Appointment): TemplateResult {
    const { t } = this.localize;
    const a = t.visits.appointments;
    const title = a.detailTitle(appointment.service.name);
    return html`<dialog
      class="detail"
      part="detail"
      aria-labelledby="appointment-detail-title"
      @cancel=${(event: Event) => {
        event.preventDefault();
        this.closeDetail();
      }}
    >
      <div class="detail-head">
        <h4 id="appointment-detail-title">${title}</h4>
        <button type="button" class="button small close" part="button" autofocus @click=${() => this.closeDetail()}>${t.common.close}<span class="visually-hidden"> ${title}</span></button>
      </div>
      ${renderAppointmentFacts(appointment, this.localize)}
      ${renderAppointmentActions(appointment, this.localize, {
        onReschedule: () => this.requestAppointment('reschedule', appointment.id),
        onAddPayment: () => this.requestAppointment('add-payment', appointment.id),
      })}
      ${this.renderNotes(appointment)}
    </dialog>`;
  }
}
