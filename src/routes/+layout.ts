import { browser } from '$app/environment';
import { base } from '$app/paths';
import { redirect } from '@sveltejs/kit';
import { loadLang } from '$lib/i18n/catalog';
import { presentFrom } from '$lib/present/handoff';
import { parseLang } from '$lib/i18n/lang';
import type { LayoutLoad } from './$types';

export const prerender = true;
export const trailingSlash = 'never';
// Pages are prerendered as shells and drawn in the browser, except the plan pages and /method,
// whose content is prerendered (their own ssr = true) and shows before the script runs. Prerendered
// content costs 3–16 KiB of HTML (gzip), more than /, /compare and /shared have left under their
// first-load budget; /regions' map would add 16.
export const ssr = false;

// English UI strings are fetched only for ?lang=en, before the page renders (a prerendered page
// is Japanese); this load reruns when ?lang changes and nothing else, so the pages' own loads
// (their data) do not.
// The old in-page presentation mode (?present=1 on any page) is now /present: its links redirect,
// with their track and slide.
export const load: LayoutLoad = async ({ url }) => {
  if (browser && url.searchParams.get('present') === '1') redirect(307, presentFrom(url, base));
  await loadLang(parseLang(browser ? url.searchParams.get('lang') : null).lang);
};
