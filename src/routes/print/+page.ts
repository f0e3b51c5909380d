import { base } from '$app/paths';
import { settle } from '$lib/data/load';
import { loadIndex } from '$lib/data/contract/planIndex';
import { loadTaxonomy } from '$lib/data/contract/taxonomy';
import type { PageLoad } from './$types';

// The print view needs every chosen plan before it is worth printing; the page fetches them.
export const load: PageLoad = async ({ fetch }) => {
  const [index, taxonomy] = await Promise.all([
    settle(loadIndex(fetch, base)),
    settle(loadTaxonomy(fetch, base)),
  ]);
  return { index, taxonomy };
};
