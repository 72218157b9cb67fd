/**
 * A loader that runs once and shares its result (a module loaded on first use); a failed load is
 * forgotten, so the next call tries again instead of failing forever after one dropped connection.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}
