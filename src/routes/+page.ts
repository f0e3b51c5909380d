import { base } from '$app/paths';
import { loadIndex, settle } from '$lib/data/load';
import type { PageLoad } from './$types';

// The home page needs only the per-city summary, never the items themselves.
export const load: PageLoad = async ({ fetch }) => ({
  index: await settle(loadIndex(fetch, base)),
});
