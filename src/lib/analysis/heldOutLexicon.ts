// Which seed cities motivated each lexicon term, and the lexicon a city is scored with when it is
// held out: every term that only that city's text motivated is removed. Terms of the field
// vocabulary (written from the taxonomy's definitions, the national expenditure classes and the
// SDG targets, not from any plan) are tagged `field` and are never removed.
import type { RawLexicon } from './compileLexicon';
import { normalizeText } from './segmentWords';

/** The tag of a term written from the field's own classifications rather than from a plan. */
export const FIELD = 'field';

/** Normalized term → the seed cities whose text holds it, and `field` for field vocabulary. */
export type TermSources = Readonly<Record<string, readonly string[]>>;

/** Every term of the lexicon (category, SDG and stop tables), normalized, once each. */
export function listLexiconTerms(raw: RawLexicon): string[] {
  const terms = new Set<string>();
  const add = (t: string) => {
    const n = normalizeText(t);
    if (n) terms.add(n);
  };
  for (const table of [...Object.values(raw.categories), ...Object.values(raw.sdgs)])
    for (const t of Object.keys(table)) add(t);
  raw.stop.forEach(add);
  return [...terms].sort();
}

/**
 * Tags each term with the seed cities whose normalized text contains it (a first-pass proxy for
 * "whose text motivated it"), plus `field` when the field vocabulary names it.
 */
export function tagTerms(
  terms: readonly string[],
  cityTexts: ReadonlyMap<string, string>,
  fieldTerms: ReadonlySet<string>,
): Record<string, string[]> {
  const normalized = [...cityTexts].map(([city, text]) => [city, normalizeText(text)] as const);
  const out: Record<string, string[]> = {};
  for (const term of terms) {
    const cities = normalized.filter(([, text]) => text.includes(term)).map(([c]) => c);
    out[term] = [...(fieldTerms.has(term) ? [FIELD] : []), ...cities.sort()];
  }
  return out;
}

/** Terms only `city` motivated: tagged with that city alone, and not field vocabulary. */
export function findCityOnlyTerms(sources: TermSources, city: string): Set<string> {
  const only = new Set<string>();
  for (const [term, tags] of Object.entries(sources))
    if (tags.length === 1 && tags[0] === city) only.add(term);
  return only;
}

/** The lexicon without the terms only `city` motivated (from every table, stop terms too). */
export function withoutCityTerms(raw: RawLexicon, sources: TermSources, city: string): RawLexicon {
  const drop = findCityOnlyTerms(sources, city);
  const keep = (table: Record<string, number>) =>
    Object.fromEntries(Object.entries(table).filter(([t]) => !drop.has(normalizeText(t))));
  const each = (tables: Record<string, Record<string, number>>) =>
    Object.fromEntries(Object.entries(tables).map(([k, v]) => [k, keep(v)]));
  return {
    ...raw,
    stop: raw.stop.filter((t) => !drop.has(normalizeText(t))),
    bounded: [...raw.bounded],
    categories: each(raw.categories),
    sdgs: each(raw.sdgs),
  };
}
