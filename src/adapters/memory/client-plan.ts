import type { AppointmentStatus, InvoiceStatus } from '../../model/index.js';
import { chance, createRandom, mixSeed, randomInt, type Random } from './random.js';

const DAY = 86_400_000;

/** One appointment of a client's history or agenda, before it becomes records. */
export interface VisitPlan {
  startMs: number;
  serviceIndex: number;
  staffIndex: number;
  centerIndex: number;
  status: AppointmentStatus;
  /** Service price plus products sold at the visit, in minor units. */
  serviceMinor: number;
  productMinor: number;
  invoiceStatus: InvoiceStatus | null;
  /** 0 when the client left no review. */
  rating: number;
}

export interface WalletOpPlan {
  kind: 'add-funds' | 'deduct-funds' | 'reward' | 'reward-redeemed';
  amountMinor: number;
  atMs: number;
}

/**
 * Everything about a client's related records that their figures depend on, drawn from the client's
 * own random stream. Cheap enough to draw for 100,000 clients at start-up (for the list's figures)
 * and drawn again, identically, when a client's records are first needed.
 */
export interface ClientPlan {
  sinceMs: number;
  visits: VisitPlan[];
  wallet: WalletOpPlan[];
  allergies: { active: boolean }[];
  alerts: { active: boolean }[];
  /** Random stream for everything that does not affect figures (texts, staff of notes, …). */
  detailSeed: number;
}

export interface PlanContext {
  seed: number;
  referenceMs: number;
  /** Prices in minor units, by catalog service index. */
  servicePrices: readonly number[];
  staffCount: number;
  centerCount: number;
}

function pastStatus(random: Random): AppointmentStatus {
  const roll = random();
  if (roll < 0.85) return 'completed';
  if (roll < 0.9) return 'no-show';
  if (roll < 0.96) return 'cancelled';
  return 'late-cancelled';
}

function invoiceStatusFor(status: AppointmentStatus, random: Random): InvoiceStatus | null {
  if (status !== 'completed') return null;
  const roll = random();
  if (roll < 0.88) return 'paid';
  if (roll < 0.92) return 'partially-paid';
  if (roll < 0.96) return 'issued';
  if (roll < 0.98) return 'void';
  return 'refunded';
}

/** A rating skewed toward happy clients, like real salon reviews. */
function drawRating(random: Random): number {
  const roll = random();
  if (roll < 0.55) return 5;
  if (roll < 0.82) return 4;
  if (roll < 0.93) return 3;
  if (roll < 0.97) return 2;
  return 1;
}

export function planClient(index: number, context: PlanContext): ClientPlan {
  const random = createRandom(mixSeed(context.seed, index));
  const { referenceMs } = context;
  const today = Math.floor(referenceMs / DAY) * DAY;
  // Most clients have 12 to 36 months of history; some are new.
  const isNew = chance(random, 0.08);
  const sinceDays = isNew ? randomInt(random, 5, 60) : randomInt(random, 380, 1100);
  const sinceMs = today - sinceDays * DAY;
  const intervalDays = randomInt(random, 12, 75);
  // Lapsed clients stopped coming some months ago.
  const lapsedDays = chance(random, 0.15) ? randomInt(random, 100, 300) : 0;
  const favouriteService = randomInt(random, 0, context.servicePrices.length - 1);
  const favouriteStaff = randomInt(random, 0, context.staffCount - 1);
  const homeCenter = randomInt(random, 0, context.centerCount - 1);

  const visits: VisitPlan[] = [];
  let day = sinceDays;
  const lastPastDay = lapsedDays;
  while (day > lastPastDay && visits.length < 80) {
    visits.push(drawVisit(today - day * DAY, false));
    day -= Math.max(3, intervalDays + randomInt(random, -5, 10));
  }
  // The agenda: up to three upcoming appointments within the next two months.
  if (!lapsedDays) {
    const upcoming = randomInt(random, 0, 3);
    for (let i = 0, ahead = randomInt(random, 1, 20); i < upcoming; i++, ahead += randomInt(random, 7, 25)) {
      visits.push(drawVisit(today + ahead * DAY, true));
    }
  }

  function drawVisit(dayMs: number, upcoming: boolean): VisitPlan {
    const minutes = randomInt(random, 9 * 4, 19 * 4) * 15;
    const serviceIndex = chance(random, 0.6) ? favouriteService : randomInt(random, 0, context.servicePrices.length - 1);
    const status: AppointmentStatus = upcoming ? (chance(random, 0.6) ? 'confirmed' : 'booked') : pastStatus(random);
    const serviceMinor = context.servicePrices[serviceIndex] ?? 0;
    const productMinor = status === 'completed' && chance(random, 0.2) ? randomInt(random, 8, 45) * 100 : 0;
    return {
      startMs: dayMs + minutes * 60_000,
      serviceIndex,
      staffIndex: chance(random, 0.7) ? favouriteStaff : randomInt(random, 0, context.staffCount - 1),
      centerIndex: chance(random, 0.85) ? homeCenter : randomInt(random, 0, context.centerCount - 1),
      status,
      serviceMinor,
      productMinor,
      invoiceStatus: invoiceStatusFor(status, random),
      rating: status === 'completed' && chance(random, 0.3) ? drawRating(random) : 0,
    };
  }

  const wallet: WalletOpPlan[] = [];
  if (chance(random, 0.3)) {
    let balance = 0;
    let at = sinceMs + randomInt(random, 1, 30) * DAY;
    for (let i = randomInt(random, 1, 4); i > 0 && at < referenceMs; i--) {
      if (balance > 0 && chance(random, 0.5)) {
        const amountMinor = Math.min(balance, randomInt(random, 10, 80) * 100);
        wallet.push({ kind: 'deduct-funds', amountMinor, atMs: at });
        balance -= amountMinor;
      } else {
        const amountMinor = randomInt(random, 2, 20) * 1000;
        wallet.push({ kind: 'add-funds', amountMinor, atMs: at });
        balance += amountMinor;
      }
      at += randomInt(random, 20, 120) * DAY;
    }
  }
  if (chance(random, 0.2)) {
    const amountMinor = randomInt(random, 5, 20) * 100;
    const at = Math.min(referenceMs - DAY, sinceMs + randomInt(random, 30, 200) * DAY);
    wallet.push({ kind: 'reward', amountMinor, atMs: at });
    if (chance(random, 0.4)) wallet.push({ kind: 'reward-redeemed', amountMinor, atMs: Math.min(referenceMs - 1, at + 20 * DAY) });
  }
  wallet.sort((a, b) => a.atMs - b.atMs);

  const allergies = chance(random, 0.15)
    ? Array.from({ length: randomInt(random, 1, 2) }, () => ({ active: chance(random, 0.8) }))
    : [];
  const alerts = chance(random, 0.12)
    ? Array.from({ length: randomInt(random, 1, 2) }, () => ({ active: chance(random, 0.7) }))
    : [];

  return { sinceMs, visits, wallet, allergies, alerts, detailSeed: mixSeed(context.seed ^ 0x5bd1e995, index) };
}

