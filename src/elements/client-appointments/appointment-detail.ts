/* The details panel of an appointment: every field, the host's actions, and its attention notes. */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import type { Appointment } from '../../model/appointment.js';
import { durationMinutes, statusPill, timeOf } from './appointment-table.js';

export interface AppointmentDetailActions {
  onReschedule?: () => void;
  onAddPayment?: () => void;
}

const CLOSED: readonly Appointment['status'][] = ['completed', 'cancelled', 'late-cancelled', 'no-show'];

/** Reschedule only while the appointment may still take place; add payment while something is owed. */
export function canReschedule(appointment: Appointment): boolean {
  return !CLOSED.includes(appointment.status);
}
export function canAddPayment(appointment: Appointment): boolean {
  return appointment.paymentStatus === 'unpaid' || appointment.paymentStatus === 'partially-paid';
}

export function renderAppointmentFacts(appointment: Appointment, localize: LocalizeController): TemplateResult {
  const a = localize.t.visits.appointments;
  const c = a.columns;
  const fact = (term: string, value: unknown) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`;
  return html`<dl class="facts">
    ${fact(c.date, localize.date(appointment.startAt, { dateStyle: 'full' }))}
    ${fact(c.time, `${timeOf(appointment.startAt, localize)} – ${timeOf(appointment.endAt, localize)}`)}
    ${fact(c.duration, a.minutes(localize.number(durationMinutes(appointment))))}
    ${fact(c.status, statusPill(appointment, localize))}
    ${fact(c.staff, appointment.staff.name)}
    ${fact(c.center, appointment.center.name)}
    ${fact(a.room, appointment.room?.name ?? a.noRoom)}
    ${fact(c.modality, a.modalities[appointment.modality])}
    ${fact(c.confirmation, a.confirmations[appointment.confirmation])}
    ${fact(a.channel, a.channels[appointment.channel])}
    ${fact(c.price, localize.money(appointment.price))}
    ${fact(a.amountPaid, localize.money(appointment.amountPaid))}
    ${fact(c.payment, a.payments[appointment.paymentStatus])}
  </dl>`;
}

export function renderAppointmentActions(appointment: Appointment, localize: LocalizeController, actions: AppointmentDetailActions): TemplateResult | typeof nothing {
  const a = localize.t.visits.appointments;
  const reschedule = actions.onReschedule && canReschedule(appointment);
  const pay = actions.onAddPayment && canAddPayment(appointment);
  if (!reschedule && !pay) return nothing;
  return html`<div class="actions">
    ${reschedule ? html`<button type="button" class="button" part="button" data-action="reschedule" @click=${actions.onReschedule}>${a.reschedule}</button>` : nothing}
    ${pay ? html`<button type="button" class="button" part="button" data-action="add-payment" @click=${actions.onAddPayment}>${a.addPayment}</button>` : nothing}
  </div>`;
}
