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
 * - it is taken by another version of clientela: keeps that definition and warns once per pair of
 *   versions, naming both (a second copy registers a dozen tags: one warning says it all);
 * - it is taken by something else: keeps it and warns once for that tag;
 * - no `customElements` (server rendering) or a registry error: never throws.
 */
export function defineElement(tag: string, constructor: VersionedElementConstructor): DefineOutcome {
  if (typeof customElements === 'undefined') return 'no-registry';
  const existing = customElements.get(tag) as VersionedElementConstructor | undefined;
  if (existing) {
    if (existing === constructor || (existing.version !== undefined && existing.version === constructor.version)) {
      return 'already-defined';
    }
    const mine = constructor.version ?? '(unknown version)';
    if (existing.version === undefined) {
      warnOnce(
        `${tag}|foreign`,
        `[clientela] <${tag}> is already defined by another library; clientela ${mine} keeps that definition.`,
      );
    } else {
      // Either copy may load first: the pair, in any order, is one warning.
      warnOnce(
        `versions|${[existing.version, mine].sort().join('|')}`,
        `[clientela] Two versions of clientela are on this page (${existing.version} and ${mine}): ` +
          `<${tag}> is already defined by clientela ${existing.version}, and clientela ${mine} uses that definition ` +
          '(as it does for any other tag already defined, without further warnings). ' +
          'Load a single copy of clientela on the page to avoid mismatched elements.',
      );
    }
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
