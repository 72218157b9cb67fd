import type * as React from 'react';

/** The React module the wrappers render with: the host's own (18 or 19). */
export type ReactModule = typeof React;

/** An event's type from HTMLElementEventMap, where the element declares it. */
export type EventOf<K extends string> = K extends keyof HTMLElementEventMap ? HTMLElementEventMap[K] : CustomEvent<unknown>;
