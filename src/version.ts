/** The library version, carried by every element class (`static version`) for version-aware definition. */
export const VERSION = '0.1.0';

/**
 * Generation of the shared runtime protocol: context keys (`'clientela/adapter@1'`) and global
 * registries include it, so two bundled copies of the same generation share a provider while a
 * consumer of another generation never reads a value whose shape it does not know. Bump it only when
 * the value of a context changes incompatibly.
 */
export const MAJOR = 1;
