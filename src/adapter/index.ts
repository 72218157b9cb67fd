export * from './adapter-error.js';
export * from './contract.js';
export { RESPONSE_SCHEMAS } from './response-schemas.js';
export { withValidation, isValidated, toAdapterError } from './validating-adapter.js';
