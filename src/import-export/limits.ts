/** Limits of an import; the wizard's `max-file-size` / `max-rows` override them. */

/** 20 MB: far above a 100,000-client export, far below what would hurt a browser tab. */
export const DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024;

/** Rows of one import. */
export const DEFAULT_MAX_ROWS = 200_000;

/** Rows the adapter receives per `importBatch` call. */
export const DEFAULT_CHUNK_SIZE = 500;

/** Rows shown in the preview table. */
export const PREVIEW_ROWS = 20;
