/*
 * Appointments as notes and comments refer to them: loaded once with the tab (from
 * adapter.appointments, when the adapter has it), described as "date · service", and picked in a
 * select. Without the namespace, records keep their link but show it as unknown.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { ClientDataAdapter } from '../../adapter/contract.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import type { Appointment } from '../../model/appointment.js';

/** The client's appointments, newest first (up to 200: the picker's reach). */
export async function appointmentsOf(adapter: ClientDataAdapter, clientId: string, signal: AbortSignal): Promise<Appointment[]> {
  if (!adapter.appointments) return [];
  return (await adapter.appointments.list(clientId, { limit: 200 }, { signal })).items;
}

/** "3 Mar 2026, 10:30 · Corte y peinado", or "an appointment no longer listed". */
export function describeAppointment(id: string, appointments: readonly Appointment[], localize: LocalizeController): string {
  const appointment = appointments.find((candidate) => candidate.id === id);
  const r = localize.t.records;
  return appointment ? r.appointment.describe(localize.dateTime(appointment.startAt), appointment.service.name) : r.appointment.unknown;
}

export interface AppointmentFieldOptions {
  id: string;
  value: string | null;
  appointments: readonly Appointment[];
  /** Offer "none (general)". */
  allowNone: boolean;
  invalid?: boolean;
  errorId?: string;
  onChange: (value: string | null) => void;
}

/** A labelled appointment picker. */
export function renderAppointmentField(options: AppointmentFieldOptions, localize: LocalizeController): TemplateResult {
  const r = localize.t.records;
  const listed = options.appointments.some((appointment) => appointment.id === options.value);
  return html`<div class="field" part="field">
    <label for=${options.id}>${r.appointment.label}${options.allowNone ? nothing : html`<span class="required" aria-hidden="true"> *</span>`}</label>
    <select
      id=${options.id}
      aria-invalid=${options.invalid ? 'true' : 'false'}
      aria-describedby=${options.invalid && options.errorId ? options.errorId : nothing}
      @change=${(event: Event) => options.onChange((event.target as HTMLSelectElement).value || null)}
    >
      <option value="" ?selected=${!options.value}>${options.allowNone ? r.appointment.none : '—'}</option>
      ${options.value && !listed ? html`<option value=${options.value} selected>${r.appointment.unknown}</option>` : nothing}
      ${options.appointments.map(
        (appointment) =>
          html`<option value=${appointment.id} ?selected=${appointment.id === options.value}>
            ${r.appointment.describe(localize.dateTime(appointment.startAt), appointment.service.name)}
          </option>`,
      )}
    </select>
    ${options.invalid && options.errorId ? html`<span class="field-error" id=${options.errorId}>${r.appointment.required}</span>` : nothing}
  </div>`;
}
