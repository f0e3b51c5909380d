// The page's URL as state reads it. Pages are prerendered in their default state, and while the
// build renders them the URL has no query to read (SvelteKit forbids reading it then); in the
// browser these are page.url and its search params.
import { building } from '$app/environment';
import { page } from '$app/state';

const NO_QUERY = new URLSearchParams();

export const pageQuery = (): URLSearchParams => (building ? NO_QUERY : page.url.searchParams);

export const pageUrl = (): URL =>
  building ? new URL(page.url.pathname, page.url.origin) : page.url;
