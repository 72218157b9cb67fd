/*
 * Strings of the visit tabs (<client-appointments>, <client-reviews>, <client-procedures>): the interface here, one
 * module per locale beside it (visits.en.ts, visits.es.ts, visits.pt-BR.ts). They load with those
 * tabs only. See ../translation.ts for the kinds of leaves.
 */
import type { Appointment, AppointmentStatus } from '../../model/appointment.js';
import type { Review } from '../../model/review.js';
import type { Labels, PluralForms } from '../translation.js';
import { stringsSource } from '../strings.js';
import { visitsEn } from './visits.en.js';

export interface AppointmentStrings {
  title: string;
  loading: string;
  unavailable: string;
  upcoming: string;
  past: string;
  upcomingEmpty: string;
  pastEmpty: string;
  /** Asks the host to book one (a cancelable event). */
  create: string;
  columns: {
    date: string;
    time: string;
    duration: string;
    service: string;
    staff: string;
    center: string;
    status: string;
    price: string;
    modality: string;
    confirmation: string;
    payment: string;
  };
  /** "45 min". */
  minutes: (minutes: string) => string;
  statuses: Labels<AppointmentStatus>;
  modalities: Labels<Appointment['modality']>;
  confirmations: Labels<Appointment['confirmation']>;
  payments: Labels<Appointment['paymentStatus']>;
  channels: Labels<Appointment['channel']>;
  /** Accessible name of the button that opens an appointment's details. */
  open: (service: string, date: string) => string;
  detailTitle: (service: string) => string;
  room: string;
  noRoom: string;
  channel: string;
  amountPaid: string;
  reschedule: string;
  addPayment: string;
  notesTitle: string;
  notesLoading: string;
  noNotes: string;
  /** Title (and accessible name) of the visits-per-month chart. */
  visitsChart: string;
  /** A month's value in the chart's text: "3 visits". */
  visitsCount: PluralForms;
}

export interface ReviewStrings {
  title: string;
  loading: string;
  unavailable: string;
  emptyTitle: string;
  emptyMessage: string;
  average: string;
  /** "4.3 out of 5". */
  outOfFive: (value: string) => string;
  /** "{count} reviews". */
  count: PluralForms;
  distribution: string;
  /** A row of the distribution, read as text: "5 stars: 12 (48%)". */
  distributionRow: (stars: number, count: string, percent: string) => string;
  /** A review's rating, for screen readers: "4 out of 5 stars". */
  rating: (stars: number) => string;
  service: string;
  staff: string;
  noService: string;
  source: string;
  sources: Labels<Review['source']>;
  reply: string;
  noComment: string;
}

export interface ProcedureStrings {
  title: string;
  loading: string;
  unavailable: string;
  emptyTitle: string;
  emptyMessage: string;
  /** No procedure matches the filters. */
  noMatchTitle: string;
  noMatchMessage: string;
  clearFilters: string;
  /** Accessible name of the filters group. */
  filters: string;
  service: string;
  allServices: string;
  from: string;
  to: string;
  /** The range's start is after its end. */
  invertedRange: string;
  /** "Showing 3 of 18 procedures". */
  shown: (shown: string, total: string) => string;
  performer: string;
  center: string;
  details: string;
  products: string;
  batch: (batch: string) => string;
  notes: string;
}

export interface VisitStrings {
  appointments: AppointmentStrings;
  reviews: ReviewStrings;
  procedures: ProcedureStrings;
}

/** The visit tabs' strings: English bundled, the other locales loaded on first use. */
export const visitStrings = stringsSource('visits', visitsEn, {
  es: () => import('./visits.es.js').then((m) => m.visitsEs),
  'pt-BR': () => import('./visits.pt-BR.js').then((m) => m.visitsPtBR),
});
