import { base } from '$app/paths';
import { loadSourceText } from '$lib/data/load';

// One fetch per source file per visit; a failed fetch is forgotten so opening it again retries.
const cache = new Map<string, Promise<string[]>>();

export function loadLines(file: string): Promise<string[]> {
  let pending = cache.get(file);
  if (!pending) {
    pending = loadSourceText(fetch, base, file).then((text) => text.split(/\r?\n/));
    pending.catch(() => cache.delete(file));
    cache.set(file, pending);
  }
  return pending;
}
