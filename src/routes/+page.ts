import { base } from '$app/paths';
import { settle } from '$lib/data/load';
import { loadIndex } from '$lib/data/contract/planIndex';
import type { PageLoad } from './$types';

// The home page needs only the per-city summary, never the items themselves.
export const load: PageLoad = async ({ fetch }) => ({
  index: await settle(loadIndex(fetch, base)),
});
