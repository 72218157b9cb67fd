// Per-tenant counters of clients (and the sums metrics need), kept exact by statement triggers on
// `clients`: a list's `total` and the metrics of a filter on low-cardinality facets only (view,
// status, center, alerts, groups, …) sum a few thousand counter rows instead of counting up to
// 1,000,000 clients. Two grains, so neither multiplies every facet by every other: one with groups
// and tags, one with origin and birthday month. A filter a grain cannot answer (search, ids,
// sales or visit ranges, groups with months) counts the clients themselves.
//
// Exact, not estimated: a counter changes in the transaction that changes the client, so a count
// sees the same committed rows the page query does. An update that changes no facet (stats,
// versions, names) nets to zero and writes no counter.

/** A counter column: its name and the expression over a `clients` row that fills it. */
interface Dimension {
  column: string;
  type: string;
  expression: string;
}

const d = (column: string, type: string, expression = column): Dimension => ({ column, type, expression });

const COMMON: Dimension[] = [
  d('trashed', 'boolean', '(trashed_at IS NOT NULL)'),
  d('status', 'text'),
  d('center_id', 'text'),
  d('has_alert', 'boolean', '(active_alert_count > 0)'),
  d('has_allergy', 'boolean', '(active_allergy_count > 0)'),
  d('booking_blacklisted', 'boolean'),
];

export interface CountGrain {
  table: string;
  dimensions: Dimension[];
}

export const COUNT_GRAINS: readonly CountGrain[] = [
  { table: 'client_counts_by_tags', dimensions: [...COMMON, d('group_ids', 'text[]'), d('tag_ids', 'text[]')] },
  { table: 'client_counts_by_month', dimensions: [...COMMON, d('origin', 'text'), d('birth_month', 'integer', 'extract(month FROM birth_date)::integer')] },
];

/** The sums a counter row carries beside its count (those of the metrics query, over the same rows). */
const SUMS = [
  { column: 'n', type: 'bigint', expression: '1' },
  { column: 'reviews', type: 'bigint', expression: 'review_count' },
  // numeric: added and subtracted for ever, a float would drift.
  { column: 'ratings', type: 'numeric', expression: '(coalesce(average_rating, 0) * review_count)::numeric' },
  { column: 'sales', type: 'numeric', expression: 'total_sales_minor' },
];

/** Adds (sign 1) or removes (sign -1) the rows of a transition table from one grain's counters. */
function applyRows(grain: CountGrain, rows: string, sign: 1 | -1): string {
  const keys = ['tenant_id', ...grain.dimensions.map((dim) => dim.column)];
  const selected = ['tenant_id', ...grain.dimensions.map((dim) => `${dim.expression} AS ${dim.column}`)];
  const sums = SUMS.map((sum) => `${sign === 1 ? '' : '-'}sum(${sum.expression}) AS ${sum.column}`);
  return `INSERT INTO ${grain.table} AS c (${[...keys, ...SUMS.map((sum) => sum.column)].join(', ')})
      SELECT ${[...selected, ...sums].join(', ')} FROM ${rows}
      GROUP BY ${keys.map((_, i) => i + 1).join(', ')} ORDER BY ${keys.map((_, i) => i + 1).join(', ')}
      ON CONFLICT (${keys.join(', ')}) DO UPDATE SET ${SUMS.map((sum) => `${sum.column} = c.${sum.column} + excluded.${sum.column}`).join(', ')}`;
}

/** An update's net change per counter row: rows whose facets did not change cancel out and write nothing. */
function applyUpdate(grain: CountGrain): string {
  const keys = ['tenant_id', ...grain.dimensions.map((dim) => dim.column)];
  const side = (rows: string, sign: string) =>
    `SELECT tenant_id, ${grain.dimensions.map((dim) => `${dim.expression} AS ${dim.column}`).join(', ')}, ${SUMS.map((sum) => `${sign}${sum.expression} AS ${sum.column}`).join(', ')} FROM ${rows}`;
  return `INSERT INTO ${grain.table} AS c (${[...keys, ...SUMS.map((sum) => sum.column)].join(', ')})
      SELECT ${keys.join(', ')}, ${SUMS.map((sum) => `sum(${sum.column})`).join(', ')}
      FROM (${side('old_rows', '-')} UNION ALL ${side('new_rows', '')}) AS changes
      GROUP BY ${keys.join(', ')} HAVING ${SUMS.map((sum) => `sum(${sum.column}) <> 0`).join(' OR ')} ORDER BY ${keys.join(', ')}
      ON CONFLICT (${keys.join(', ')}) DO UPDATE SET ${SUMS.map((sum) => `${sum.column} = c.${sum.column} + excluded.${sum.column}`).join(', ')}`;
}

const statements = (build: (grain: CountGrain) => string) => COUNT_GRAINS.map((grain) => `    ${build(grain)};`).join('\n');

/** Migration 4: the counter tables, the triggers that keep them, and a recount of existing clients (so running it again is harmless). */
export const CLIENT_COUNTS_SQL = `
${COUNT_GRAINS.map(
  (grain) => `CREATE TABLE IF NOT EXISTS ${grain.table} (
  tenant_id text NOT NULL,
${grain.dimensions.map((dim) => `  ${dim.column} ${dim.type},`).join('\n')}
${SUMS.map((sum) => `  ${sum.column} ${sum.type} NOT NULL`).join(',\n')}
);
CREATE UNIQUE INDEX IF NOT EXISTS ${grain.table}_key ON ${grain.table} (tenant_id, ${grain.dimensions.map((dim) => dim.column).join(', ')}) NULLS NOT DISTINCT;`,
).join('\n')}

CREATE OR REPLACE FUNCTION clientela_count_clients() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
${statements((grain) => applyRows(grain, 'new_rows', 1))}
  ELSIF TG_OP = 'DELETE' THEN
${statements((grain) => applyRows(grain, 'old_rows', -1))}
    -- Removing clients (a purge, a tenant's removal) drops the counters it empties.
${statements((grain) => `DELETE FROM ${grain.table} WHERE n = 0 AND tenant_id IN (SELECT DISTINCT tenant_id FROM old_rows)`)}
  ELSE
${statements(applyUpdate)}
  END IF;
  RETURN NULL;
END $$;

CREATE OR REPLACE TRIGGER clients_count_insert AFTER INSERT ON clients REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION clientela_count_clients();
CREATE OR REPLACE TRIGGER clients_count_update AFTER UPDATE ON clients REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION clientela_count_clients();
CREATE OR REPLACE TRIGGER clients_count_delete AFTER DELETE ON clients REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION clientela_count_clients();

-- The recount: no client changes meanwhile (SHARE blocks writers until the migration commits).
LOCK TABLE clients IN SHARE MODE;
${COUNT_GRAINS.map((grain) => `DELETE FROM ${grain.table};\n${applyRows(grain, 'clients', 1).replace(/ON CONFLICT[\s\S]*$/, '')};`).join('\n')}

-- Sorts on a column without a value (no visit yet): NULLS FIRST ascending, so descending (NULLS LAST)
-- is the same index read backwards and a sorted page stops after its rows.
CREATE INDEX IF NOT EXISTS clients_last_visit_nulls_first ON clients (tenant_id, last_visit_at NULLS FIRST, id) WHERE trashed_at IS NULL;
DROP INDEX IF EXISTS clients_last_visit;
CREATE INDEX IF NOT EXISTS clients_rating ON clients (tenant_id, average_rating NULLS FIRST, id) WHERE trashed_at IS NULL;
`;
