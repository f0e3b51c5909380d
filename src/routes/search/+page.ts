import { base } from '$app/paths';
import { settle } from '$lib/data/load';
import { loadIndex } from '$lib/data/contract/planIndex';
import type { PageLoad } from './$types';

// Only the city list: the plan files are fetched once a query is present (see searchIndex.ts).
export const load: PageLoad = async ({ fetch }) => ({
  index: await settle(loadIndex(fetch, base)),
});
