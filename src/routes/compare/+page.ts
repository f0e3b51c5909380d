import { base } from '$app/paths';
import { settle } from '$lib/data/load';
import { loadIndex } from '$lib/data/contract/planIndex';
import { loadTaxonomy } from '$lib/data/contract/taxonomy';
import type { PageLoad } from './$types';

// Only the small files block the first paint; the chosen cities' plan files (items, SDGs) and
// concepts.json are fetched by the page afterwards.
export const load: PageLoad = async ({ fetch }) => {
  const [index, taxonomy] = await Promise.all([
    settle(loadIndex(fetch, base)),
    settle(loadTaxonomy(fetch, base)),
  ]);
  return { index, taxonomy };
};
