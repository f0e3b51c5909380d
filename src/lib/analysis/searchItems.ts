// Runs a query against a SearchIndex. Each space-separated part of the query must match: verbatim
// in the folded text, or as the prefix of an item word. A part that matches nothing whole (a
// phrase worded differently from the plan) is split into words, and then every word must start a
// word of the item. Results keep the given city order, and within a city the plan's own order.
import { lookupPrefix, type SearchDoc, type SearchIndex } from './buildSearchIndex';
import { normalizeText, segmentWords } from './segmentWords';

export interface CityHits {
  city: string;
  docs: SearchDoc[];
}

export interface SearchResult {
  groups: CityHits[];
  /** What matched, for highlighting: the parts, or the words of a part that was split. */
  terms: string[];
}

/** The folded, space-separated parts of a query, without repeats. */
export function parseQuery(query: string): string[] {
  const parts = query.split(/[\s\u3000]+/u).map(normalizeText);
  return [...new Set(parts.filter(Boolean))];
}

const intersect = (a: Set<number> | null, b: Set<number>): Set<number> =>
  a === null ? b : new Set([...a].filter((i) => b.has(i)));

function matchPart(index: SearchIndex, part: string): { hits: Set<number>; terms: string[] } {
  const hits = lookupPrefix(index, part);
  index.folded.forEach((text, i) => {
    if (text.includes(part)) hits.add(i);
  });
  if (hits.size) return { hits, terms: [part] };
  // A lone particle (の, と …) would match nearly every item.
  const words = segmentWords(part).filter((w) => !/^\p{Script=Hiragana}$/u.test(w));
  if (words.length < 2) return { hits, terms: [part] };
  let split: Set<number> | null = null;
  for (const word of words) {
    const found = lookupPrefix(index, word);
    split = intersect(split, found);
  }
  return { hits: split ?? new Set(), terms: words };
}

export function searchItems(
  index: SearchIndex,
  query: string,
  cityOrder: readonly string[],
): SearchResult {
  const parts = parseQuery(query);
  const terms: string[] = [];
  let matched: Set<number> | null = null;
  for (const part of parts) {
    const found = matchPart(index, part);
    terms.push(...found.terms);
    matched = intersect(matched, found.hits);
  }
  const byCity = new Map<string, SearchDoc[]>(cityOrder.map((c) => [c, []]));
  for (const i of [...(matched ?? [])].sort((a, b) => a - b)) {
    const doc = index.docs[i];
    if (doc) byCity.get(doc.city)?.push(doc);
  }
  const groups = [...byCity]
    .filter(([, docs]) => docs.length)
    .map(([city, docs]) => ({ city, docs }));
  return { groups, terms };
}
