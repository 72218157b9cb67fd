// 1,000,000 clients for the server benchmark, generated inside PostgreSQL (INSERT … SELECT over
// generate_series, not through the API): the demo generator's name pools, accents and all, spread
// with hashint8 so the same count always gives the same rows.
import { CULTURES, EMAIL_DOMAINS } from '../src/adapters/memory/demo-data/people.js';
import { DEMO_GROUPS, DEMO_TAGS, demoGroups, demoTags } from '../src/adapters/memory/demo-data/groups.js';
import type { Database } from '../server/src/db/database.js';

const CHUNK = 100_000;
const unique = (values: readonly string[]) => [...new Set(values)];

/** Pseudo-random integer in [0, modulo) for row n and a salt (< 64): a hash of (n, salt). */
const pick = (salt: number, modulo: string) => `((hashint8(n::bigint * 64 + ${salt}) & 2147483647) % ${modulo})`;

const INSERT = `
INSERT INTO clients (tenant_id, id, version, created_at, updated_at, first_name, last_name, status, booking_blacklisted,
  birth_date, phones, email, custom_fields, origin, group_ids, tag_ids, center_id, currency, total_sales_minor, review_count,
  average_rating, last_visit_at, active_alert_count, active_allergy_count)
SELECT $1, 'bc-' || lpad(n::text, 7, '0'), 1, created, created, first, last,
  (ARRAY['active','active','active','active','inactive','prospect','vip'])[1 + ${pick(1, '7')}],
  ${pick(2, '40')} = 0,
  date '1945-01-01' + ${pick(3, '25000')},
  jsonb_build_array(jsonb_build_object('number', '+34 6' || lpad(${pick(4, '100000000')}::text, 8, '0'), 'type', 'mobile', 'whatsapp', true, 'primary', true)),
  clientela_normalize(replace(first, ' ', '')) || '.' || clientela_normalize(split_part(last, ' ', 1)) || n || '@' || ($5::text[])[1 + ${pick(5, 'array_length($5::text[], 1)')}],
  '{}'::jsonb,
  (ARRAY['walk-in','online-booking','referral','instagram','google'])[1 + ${pick(6, '5')}],
  CASE WHEN ${pick(7, '3')} = 0 THEN ARRAY[($6::text[])[1 + ${pick(8, 'array_length($6::text[], 1)')}]] ELSE '{}' END,
  CASE WHEN ${pick(9, '4')} = 0 THEN ARRAY[($7::text[])[1 + ${pick(10, 'array_length($7::text[], 1)')}]] ELSE '{}' END,
  (ARRAY['ctr-madrid','ctr-barcelona','ctr-lisboa'])[1 + ${pick(11, '3')}],
  'EUR',
  ${pick(12, '600000')},
  reviews,
  CASE WHEN reviews > 0 THEN 3 + ${pick(13, '200')} / 100.0 END,
  CASE WHEN ${pick(14, '10')} > 0 THEN now() - ${pick(15, '700')} * interval '1 day' END,
  CASE WHEN ${pick(16, '12')} = 0 THEN 1 ELSE 0 END,
  CASE WHEN ${pick(17, '15')} = 0 THEN 1 ELSE 0 END
FROM (
  SELECT n,
    now() - ${pick(18, '2000')} * interval '1 day' AS created,
    ($3::text[])[1 + ${pick(19, 'array_length($3::text[], 1)')}] AS first,
    ($4::text[])[1 + ${pick(20, 'array_length($4::text[], 1)')}] || ' ' || ($4::text[])[1 + ${pick(21, 'array_length($4::text[], 1)')}] AS last,
    ${pick(22, '20')} AS reviews
  FROM generate_series($2::int, $8::int) AS n
) AS rows`;

/** Makes the tenant hold exactly `count` generated clients (kept between runs; regenerated when the count differs). */
export async function ensureBenchClients(db: Database, tenant: string, count: number, log: (line: string) => void): Promise<void> {
  const [row] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM clients WHERE tenant_id = $1', [tenant]);
  if (row!.n === count) {
    log(`tenant "${tenant}" already holds ${count.toLocaleString('en')} clients`);
    return;
  }
  await db.query('DELETE FROM clients WHERE tenant_id = $1', [tenant]);
  await db.query('DELETE FROM client_groups WHERE tenant_id = $1', [tenant]);
  await db.query('DELETE FROM client_tags WHERE tenant_id = $1', [tenant]);
  for (const group of demoGroups('es')) {
    await db.query("INSERT INTO client_groups (tenant_id, id, version, created_at, updated_at, name, color, description) VALUES ($1, $2, 1, now(), now(), $3, $4, $5)", [
      tenant, group.id, group.name, group.color, group.description,
    ]);
  }
  for (const tag of demoTags('es')) {
    await db.query('INSERT INTO client_tags (tenant_id, id, version, created_at, updated_at, name, color) VALUES ($1, $2, 1, now(), now(), $3, $4)', [tenant, tag.id, tag.name, tag.color]);
  }
  const firstNames = unique(CULTURES.flatMap((culture) => [...culture.femaleNames, ...culture.maleNames]));
  const lastNames = unique(CULTURES.flatMap((culture) => culture.lastNames));
  const started = performance.now();
  for (let from = 1; from <= count; from += CHUNK) {
    const to = Math.min(count, from + CHUNK - 1);
    await db.query(INSERT, [tenant, from, firstNames, lastNames, EMAIL_DOMAINS, DEMO_GROUPS.map((g) => g.id), DEMO_TAGS.map((t) => t.id), to]);
    log(`  ${to.toLocaleString('en')} clients (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
  // VACUUM too: the visibility map lets counts read indexes alone (rows just inserted are not all-visible yet).
  await db.exec('VACUUM ANALYZE clients');
}
