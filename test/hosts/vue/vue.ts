/*
 * Vue 3 for test/vue/: served bundled at /__bundle/test/hosts/vue/vue.ts. The full build (runtime plus
 * template compiler) compiles the test's template strings in the browser, as a host without a build
 * step would; a Vite host compiles its SFC templates at build time instead (docs/vue.md). Only Vue is
 * in the bundle: the tests import clientela's modules through the dev server, so the page has one lit.
 */
export { createApp, markRaw, nextTick, ref, version } from 'vue/dist/vue.esm-browser.js';
