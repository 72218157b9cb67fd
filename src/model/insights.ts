import * as z from 'zod/mini';
import { Id, IsoDate, IsoDateTime, Money } from './primitives.js';

const FavouriteService = z.object({ serviceId: Id, name: z.string(), count: z.number().check(z.int(), z.positive()) });

/** Loyalty figures about one client, computed by the backend. */
export const ClientInsights = z.object({
  clientId: Id,
  favouriteServices: z.array(FavouriteService),
  visitCount: z.number().check(z.int(), z.nonnegative()),
  /** Mean days between visits; null with fewer than two visits. */
  averageVisitIntervalDays: z.nullable(z.number().check(z.nonnegative())),
  /** Visits per month over the last 12 months. */
  visitsPerMonth: z.number().check(z.nonnegative()),
  clientSince: IsoDate,
  nextAnniversary: IsoDate,
  lastVisitAt: z.nullable(IsoDateTime),
  daysSinceLastVisit: z.nullable(z.number().check(z.int(), z.nonnegative())),
  /** A frequent client (3+ visits) away for more than twice their usual interval. */
  lapsed: z.boolean(),
  noShowCount: z.number().check(z.int(), z.nonnegative()),
  lateCancellationCount: z.number().check(z.int(), z.nonnegative()),
  /** Visits over visits + no-shows + late cancellations; null without appointments. */
  showRate: z.nullable(z.number().check(z.gte(0), z.lte(1))),
  lifetimeSpend: Money,
  averageTicket: z.nullable(Money),
  amountDue: Money,
});
export type ClientInsights = z.infer<typeof ClientInsights>;
