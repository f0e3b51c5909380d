// Query-string state is written through one helper so every control keeps the other parameters
// (language, selected item, and the filters later pages add) instead of dropping them.
import type { ResolvedPathname } from '$app/types';

export type ParamPatch = Record<string, string | null>;

/**
 * The path, query and hash of `url` with `patch` applied: `null` removes a parameter.
 * A relative `url` is read against `relativeTo`.
 */
export function patchSearch(
  url: URL | string,
  patch: ParamPatch,
  relativeTo = 'http://localhost/',
): ResolvedPathname {
  const next = new URL(url, relativeTo);
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) next.searchParams.delete(key);
    else next.searchParams.set(key, value);
  }
  // The pathname came from the router (or from resolve()), so it already carries the base path.
  return `${next.pathname}${next.search}${next.hash}` as ResolvedPathname;
}
