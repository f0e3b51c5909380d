import { base } from '$app/paths';
import { settle } from '$lib/data/load';
import { loadPlan } from '$lib/data/contract/plan';
import { pageFetch } from '$lib/data/pageFetch';
import type { PageLoad } from './$types';

// Prerendered with its content, which shows before the script runs (see +layout.ts).
export const ssr = true;

// Only this city's plan; source texts are fetched by the viewer when an item is opened.
export const load: PageLoad = async ({ fetch: kitFetch, params }) => {
  const fetch = pageFetch(kitFetch);
  return {
    city: params.city,
    plan: await settle(loadPlan(fetch, base, params.city)),
  };
};
