import { base } from '$app/paths';
import { settle } from '$lib/data/load';
import { loadPlan } from '$lib/data/contract/plan';
import { loadTaxonomy } from '$lib/data/contract/taxonomy';
import { pageFetch } from '$lib/data/pageFetch';
import type { PageLoad } from './$types';

// Prerendered with its content, which shows before the script runs (see +layout.ts).
export const ssr = true;

// This city's plan and the taxonomy (the names of the labels every item shows); source texts are
// fetched by the viewer when an item is opened.
export const load: PageLoad = async ({ fetch: kitFetch, params }) => {
  const fetch = pageFetch(kitFetch);
  const [plan, taxonomy] = await Promise.all([
    settle(loadPlan(fetch, base, params.city)),
    settle(loadTaxonomy(fetch, base)),
  ]);
  return { city: params.city, plan, taxonomy };
};
