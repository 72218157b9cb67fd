/**
 * The adapter every story uses, in one place. Stories run on the embedded memory adapter today;
 * when the REST adapter and its MSW handlers land, this switches to the REST adapter over MSW so
 * that stories exercise the HTTP path, without touching any story.
 */
import { createMemoryAdapter, type MemoryAdapterOptions } from '../src/adapters/memory/index.js';
import type { ClientDataAdapter } from '../src/adapter/contract.js';

/** A fixed date keeps every story's data (and screenshots) stable. */
const STORY_DATE = '2026-11-23';

export function storyAdapter(options: MemoryAdapterOptions = {}): ClientDataAdapter {
  return createMemoryAdapter({ clientCount: 300, seed: 7, referenceDate: STORY_DATE, ...options });
}
