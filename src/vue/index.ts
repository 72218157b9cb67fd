/*
 * clientela/vue: typings and the compiler option for Vue 3 hosts. Nothing here imports Vue or defines a
 * tag (register the elements with their define modules, `import 'clientela/define/client-list.js'`).
 * - Importing this module (even `import type {} from 'clientela/vue'`) adds every tag to Vue's
 *   `GlobalComponents`, so vue-tsc / Volar check `<client-list :search="…" @client-open="…">`.
 * - `isClientelaTag` is the `compilerOptions.isCustomElement` for the tags (safe in vite.config.ts: no DOM).
 * - `ClientelaVueProps<'client-list'>` types the props of `h('client-list', props)` in render functions.
 */
import { clientelaTags, type ClientelaTag } from './elements.generated.js';

export * from './elements.generated.js';

const tags: ReadonlySet<string> = new Set(clientelaTags);

/**
 * True for clientela's tags: give it to Vue as `compilerOptions.isCustomElement` (combine it with your
 * other elements' test: `(tag) => isClientelaTag(tag) || tag.startsWith('my-')`), so Vue renders them as
 * custom elements instead of trying to resolve Vue components of that name.
 */
export function isClientelaTag(tag: string): tag is ClientelaTag {
  return tags.has(tag);
}
