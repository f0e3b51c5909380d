import { base } from '$app/paths';
import { loadDataFile, settle } from '$lib/data/load';
import { loadConcepts } from '$lib/data/contract/concepts';
import { loadIndex } from '$lib/data/contract/planIndex';
import { loadTaxonomy } from '$lib/data/contract/taxonomy';
import { Evaluation } from '$lib/data/contract/evaluation';
import { pageFetch } from '$lib/data/pageFetch';
import type { PageLoad } from './$types';

// Prerendered with its content, which shows before the script runs (see +layout.ts).
export const ssr = true;

export const load: PageLoad = async ({ fetch: kitFetch }) => {
  const fetch = pageFetch(kitFetch);
  const [taxonomy, evaluation, index, concepts] = await Promise.all([
    settle(loadTaxonomy(fetch, base)),
    settle(loadDataFile(fetch, base, 'evaluation.json', Evaluation)),
    settle(loadIndex(fetch, base)),
    settle(loadConcepts(fetch, base)),
  ]);
  return { taxonomy, evaluation, index, concepts };
};
