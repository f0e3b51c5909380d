import { base } from '$app/paths';
import { loadConcepts, loadDataFile, loadIndex, loadTaxonomy, settle } from '$lib/data/load';
import { Evaluation } from '$lib/data/schemas';
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
