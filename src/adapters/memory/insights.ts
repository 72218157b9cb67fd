import { VISIT_STATUSES, countsTowardSales, type Client, type ClientInsights } from '../../model/index.js';
import type { RelatedRecords } from './related-records.js';

const DAY = 86_400_000;
const VISITED = new Set<string>(VISIT_STATUSES);

/** The next date (YYYY-MM-DD) on or after today with the same month and day as `since`. */
function nextAnniversary(since: string, nowMs: number): string {
  const today = new Date(nowMs).toISOString().slice(0, 10);
  const monthDay = since.slice(5, 10) === '02-29' ? '02-28' : since.slice(5, 10);
  const year = Number(today.slice(0, 4));
  const thisYear = `${year}-${monthDay}`;
  return thisYear >= today ? thisYear : `${year + 1}-${monthDay}`;
}

/** Loyalty figures from a client's appointments and invoices. */
export function computeInsights(client: Client, records: RelatedRecords, nowMs: number): ClientInsights {
  const currency = client.stats.totalSales.currency;
  const visits = records.appointments
    .filter((appointment) => VISITED.has(appointment.status) && Date.parse(appointment.startAt) <= nowMs)
    .map((appointment) => ({ at: Date.parse(appointment.startAt), service: appointment.service }))
    .sort((a, b) => a.at - b.at);
  const byService = new Map<string, { serviceId: string; name: string; count: number }>();
  for (const visit of visits) {
    const entry = byService.get(visit.service.id) ?? { serviceId: visit.service.id, name: visit.service.name, count: 0 };
    entry.count++;
    byService.set(visit.service.id, entry);
  }
  const first = visits[0];
  const last = visits[visits.length - 1];
  const averageVisitIntervalDays = visits.length >= 2 && first && last ? (last.at - first.at) / DAY / (visits.length - 1) : null;
  const daysSinceLastVisit = last ? Math.floor((nowMs - last.at) / DAY) : null;
  const noShowCount = records.appointments.filter((appointment) => appointment.status === 'no-show').length;
  const lateCancellationCount = records.appointments.filter((appointment) => appointment.status === 'late-cancelled').length;
  const attended = visits.length + noShowCount + lateCancellationCount;
  const sales = records.invoices.filter(countsTowardSales);
  const lifetime = sales.reduce((sum, invoice) => sum + invoice.total.amountMinor, 0);
  const due = sales.reduce((sum, invoice) => sum + Math.max(0, invoice.total.amountMinor - invoice.amountPaid.amountMinor), 0);
  const lastYear = visits.filter((visit) => visit.at > nowMs - 365 * DAY).length;
  return {
    clientId: client.id,
    favouriteServices: [...byService.values()].sort((a, b) => b.count - a.count).slice(0, 3),
    visitCount: visits.length,
    averageVisitIntervalDays,
    visitsPerMonth: lastYear / 12,
    clientSince: client.createdAt.slice(0, 10),
    nextAnniversary: nextAnniversary(client.createdAt.slice(0, 10), nowMs),
    lastVisitAt: last ? new Date(last.at).toISOString() : null,
    daysSinceLastVisit,
    lapsed: visits.length >= 3 && averageVisitIntervalDays !== null && daysSinceLastVisit !== null && daysSinceLastVisit > 2 * averageVisitIntervalDays,
    noShowCount,
    lateCancellationCount,
    showRate: attended ? visits.length / attended : null,
    lifetimeSpend: { amountMinor: lifetime, currency },
    averageTicket: sales.length ? { amountMinor: Math.round(lifetime / sales.length), currency } : null,
    amountDue: { amountMinor: due, currency },
  };
}
