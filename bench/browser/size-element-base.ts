// Bundle-size entry: what every clientela element loads before its own code — Lit, zod (through
// the validating adapter), the model's schemas, the base strings in English, context.
export { ClientelaElement } from '../../src/elements/clientela-element.js';
