// Opening /present from a page of the dashboard: the P key, the footer's link, and the URLs of the
// old in-page presentation mode (/compare?…&present=1&track=…&slide=2), which lead here so shared
// links keep working. The page's view goes along as ?from=, so /present opens at that view's
// slide, or offers it to the track builder. Kept tiny: the root layout loads it on every page;
// which section the reader is in, for the P key only, is in ./sectionInView.ts, loaded on the key.
import type { ResolvedPathname } from '$app/types';

const KEPT = ['track', 'slide', 'lang'] as const;

export function presentFrom(url: URL, base: string): ResolvedPathname {
  const view = new URL(url);
  const params = new URLSearchParams();
  for (const name of ['present', ...KEPT]) view.searchParams.delete(name);
  const path = view.pathname.startsWith(base) ? view.pathname.slice(base.length) || '/' : '/';
  for (const name of KEPT.slice(0, 2)) {
    const value = url.searchParams.get(name);
    if (value !== null) params.set(name, value);
  }
  params.set('from', `${path}${view.search}${view.hash}`);
  const lang = url.searchParams.get('lang');
  if (lang !== null) params.set('lang', lang);
  return `${base}/present?${params.toString()}` as ResolvedPathname;
}
