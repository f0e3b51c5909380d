// Opening /present from a page of the dashboard: the P key, the footer's link, and the URLs of the
// old in-page presentation mode (/compare?…&present=1&track=…&slide=2), which lead here so shared
// links keep working. The page's view goes along as ?from=, so /present opens at that view's
// slide, or offers it to the track builder. Kept tiny: the root layout loads it on every page.
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

/**
 * The page's section the reader is looking at: the last section heading with an id (h2) whose top
 * is above the upper third of the window. P pressed while reading /shared's unique approaches opens
 * the slide of those (/shared#unique-heading), not the page's first chart (the UpSet plot).
 */
export function sectionInView(doc: Document, height: number): string | null {
  let id: string | null = null;
  for (const heading of doc.querySelectorAll<HTMLElement>('main h2[id]'))
    if (heading.getBoundingClientRect().top <= height / 3) id = heading.id;
  return id;
}

/** `url` with the section in view as its hash, when it names none itself. */
export function withSection(url: URL, section: string | null): URL {
  if (url.hash || !section) return url;
  const out = new URL(url);
  out.hash = section;
  return out;
}
