import { base } from '$app/paths';
import { settle } from '$lib/data/load';
import { loadPlan } from '$lib/data/contract/plan';
import type { PageLoad } from './$types';

// Only this city's plan; source texts are fetched by the viewer when an item is opened.
export const load: PageLoad = async ({ fetch, params }) => ({
  city: params.city,
  plan: await settle(loadPlan(fetch, base, params.city)),
});
