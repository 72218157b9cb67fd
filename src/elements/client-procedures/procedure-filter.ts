/* Filtering procedures by service and by a date range (calendar dates in the provider's time zone). */
import type { Procedure } from '../../model/appointment.js';
import type { PersonRef } from '../../model/primitives.js';

export interface ProcedureFilter {
  /** Service id, '' for every service. */
  serviceId: string;
  /** ISO dates, '' when open. */
  from: string;
  to: string;
}

export const NO_FILTER: ProcedureFilter = { serviceId: '', from: '', to: '' };

/** The calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function calendarDate(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
}

/** Whether the range's start is after its end (the filter is then not applied). */
export function rangeInverted(filter: ProcedureFilter): boolean {
  return !!filter.from && !!filter.to && filter.from > filter.to;
}

export function filterProcedures(procedures: readonly Procedure[], filter: ProcedureFilter, timeZone: string): Procedure[] {
  if (rangeInverted(filter)) return [...procedures];
  return procedures.filter((procedure) => {
    if (filter.serviceId && procedure.service.id !== filter.serviceId) return false;
    const day = calendarDate(procedure.performedAt, timeZone);
    return (!filter.from || day >= filter.from) && (!filter.to || day <= filter.to);
  });
}

/** The services the procedures name, by name. */
export function servicesOf(procedures: readonly Procedure[]): PersonRef[] {
  const byId = new Map(procedures.map((procedure) => [procedure.service.id, procedure.service]));
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
}
