import { MAJOR } from '../version.js';

/** A custom element class that may carry the library version it belongs to. */
export type VersionedElementConstructor = CustomElementConstructor & { version?: string };

/** What `defineElement` did. */
export type DefineOutcome = 'defined' | 'already-defined' | 'version-conflict' | 'failed' | 'no-registry';

/* Tags already warned about, shared by every copy of the library on the page (so: warn once). */
const WARNED_KEY = Symbol.for(`clientela/define-warned@${MAJOR}`);

function warnedTags(): Set<string> {
  const registry = globalThis as typeof globalThis & { [WARNED_KEY]?: Set<string> };
  return (registry[WARNED_KEY] ??= new Set<string>());
}

function warnOnce(key: string, ...message: unknown[]): void {
  const warned = warnedTags();
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(...message);
}

/**
 * Registers a custom element, safely in pages we do not own:
 * - the tag is free: defines it;
 * - it is taken by a class of the same `version` (another bundled copy of this library, or the same
 *   class): does nothing, the existing definition serves;
 * - it is taken by another version, or by something else: warns once, naming both versions;
 * - no `customElements` (server rendering) or a registry error: never throws.
 */
export function defineElement(tag: string, constructor: VersionedElementConstructor): DefineOutcome {
  if (typeof customElements === 'undefined') return 'no-registry';
  const existing = customElements.get(tag) as VersionedElementConstructor | undefined;
  if (existing) {
    if (existing === constructor || (existing.version !== undefined && existing.version === constructor.version)) {
      return 'already-defined';
    }
    warnOnce(
      `${tag}|${existing.version ?? '?'}|${constructor.version ?? '?'}`,
      `[clientela] <${tag}> is already defined by ${
        existing.version === undefined ? 'another library' : `clientela ${existing.version}`
      }; clientela ${constructor.version ?? '(unknown version)'} keeps that definition. ` +
        'Load a single copy of clientela on the page to avoid mismatched elements.',
    );
    return 'version-conflict';
  }
  try {
    customElements.define(tag, constructor);
    return 'defined';
  } catch (error) {
    warnOnce(`${tag}|error`, `[clientela] <${tag}> could not be defined:`, error);
    return 'failed';
  }
}
