/*
 * `clientela/adapter`: what a host needs to write its own adapter — the contract's types, AdapterError
 * and its helpers, the validating wrapper (and the model's types) — and nothing else: no element, no
 * adapter, no strings. The main entry exports the same; a bundler splitting code (esbuild with
 * `splitting`) may keep much more of a large entry than a host uses, never of this one.
 */
export * from './adapter/adapter-error.js';
export * from './adapter/contract.js';
export { withValidation, isValidated, toAdapterError } from './adapter/validating-adapter.js';
export { OPERATION_PERMISSIONS, NARROWING_PERMISSIONS, permissionFor, type OperationPermission } from './adapter/operation-permissions.js';
export type * from './model/index.js';
