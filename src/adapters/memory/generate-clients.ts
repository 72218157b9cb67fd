import { normalizeText, type Client, type Gender, type Phone } from '../../model/index.js';
import { planClient, type PlanContext } from './client-plan.js';
import { statsFromPlan } from './client-stats.js';
import { CULTURES, EMAIL_DOMAINS, type Culture } from './demo-data/people.js';
import { DEMO_GROUPS, DEMO_TAGS } from './demo-data/groups.js';
import { openingHoursMs, otherThan } from './demo-data/realism.js';
import { chance, createRandom, mixSeed, pick, randomInt, type Random } from './random.js';

const DAY = 86_400_000;
const ORIGINS = ['walk-in', 'online-booking', 'online-booking', 'referral', 'instagram', 'google', 'other'];
const CENTER_BY_COUNTRY: Record<string, string[]> = {
  ES: ['ctr-madrid', 'ctr-barcelona'],
  PT: ['ctr-lisboa'],
  BR: ['ctr-lisboa', 'ctr-madrid'],
  MX: ['ctr-madrid'],
  GB: ['ctr-barcelona', 'ctr-lisboa'],
};
const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

export function demoClientId(index: number): string {
  return `cl-${String(index + 1).padStart(6, '0')}`;
}

function pickCulture(random: Random): Culture {
  let roll = random();
  for (const culture of CULTURES) {
    roll -= culture.weight;
    if (roll < 0) return culture;
  }
  return CULTURES[0] as Culture;
}

function digits(random: Random, count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) out += Math.floor(random() * 10);
  return out;
}

function nationalId(random: Random, country: string): string | null {
  if (country === 'ES') {
    const number = randomInt(random, 10_000_000, 99_999_999);
    return `${number}${DNI_LETTERS[number % 23]}`;
  }
  if (country === 'BR') {
    const d = digits(random, 11);
    return `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6, 9)}-${d.slice(9)}`;
  }
  if (country === 'PT') return digits(random, 9);
  return null;
}

const emailPart = (value: string) => normalizeText(value).replace(/[^a-z]/g, '');

/** One demo client, deterministic from the seed and its index; its figures come from its plan. */
export function generateClient(index: number, context: PlanContext, currency: string): Client {
  const random = createRandom(mixSeed(context.seed ^ 0x1b873593, index));
  const plan = planClient(index, context);
  const culture = pickCulture(random);
  const female = chance(random, 0.62);
  const firstName = pick(random, female ? culture.femaleNames : culture.maleNames);
  const names = female ? culture.femaleNames : culture.maleNames;
  // Never the same name twice in one person ("Adrián Adrián", "García García", "Conceição … Conceição").
  const middleName = chance(random, 0.12) ? otherThan(names, pick(random, names), [firstName]) : null;
  const given = middleName ? [firstName, middleName] : [firstName];
  const surname = otherThan(culture.lastNames, pick(random, culture.lastNames), given);
  const lastName = culture.twoSurnames && chance(random, 0.75) ? `${surname} ${otherThan(culture.lastNames, pick(random, culture.lastNames), [...given, surname])}` : surname;
  const gender: Gender | null = chance(random, 0.03) ? pick(random, ['non-binary', 'undisclosed', 'other'] as const) : female ? 'female' : 'male';
  const phones: Phone[] = [{ number: culture.phone(digits(random, 9)), type: 'mobile', whatsapp: chance(random, 0.85), primary: true }];
  if (chance(random, 0.12)) {
    phones.push({ number: culture.phone(digits(random, 9)), type: chance(random, 0.5) ? 'work' : 'home', whatsapp: false, primary: false });
  }
  const email = chance(random, 0.92)
    ? `${emailPart(firstName)}.${emailPart(surname)}${index}@${pick(random, EMAIL_DOMAINS)}`
    : null;
  const place = pick(random, culture.cities);
  const address = chance(random, 0.7)
    ? {
        line1: `${pick(random, culture.streets)}, ${randomInt(random, 1, 180)}`,
        line2: chance(random, 0.4) ? `${randomInt(random, 1, 9)}º ${pick(random, ['A', 'B', 'C', 'D'])}` : null,
        city: place.city,
        region: place.region,
        postalCode: `${place.postalPrefix}${digits(random, Math.max(0, 5 - place.postalPrefix.length))}`,
        country: culture.country,
      }
    : null;
  const referenceMs = context.referenceMs;
  const visitsLately = plan.visits.some((visit) => visit.startMs > referenceMs - 120 * DAY);
  const status = plan.visits.length === 0 ? 'prospect' : !visitsLately ? 'inactive' : chance(random, 0.08) ? 'vip' : 'active';
  const origin = pick(random, ORIGINS);
  const groupIds = DEMO_GROUPS.filter(() => chance(random, 0.1)).map((group) => group.id);
  const tagIds = DEMO_TAGS.filter(() => chance(random, 0.08)).map((tag) => tag.id);
  const birthYear = new Date(referenceMs).getUTCFullYear() - randomInt(random, 18, 78);
  const birthDate = chance(random, 0.85)
    ? `${birthYear}-${String(randomInt(random, 1, 12)).padStart(2, '0')}-${String(randomInt(random, 1, 28)).padStart(2, '0')}`
    : null;
  // Records are created and edited in opening hours (never a midnight stamp); a separate stream of
  // numbers, so the times do not shift any other generated value.
  const clock = createRandom(mixSeed(context.seed ^ 0x68e31da4, index));
  const createdMs = plan.sinceMs - randomInt(random, 0, 10) * DAY + openingHoursMs(clock());
  const createdAt = new Date(createdMs).toISOString();
  // Front desks touch records often: most were updated in the last few months.
  const editedMs = referenceMs - randomInt(random, 1, 200) * DAY - randomInt(random, 0, 600) * 60_000;
  const updatedAt = new Date(editedMs > createdMs ? Math.max(createdMs + 300_000, Math.floor(editedMs / DAY) * DAY + openingHoursMs(clock())) : createdMs + randomInt(clock, 5, 90) * 60_000).toISOString();
  const customFields: Client['customFields'] = {};
  if (chance(random, 0.5)) customFields.hairType = pick(random, ['straight', 'wavy', 'curly']);
  if (chance(random, 0.25)) customFields.newsletter = chance(random, 0.6);
  const trashed = chance(random, 0.004);
  return {
    id: demoClientId(index),
    version: 1,
    createdAt,
    updatedAt,
    trashedAt: trashed ? new Date(referenceMs - randomInt(random, 1, 25) * DAY).toISOString() : null,
    firstName,
    middleName,
    lastName,
    status,
    weightKg: chance(random, 0.3) ? randomInt(random, 480, 980) / 10 : null,
    bookingBlacklisted: chance(random, 0.02),
    birthDate,
    gender,
    nationalId: chance(random, 0.6) ? nationalId(random, culture.country) : null,
    phones,
    email,
    preferredLanguage: culture.language,
    address,
    customFields,
    origin,
    referredByClientId: origin === 'referral' && index > 0 ? demoClientId(randomInt(random, 0, index - 1)) : null,
    groupIds,
    tagIds,
    centerId: pick(random, CENTER_BY_COUNTRY[culture.country] ?? ['ctr-madrid']),
    avatarUrl: null,
    stats: statsFromPlan(plan, currency, referenceMs),
  };
}
