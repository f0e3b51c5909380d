import { base } from '$app/paths';
import { loadDataFile, settle } from '$lib/data/load';
import { loadConcepts } from '$lib/data/contract/concepts';
import { loadIndex } from '$lib/data/contract/planIndex';
import { loadTaxonomy } from '$lib/data/contract/taxonomy';
import { Evaluation } from '$lib/data/contract/evaluation';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch }) => {
  const [taxonomy, evaluation, index, concepts] = await Promise.all([
    settle(loadTaxonomy(fetch, base)),
    settle(loadDataFile(fetch, base, 'evaluation.json', Evaluation)),
    settle(loadIndex(fetch, base)),
    settle(loadConcepts(fetch, base)),
  ]);
  return { taxonomy, evaluation, index, concepts };
};
