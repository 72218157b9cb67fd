// Public entry `clientela/testing`: the adapter conformance suite a host runs against its own adapter.
export { registerAdapterConformance, conformanceAssert } from './adapter/conformance/index.js';
export type {
  AdapterConformanceOptions,
  HookFunction,
  RunnerContext,
  SuiteFunction,
  TestBody,
  TestFunction,
} from './adapter/conformance/index.js';
