import * as z from 'zod/mini';
import { ClientRecordMeta, Id, IsoDateTime, Money, PersonRef } from './primitives.js';

export const APPOINTMENT_STATUSES = [
  'booked',
  'confirmed',
  'arrived',
  'in-progress',
  'completed',
  'cancelled',
  'late-cancelled',
  'no-show',
] as const;
export const AppointmentStatus = z.enum(APPOINTMENT_STATUSES);
export type AppointmentStatus = z.infer<typeof AppointmentStatus>;

/** A stored appointment. Booking itself belongs to the host; the module reads history and agenda. */
export const Appointment = z.extend(ClientRecordMeta, {
  startAt: IsoDateTime,
  endAt: IsoDateTime,
  service: PersonRef,
  staff: PersonRef,
  center: PersonRef,
  room: z.nullable(PersonRef),
  status: AppointmentStatus,
  price: Money,
  modality: z.enum(['in-person', 'online', 'home-visit']),
  confirmation: z.enum(['unconfirmed', 'confirmed', 'declined']),
  paymentStatus: z.enum(['unpaid', 'partially-paid', 'paid', 'refunded']),
  amountPaid: Money,
  /** Online booking, staff, phone, walk-in. */
  channel: z.enum(['online', 'staff', 'phone', 'walk-in']),
});
export type Appointment = z.infer<typeof Appointment>;

export const AppointmentFilter = z.object({
  /** past: started before now; upcoming: starts now or later. */
  when: z.optional(z.enum(['past', 'upcoming'])),
  statuses: z.optional(z.array(AppointmentStatus)),
});
export type AppointmentFilter = z.infer<typeof AppointmentFilter>;

/** Statuses that count as a visit that took place. */
export const VISIT_STATUSES: readonly AppointmentStatus[] = ['arrived', 'in-progress', 'completed'];

const UsedProduct = z.object({
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  batch: z.nullable(z.string().check(z.maxLength(100))),
});

/** A procedure performed on the client (service traceability). */
export const ProcedureEditable = z.object({
  performedAt: IsoDateTime,
  service: PersonRef,
  staff: PersonRef,
  center: PersonRef,
  appointmentId: z.nullable(Id),
  /** Treated area, technique, parameters. */
  details: z.string().check(z.maxLength(4000)),
  /** Products and batches used, for traceability. */
  products: z.array(UsedProduct),
  notes: z.string().check(z.maxLength(4000)),
});
export const Procedure = z.extend(ClientRecordMeta, ProcedureEditable.shape);
export type Procedure = z.infer<typeof Procedure>;
export const ProcedureInput = z.required(z.partial(ProcedureEditable), { performedAt: true, service: true, staff: true, center: true });
export type ProcedureInput = z.infer<typeof ProcedureInput>;
export const ProcedurePatch = z.partial(ProcedureEditable);
export type ProcedurePatch = z.infer<typeof ProcedurePatch>;
