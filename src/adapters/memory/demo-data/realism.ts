/* Small rules that keep generated people and timestamps looking like a real salon's records. */

/** `picked`, unless it is one of `avoid`: then the next entry of `pool` that is not (no new random draw). */
export function otherThan(pool: readonly string[], picked: string, avoid: readonly string[]): string {
  if (!avoid.includes(picked)) return picked;
  const start = pool.indexOf(picked);
  for (let step = 1; step < pool.length; step++) {
    const candidate = pool[(start + step) % pool.length]!;
    if (!avoid.includes(candidate)) return candidate;
  }
  return picked;
}

const OPENING_MINUTES = 9 * 60;
const CLOSING_MINUTES = 20 * 60;

/** A time of day in opening hours (9:00–20:00 UTC), in ms after midnight, from a value in [0, 1). */
export function openingHoursMs(unit: number): number {
  return (OPENING_MINUTES + Math.floor(unit * (CLOSING_MINUTES - OPENING_MINUTES))) * 60_000;
}
