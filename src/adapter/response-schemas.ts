import { CORE_RESPONSE_SCHEMAS } from './response-schemas-core.js';
import { RECORD_RESPONSE_SCHEMAS } from './response-schemas-records.js';
import type { SchemaTable } from './response-schema-table.js';

/**
 * The schema of what every operation resolves to. `satisfies SchemaTable` makes a new operation in
 * the contract a compile error here until its response schema is added. Importing this loads every
 * model's schemas: the elements go through validating-adapter.ts, which loads the records lazily.
 */
export const RESPONSE_SCHEMAS = { ...CORE_RESPONSE_SCHEMAS, ...RECORD_RESPONSE_SCHEMAS } satisfies SchemaTable;
