/*
 * React 19 (the repository's own devDependency) for test/react/: served bundled at
 * /__bundle/test/hosts/react19/react.ts, since React ships CommonJS. Only React is in the bundle:
 * the tests import clientela's modules through the dev server, so the page has one copy of lit.
 */
import * as React from 'react';

export { React };
export { createRoot } from 'react-dom/client';
export { flushSync } from 'react-dom';
