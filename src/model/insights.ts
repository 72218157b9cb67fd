import * as z from 'zod';
import { Id, IsoDate, IsoDateTime, Money } from './primitives.js';

/** Loyalty figures about one client, computed by the backend. */
export const ClientInsights = z.object({
  clientId: Id,
  favouriteServices: z.array(z.object({ serviceId: Id, name: z.string(), count: z.number().int().positive() })),
  visitCount: z.number().int().nonnegative(),
  /** Mean days between visits; null with fewer than two visits. */
  averageVisitIntervalDays: z.number().nonnegative().nullable(),
  /** Visits per month over the last 12 months. */
  visitsPerMonth: z.number().nonnegative(),
  clientSince: IsoDate,
  nextAnniversary: IsoDate,
  lastVisitAt: IsoDateTime.nullable(),
  daysSinceLastVisit: z.number().int().nonnegative().nullable(),
  /** A frequent client (3+ visits) away for more than twice their usual interval. */
  lapsed: z.boolean(),
  noShowCount: z.number().int().nonnegative(),
  lateCancellationCount: z.number().int().nonnegative(),
  /** Visits over visits + no-shows + late cancellations; null without appointments. */
  showRate: z.number().min(0).max(1).nullable(),
  lifetimeSpend: Money,
  averageTicket: Money.nullable(),
  amountDue: Money,
});
export type ClientInsights = z.infer<typeof ClientInsights>;
