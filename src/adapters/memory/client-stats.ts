import {
  VISIT_STATUSES,
  countsTowardSales,
  type Alert,
  type Allergy,
  type Appointment,
  type ClientStats,
  type Invoice,
  type Review,
  type WalletMovement,
} from '../../model/index.js';
import type { ClientPlan } from './client-plan.js';

const UPCOMING = new Set(['booked', 'confirmed']);
const VISITED = new Set<string>(VISIT_STATUSES);

/** The records a client's figures are computed from. */
export interface StatsSources {
  appointments: readonly Appointment[];
  invoices: readonly Invoice[];
  reviews: readonly Review[];
  walletMovements: readonly WalletMovement[];
  alerts: readonly Alert[];
  allergies: readonly Allergy[];
}

const iso = (ms: number) => new Date(ms).toISOString();

/** A client's figures from its stored records: the single definition every figure follows. */
export function computeStats(sources: StatsSources, currency: string, nowMs: number): ClientStats {
  let lastVisit = -Infinity;
  let nextVisit = Infinity;
  for (const appointment of sources.appointments) {
    const start = Date.parse(appointment.startAt);
    if (start <= nowMs && VISITED.has(appointment.status)) lastVisit = Math.max(lastVisit, start);
    if (start > nowMs && UPCOMING.has(appointment.status)) nextVisit = Math.min(nextVisit, start);
  }
  let sales = 0;
  for (const invoice of sources.invoices) if (countsTowardSales(invoice)) sales += invoice.total.amountMinor;
  let ratingSum = 0;
  for (const review of sources.reviews) ratingSum += review.rating;
  let balance = 0;
  for (const movement of sources.walletMovements) if (movement.pocket === 'balance') balance += movement.amount.amountMinor;
  return {
    totalSales: { amountMinor: sales, currency },
    reviewCount: sources.reviews.length,
    averageRating: sources.reviews.length ? ratingSum / sources.reviews.length : null,
    lastVisitAt: Number.isFinite(lastVisit) ? iso(lastVisit) : null,
    nextVisitAt: Number.isFinite(nextVisit) ? iso(nextVisit) : null,
    activeAlertCount: sources.alerts.filter((alert) => alert.active).length,
    activeAllergyCount: sources.allergies.filter((allergy) => allergy.active).length,
    walletBalance: { amountMinor: balance, currency },
  };
}

/**
 * The same figures from a client's plan, without building its records (used for 100,000 clients at
 * start-up). Must agree with computeStats over the records materializeClient builds from the plan;
 * a test checks that it does.
 */
export function statsFromPlan(plan: ClientPlan, currency: string, nowMs: number): ClientStats {
  let lastVisit = -Infinity;
  let nextVisit = Infinity;
  let sales = 0;
  let reviews = 0;
  let ratingSum = 0;
  for (const visit of plan.visits) {
    if (visit.startMs <= nowMs && VISITED.has(visit.status)) lastVisit = Math.max(lastVisit, visit.startMs);
    if (visit.startMs > nowMs && UPCOMING.has(visit.status)) nextVisit = Math.min(nextVisit, visit.startMs);
    if (visit.invoiceStatus && countsTowardSales({ status: visit.invoiceStatus })) {
      sales += visit.serviceMinor + visit.productMinor;
    }
    if (visit.rating) {
      reviews++;
      ratingSum += visit.rating;
    }
  }
  let balance = 0;
  for (const op of plan.wallet) {
    if (op.kind === 'add-funds') balance += op.amountMinor;
    if (op.kind === 'deduct-funds') balance -= op.amountMinor;
  }
  return {
    totalSales: { amountMinor: sales, currency },
    reviewCount: reviews,
    averageRating: reviews ? ratingSum / reviews : null,
    lastVisitAt: Number.isFinite(lastVisit) ? iso(lastVisit) : null,
    nextVisitAt: Number.isFinite(nextVisit) ? iso(nextVisit) : null,
    activeAlertCount: plan.alerts.filter((alert) => alert.active).length,
    activeAllergyCount: plan.allergies.filter((allergy) => allergy.active).length,
    walletBalance: { amountMinor: balance, currency },
  };
}
