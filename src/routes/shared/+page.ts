import { base } from '$app/paths';
import { settle } from '$lib/data/load';
import { loadConcepts } from '$lib/data/contract/concepts';
import { loadIndex } from '$lib/data/contract/planIndex';
import type { PageLoad } from './$types';

// Item titles for the evidence come from the per-city plan files, fetched only when a concept or
// an approach is opened, so the first paint needs just these two files.
export const load: PageLoad = async ({ fetch }) => {
  const [index, concepts] = await Promise.all([
    settle(loadIndex(fetch, base)),
    settle(loadConcepts(fetch, base)),
  ]);
  return { index, concepts };
};
