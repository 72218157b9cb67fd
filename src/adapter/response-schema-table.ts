import * as z from 'zod/mini';
import { pageOf } from '../model/index.js';
import type { ClientDataAdapter } from './contract.js';
import type { OperationOf } from './record-operations.js';

/*
 * What the response-schema modules share. The table is split in two so that elements that only
 * need the core namespaces do not load every model's schemas: the core part is imported
 * statically, the records part on the first call of one of its operations (validating-adapter.ts).
 */

type Namespace = keyof ClientDataAdapter;

/** The namespaces <client-file>'s header and <client-list> call: their schemas load up front. */
export type CoreNamespace = 'clients' | 'groups' | 'tags' | 'session' | 'catalog' | 'alerts' | 'allergies';
/** Every other namespace: its schemas load lazily. */
export type LazyNamespace = Exclude<Namespace, CoreNamespace>;

type Operations<N extends Namespace> = { [O in OperationOf<N>]-?: z.ZodMiniType };
/** A schema for every operation of the contract: a new operation is a compile error until added. */
export type SchemaTable = { [N in Namespace]-?: Operations<N> };

/** An operation that resolves to nothing: whatever comes back is ignored. */
export const Nothing = z.pipe(z.unknown(), z.transform(() => undefined));

/** The schemas of list/get shared by every per-client collection. */
export const collection = <T extends z.ZodMiniType>(item: T) => ({ list: pageOf(item), get: item });
export const editable = <T extends z.ZodMiniType>(item: T) => ({
  ...collection(item),
  create: item,
  update: item,
  remove: Nothing,
});
