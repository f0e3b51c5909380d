// Which part of a page the reader is in when P opens the presentation, so /present opens at that
// part's slide. Apart from ./handoff.ts because only the P key needs it: the root layout loads it
// when the key is pressed, not with every page.
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
