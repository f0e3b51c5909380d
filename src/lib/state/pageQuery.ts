// The page's URL as state reads it. Pages are prerendered in their default state, and while the
// build renders them the URL has no query to read (SvelteKit forbids reading it then); in the
// browser these are page.url and its search params, with the changes still on their way into the
// URL applied (see pendingQuery.svelte.ts).
import { building } from '$app/environment';
import { page } from '$app/state';
import { pendingQuery } from './pendingQuery.svelte';
import { patchSearch } from './urlParams';

const NO_QUERY = new URLSearchParams();

export function pageUrl(): URL {
  if (building) return new URL(page.url.pathname, page.url.origin);
  const patch = pendingQuery.patch;
  return Object.keys(patch).length ? new URL(patchSearch(page.url, patch), page.url) : page.url;
}

export const pageQuery = (): URLSearchParams => (building ? NO_QUERY : pageUrl().searchParams);
