/* An appointments table: date, time, duration, service, staff, center, status, price, modality, confirmation, payment. */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import type { Appointment } from '../../model/appointment.js';

/** Whole minutes between the start and end. */
export function durationMinutes(appointment: Appointment): number {
  return Math.max(0, Math.round((Date.parse(appointment.endAt) - Date.parse(appointment.startAt)) / 60_000));
}

/** "10:30" in the provider's time zone and locale. */
export function timeOf(iso: string, localize: LocalizeController): string {
  return localize.dateTime(iso, { dateStyle: undefined, timeStyle: 'short' });
}

const STATUS_TONE: Partial<Record<Appointment['status'], string>> = {
  confirmed: 'good',
  arrived: 'good',
  'in-progress': 'good',
  completed: 'good',
  cancelled: 'off',
  'late-cancelled': 'off',
  'no-show': 'warn',
};

export function statusPill(appointment: Appointment, localize: LocalizeController): TemplateResult {
  return html`<span class="pill ${STATUS_TONE[appointment.status] ?? ''}">${localize.t.visits.appointments.statuses[appointment.status]}</span>`;
}

export function renderAppointmentTable(
  caption: string,
  appointments: readonly Appointment[],
  localize: LocalizeController,
  onOpen: (appointment: Appointment) => void,
): TemplateResult {
  const a = localize.t.visits.appointments;
  const c = a.columns;
  return html`<div class="table-wrap">
    <table part="table">
      <caption class="visually-hidden">${caption}</caption>
      <thead>
        <tr>
          <th scope="col">${c.date}</th>
          <th scope="col">${c.time}</th>
          <th scope="col">${c.duration}</th>
          <th scope="col">${c.service}</th>
          <th scope="col">${c.staff}</th>
          <th scope="col">${c.center}</th>
          <th scope="col">${c.status}</th>
          <th scope="col" class="num">${c.price}</th>
          <th scope="col">${c.modality}</th>
          <th scope="col">${c.confirmation}</th>
          <th scope="col">${c.payment}</th>
        </tr>
      </thead>
      <tbody>
        ${appointments.map((appointment) => {
          const date = localize.date(appointment.startAt);
          return html`<tr part="appointment" data-id=${appointment.id} data-status=${appointment.status}>
            <th scope="row" data-label=${c.date}>
              <button type="button" class="link" data-open=${appointment.id} aria-label=${a.open(appointment.service.name, localize.dateTime(appointment.startAt))} @click=${() => onOpen(appointment)}>
                <time datetime=${appointment.startAt}>${date}</time>
              </button>
            </th>
            <td data-label=${c.time}>${timeOf(appointment.startAt, localize)}</td>
            <td data-label=${c.duration}>${a.minutes(localize.number(durationMinutes(appointment)))}</td>
            <td data-label=${c.service}>${appointment.service.name}</td>
            <td data-label=${c.staff}>${appointment.staff.name}</td>
            <td data-label=${c.center}>${appointment.center.name}${appointment.room ? html`<br /><small>${appointment.room.name}</small>` : ''}</td>
            <td data-label=${c.status}>${statusPill(appointment, localize)}</td>
            <td data-label=${c.price} class="num">${localize.money(appointment.price)}</td>
            <td data-label=${c.modality}>${a.modalities[appointment.modality]}</td>
            <td data-label=${c.confirmation}>${a.confirmations[appointment.confirmation]}</td>
            <td data-label=${c.payment}>${a.payments[appointment.paymentStatus]}</td>
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}
