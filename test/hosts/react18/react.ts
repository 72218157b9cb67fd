/*
 * React 18 for test/react/: this folder is an npm workspace whose node_modules hold React 18.3.1, so
 * esbuild (/__bundle/test/hosts/react18/react.ts) resolves 18 from here, not the root's 19. Only React
 * is in the bundle: the tests import clientela's modules through the dev server (one copy of lit).
 */
import * as React from 'react';

export { React };
export { createRoot } from 'react-dom/client';
export { flushSync } from 'react-dom';
