import { base } from '$app/paths';
import { loadIndex, settle } from '$lib/data/load';
import type { PageLoad } from './$types';

// Only the city list: the plan files are fetched once a query is present (see searchIndex.ts).
export const load: PageLoad = async ({ fetch }) => ({
  index: await settle(loadIndex(fetch, base)),
});
