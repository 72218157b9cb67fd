import * as z from 'zod/mini';
import {
  Alert,
  Allergy,
  BulkResult,
  Catalog,
  Client,
  ClientMetrics,
  ClientPage,
  DuplicateMatch,
  Group,
  ImportResult,
  Session,
  Tag,
} from '../model/index.js';
import { type CoreNamespace, type SchemaTable, Nothing, editable } from './response-schema-table.js';

/** The response schemas of the namespaces every element needs: bundled with the elements. */
export const CORE_RESPONSE_SCHEMAS = {
  clients: {
    list: ClientPage,
    get: Client,
    create: Client,
    update: Client,
    trash: BulkResult,
    restore: BulkResult,
    purge: BulkResult,
    metrics: ClientMetrics,
    findDuplicates: z.array(DuplicateMatch),
    importBatch: ImportResult,
    exportAll: z.array(Client),
  },
  groups: {
    list: z.array(Group),
    create: Group,
    update: Group,
    remove: Nothing,
    addMembers: BulkResult,
    removeMembers: BulkResult,
  },
  tags: { list: z.array(Tag), create: Tag, update: Tag, remove: Nothing },
  allergies: editable(Allergy),
  alerts: editable(Alert),
  catalog: { get: Catalog },
  session: { get: Session },
} satisfies Pick<SchemaTable, CoreNamespace>;
