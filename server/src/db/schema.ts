// The schema, as numbered migrations. Each runs once (clientela_migrations remembers it) and is also
// written to be harmless when run again (IF NOT EXISTS, OR REPLACE).
//
// Every table starts with tenant_id, part of its primary key: a query always names its tenant.
// Search: clientela_normalize (lower case, accents removed by unaccent) feeds stored generated columns
// with trigram indexes (after tenant_id, through btree_gin), so `%term%` is answered from an index; phones keep their digits in a column of
// their own, so "612 34 56 78" and "612-345-678" are one number.

import { CLIENT_COUNTS_SQL } from './client-counts.js';

export interface Migration {
  id: number;
  name: string;
  sql: string;
}

const FUNCTIONS = `
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;
-- GIN indexes that start with tenant_id (a small tenant's search never walks a big tenant's matches).
CREATE EXTENSION IF NOT EXISTS btree_gin;

-- unaccent() is STABLE (its dictionary could change); this fixed-dictionary form is what indexes need.
CREATE OR REPLACE FUNCTION clientela_normalize(value text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;

-- The digits of every phone number of a client, one array element per number.
CREATE OR REPLACE FUNCTION clientela_phone_numbers(phones jsonb) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT coalesce(array_agg(regexp_replace(phone->>'number', '\\D', '', 'g')), '{}')
        FROM jsonb_array_elements(coalesce(phones, '[]'::jsonb)) AS phone $$;

-- The same digits as one text (space separated), for the trigram index.
CREATE OR REPLACE FUNCTION clientela_phone_digits(phones jsonb) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT array_to_string(clientela_phone_numbers(phones), ' ') $$;

-- Duplicate keys of phones: the last nine digits of numbers with six or more (memory adapter: phoneKey).
CREATE OR REPLACE FUNCTION clientela_phone_keys(phones jsonb) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT coalesce(array_agg(right(digits, 9)), '{}')
        FROM unnest(clientela_phone_numbers(phones)) AS digits WHERE length(digits) >= 6 $$;

-- ISO 8601 in UTC with milliseconds, as the contract's records carry them.
CREATE OR REPLACE FUNCTION clientela_iso(value timestamptz) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT to_char(value AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') $$;
`;

const TABLES = `
CREATE TABLE IF NOT EXISTS clients (
  tenant_id text NOT NULL,
  id text COLLATE "C" NOT NULL,
  version integer NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  trashed_at timestamptz,
  first_name text NOT NULL,
  middle_name text,
  last_name text,
  status text NOT NULL,
  weight_kg double precision,
  booking_blacklisted boolean NOT NULL,
  birth_date date,
  gender text,
  national_id text,
  phones jsonb NOT NULL,
  email text,
  preferred_language text,
  address jsonb,
  custom_fields jsonb NOT NULL,
  origin text,
  referred_by_client_id text,
  group_ids text[] NOT NULL,
  tag_ids text[] NOT NULL,
  center_id text,
  avatar_url text,
  currency text NOT NULL,
  -- Figures derived from the client's records (ClientStats), kept up to date as they change.
  total_sales_minor bigint NOT NULL DEFAULT 0,
  review_count integer NOT NULL DEFAULT 0,
  average_rating double precision,
  last_visit_at timestamptz,
  next_visit_at timestamptz,
  active_alert_count integer NOT NULL DEFAULT 0,
  active_allergy_count integer NOT NULL DEFAULT 0,
  wallet_balance_minor bigint NOT NULL DEFAULT 0,
  -- Search and sort keys.
  sort_name text COLLATE "C" GENERATED ALWAYS AS (
    clientela_normalize(first_name || coalesce(' ' || nullif(middle_name, ''), '') || coalesce(' ' || nullif(last_name, ''), ''))) STORED,
  search_text text GENERATED ALWAYS AS (
    clientela_normalize(first_name || coalesce(' ' || nullif(middle_name, ''), '') || coalesce(' ' || nullif(last_name, ''), '')
      || coalesce(' ' || nullif(email, ''), ''))) STORED,
  phone_digits text GENERATED ALWAYS AS (clientela_phone_digits(phones)) STORED,
  phone_numbers text[] GENERATED ALWAYS AS (clientela_phone_numbers(phones)) STORED,
  phone_keys text[] GENERATED ALWAYS AS (clientela_phone_keys(phones)) STORED,
  email_key text GENERATED ALWAYS AS (nullif(lower(btrim(email)), '')) STORED,
  name_key text GENERATED ALWAYS AS (
    clientela_normalize(btrim(regexp_replace(first_name || ' ' || coalesce(last_name, ''), '\\s+', ' ', 'g')))) STORED,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX IF NOT EXISTS clients_search_trgm ON clients USING gin (tenant_id, search_text gin_trgm_ops);
CREATE INDEX IF NOT EXISTS clients_phone_trgm ON clients USING gin (tenant_id, phone_digits gin_trgm_ops);
CREATE INDEX IF NOT EXISTS clients_phone_numbers ON clients USING gin (tenant_id, phone_numbers);
CREATE INDEX IF NOT EXISTS clients_phone_keys ON clients USING gin (tenant_id, phone_keys);
CREATE INDEX IF NOT EXISTS clients_group_ids ON clients USING gin (tenant_id, group_ids);
CREATE INDEX IF NOT EXISTS clients_tag_ids ON clients USING gin (tenant_id, tag_ids);
CREATE INDEX IF NOT EXISTS clients_name ON clients (tenant_id, sort_name, id) WHERE trashed_at IS NULL;
CREATE INDEX IF NOT EXISTS clients_status_name ON clients (tenant_id, status, sort_name, id) WHERE trashed_at IS NULL;
CREATE INDEX IF NOT EXISTS clients_sales ON clients (tenant_id, total_sales_minor, id) WHERE trashed_at IS NULL;
CREATE INDEX IF NOT EXISTS clients_created ON clients (tenant_id, created_at, id) WHERE trashed_at IS NULL;
CREATE INDEX IF NOT EXISTS clients_trashed ON clients (tenant_id, trashed_at, id) WHERE trashed_at IS NOT NULL;
-- Counts and metrics of a filter read this narrow index alone (an index-only scan), not the wide rows.
CREATE INDEX IF NOT EXISTS clients_facets ON clients (tenant_id, status) INCLUDE (trashed_at, booking_blacklisted,
  active_alert_count, active_allergy_count, total_sales_minor, review_count, average_rating, birth_date, last_visit_at,
  origin, center_id, group_ids, tag_ids);
CREATE INDEX IF NOT EXISTS clients_email_key ON clients (tenant_id, email_key);
CREATE INDEX IF NOT EXISTS clients_name_key ON clients (tenant_id, name_key);

CREATE TABLE IF NOT EXISTS client_groups (
  tenant_id text NOT NULL,
  id text COLLATE "C" NOT NULL,
  version integer NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  name text NOT NULL,
  color text NOT NULL,
  description text,
  PRIMARY KEY (tenant_id, id)
);

CREATE TABLE IF NOT EXISTS client_tags (
  tenant_id text NOT NULL,
  id text COLLATE "C" NOT NULL,
  version integer NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  name text NOT NULL,
  color text NOT NULL,
  PRIMARY KEY (tenant_id, id)
);

CREATE TABLE IF NOT EXISTS wallet_movements (
  tenant_id text NOT NULL,
  id text COLLATE "C" NOT NULL,
  client_id text COLLATE "C" NOT NULL,
  version integer NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  occurred_at timestamptz NOT NULL,
  kind text NOT NULL,
  pocket text NOT NULL,
  amount_minor bigint NOT NULL,
  balance_after_minor bigint NOT NULL,
  currency text NOT NULL,
  note text NOT NULL,
  by_person jsonb NOT NULL,
  idempotency_key text,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, client_id) REFERENCES clients (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS wallet_movements_client ON wallet_movements (tenant_id, client_id, occurred_at, id);

-- A money operation (or import row) applied once: a retry with the same key gets the stored result.
CREATE TABLE IF NOT EXISTS idempotency_keys (
  tenant_id text NOT NULL,
  scope text NOT NULL,
  key text NOT NULL,
  result jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, scope, key)
);

-- The records of a client's file (appointments, invoices, notes, memberships, preferences, …): one
-- generic table, each record a JSONB document in its collection's order (position). The client's
-- row lock serialises changes to them; clients and wallet movements are tables of their own.
CREATE TABLE IF NOT EXISTS client_records (
  tenant_id text NOT NULL,
  client_id text COLLATE "C" NOT NULL,
  collection text NOT NULL,
  id text COLLATE "C" NOT NULL,
  position integer NOT NULL,
  data jsonb NOT NULL,
  PRIMARY KEY (tenant_id, client_id, collection, id),
  FOREIGN KEY (tenant_id, client_id) REFERENCES clients (tenant_id, id) ON DELETE CASCADE
);

-- Per-tenant documents read whole: the catalog, the session.
CREATE TABLE IF NOT EXISTS tenant_documents (
  tenant_id text NOT NULL,
  name text NOT NULL,
  data jsonb NOT NULL,
  PRIMARY KEY (tenant_id, name)
);
`;

// Files: the metadata in a table of its own (filtered and paged in SQL, versioned like every record),
// the bytes in a bytea table beside it. The bytes live in PostgreSQL rather than on a disk or in an
// object store: an upload commits its metadata, its bytes and its idempotency key in one transaction,
// so a kill never leaves a record without bytes (or bytes without a record), a retried upload finds
// its key, backups and tenant removal cover the bytes, and PGlite and a PostgreSQL server behave
// alike. Files are at most FILE_LIMITS.maxBytes (25 MiB), which TOAST stores well. A host with
// large volumes swaps file_blobs for an object store behind the same routes.
const FILES = `
CREATE TABLE IF NOT EXISTS client_files (
  tenant_id text NOT NULL,
  id text COLLATE "C" NOT NULL,
  client_id text COLLATE "C" NOT NULL,
  version integer NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  uploaded_at timestamptz NOT NULL,
  name text NOT NULL,
  mime_type text NOT NULL,
  size bigint NOT NULL,
  kind text NOT NULL,
  document_type_id text,
  visible_to_client boolean NOT NULL,
  uploaded_by jsonb NOT NULL,
  description text NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, client_id) REFERENCES clients (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS client_files_client ON client_files (tenant_id, client_id, uploaded_at, id);

-- One row per file; removing the file (or its client, or the tenant's clients) removes the bytes.
CREATE TABLE IF NOT EXISTS file_blobs (
  tenant_id text NOT NULL,
  file_id text COLLATE "C" NOT NULL,
  sha256 text NOT NULL,
  bytes bytea NOT NULL,
  PRIMARY KEY (tenant_id, file_id),
  FOREIGN KEY (tenant_id, file_id) REFERENCES client_files (tenant_id, id) ON DELETE CASCADE
);
-- Out of line and uncompressed: photos and PDFs are compressed already, and the content route reads
-- the bytes in slices (substring), which uncompressed TOAST answers without reading the whole value.
ALTER TABLE file_blobs ALTER COLUMN bytes SET STORAGE EXTERNAL;
`;

// The planner picks a search's plan by how many clients it expects to match: with the default sample a
// broad term ("garcia": 23,000 of 1,000,000) is guessed at 100 matches, so it reads every match and
// sorts them (110 ms) instead of walking the name index to the first page (5 ms). A larger sample of
// the search text guesses within a few percent (ANALYZE of 1,000,000 clients: ~18 s instead of ~2).
const SEARCH_STATISTICS = `
ALTER TABLE clients ALTER COLUMN search_text SET STATISTICS 1000;
ALTER TABLE clients ALTER COLUMN phone_digits SET STATISTICS 1000;
`;

export const MIGRATIONS: readonly Migration[] = [
  { id: 1, name: 'search functions', sql: FUNCTIONS },
  { id: 2, name: 'clients, groups, tags, wallet, idempotency keys, records', sql: TABLES },
  { id: 3, name: 'files and their bytes', sql: FILES },
  { id: 4, name: 'client counters, nullable sort indexes', sql: CLIENT_COUNTS_SQL },
  { id: 5, name: 'search statistics', sql: SEARCH_STATISTICS },
];
