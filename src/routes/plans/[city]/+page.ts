import { base } from '$app/paths';
import { loadPlan, settle } from '$lib/data/load';
import type { PageLoad } from './$types';

// Served by the SPA fallback: the list of cities is data, not something to enumerate at build time.
export const prerender = false;

// Only this city's plan; source texts are fetched by the viewer when an item is opened.
export const load: PageLoad = async ({ fetch, params }) => ({
  city: params.city,
  plan: await settle(loadPlan(fetch, base, params.city)),
});
