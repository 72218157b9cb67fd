export * from './adapter-error.js';
export * from './contract.js';
export { RESPONSE_SCHEMAS } from './response-schemas.js';
export { withValidation, isValidated, toAdapterError } from './validating-adapter.js';
export { OPERATION_PERMISSIONS, NARROWING_PERMISSIONS, permissionFor, type OperationPermission } from './operation-permissions.js';
