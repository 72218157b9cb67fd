/*
 * clientela/react: every element as a React component (@lit/react), made with the host's `react`.
 *   import { ClientProvider, ClientList, ClientFile } from 'clientela/react';
 * Importing a component defines its tag; a bundler keeps only the components a host imports.
 * `createClientelaComponents(React)` makes all of them with another React (e.g. a second copy).
 * The types also put every tag in React 19's JSX.IntrinsicElements, for direct use without wrappers.
 */
export * from './wrappers.generated.js';
export * from './components.generated.js';
export type { ClientelaIntrinsicElements } from './jsx.generated.js';
