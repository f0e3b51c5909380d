// A lazy import started at most once, whoever asks first (hover, focus or the opening itself):
//   const loadPanel = loadOnce(import.meta.env.SSR ? neverLoads : () => import('./Panel.svelte'));
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => (pending ??= load());
}
