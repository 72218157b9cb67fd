/* Batch sources for ImportRunner: the parse worker's analysis, or an analysis held in memory. */
import type { AnalysisState } from './analyze.js';
import { nextBatch, type ImportPlan } from './batches.js';
import type { BatchSource } from './importer.js';
import type { ParseClient } from './parse-client.js';

/** Batches planned by the parse worker, which holds the analyzed rows. */
export function workerBatchSource(client: ParseClient, plan: ImportPlan, chunkSize: number): BatchSource {
  return { batch: (cursor) => client.call('batch', { plan, cursor, chunkSize }) };
}

/** Batches of an analysis in this thread (tests, scripts). */
export function memoryBatchSource(state: Pick<AnalysisState, 'valid' | 'duplicates'>, plan: ImportPlan, chunkSize: number): BatchSource {
  return { batch: async (cursor) => nextBatch(state, plan, cursor, chunkSize) };
}
