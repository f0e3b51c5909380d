import { loadLang } from '$lib/i18n/catalog';
import { parseLang } from '$lib/i18n/lang';
import type { LayoutLoad } from './$types';

export const prerender = true;
export const ssr = false;
export const trailingSlash = 'never';

// English UI strings are fetched only for ?lang=en, before the page renders; this load reruns when
// ?lang changes and nothing else, so the pages' own loads (their data) do not.
export const load: LayoutLoad = async ({ url }) => {
  await loadLang(parseLang(url.searchParams.get('lang')).lang);
};
