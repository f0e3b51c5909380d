import { base } from '$app/paths';
import { loadPlan, settle } from '$lib/data/load';
import type { PageLoad } from './$types';

// Only this city's plan; source texts are fetched by the viewer when an item is opened.
export const load: PageLoad = async ({ fetch, params }) => ({
  city: params.city,
  plan: await settle(loadPlan(fetch, base, params.city)),
});
