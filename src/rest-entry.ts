/*
 * `clientela/rest`: the REST adapter alone (the contract over fetch; docs/openapi.json), for a host that
 * wants it without importing the main entry (see src/adapter-entry.ts for why that can matter).
 */
export { createRestAdapter, type RestAdapterOptions, type RetryOptions, type HeaderValues } from './adapters/rest/index.js';
