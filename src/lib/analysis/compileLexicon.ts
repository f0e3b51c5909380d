// The lexicon is a reviewed data file (lexicon.json); this turns it into a matcher once, so that
// labelling an item is one pass over its text whatever the size of the lexicon.
import { findWordBoundaries, normalizeText } from './segmentWords';

/** Weights a term carries, as [label, weight] pairs; a stop term carries none. */
export type TermWeights = ReadonlyArray<readonly [string, number]>;

interface Entry {
  term: string;
  weights: TermWeights;
  bounded: boolean;
}

export interface Matcher {
  /** Entries by first character, longest first, so the first hit at a position is the longest. */
  byFirstChar: Map<string, Entry[]>;
}

export interface TermMatch {
  term: string;
  weights: TermWeights;
  start: number;
}

export interface RawLexicon {
  params: Record<string, number>;
  bounded: string[];
  stop: string[];
  categories: Record<string, Record<string, number>>;
  sdgs: Record<string, Record<string, number>>;
}

export interface LabelParams {
  titleFactor: number;
  textFactor: number;
  parentFactor: number;
  grandparentFactor: number;
  childFactor: number;
  minScore: number;
  relativeScore: number;
  maxLabels: number;
  sdgMinScore: number;
  sdgRelativeScore: number;
  sdgMaxLabels: number;
}

export interface CompiledLexicon {
  categories: Matcher;
  sdgs: Matcher;
  params: LabelParams;
}

/** Builds one matcher from label → term → weight tables; stop terms hide what lies inside them. */
export function compileMatcher(
  tables: Record<string, Record<string, number>>,
  stop: readonly string[],
  bounded: readonly string[],
): Matcher {
  const weights = new Map<string, Array<readonly [string, number]>>();
  for (const [label, terms] of Object.entries(tables)) {
    for (const [raw, weight] of Object.entries(terms)) {
      const term = normalizeText(raw);
      if (!term) continue;
      const list = weights.get(term) ?? [];
      list.push([label, weight]);
      weights.set(term, list);
    }
  }
  for (const raw of stop) {
    const term = normalizeText(raw);
    if (term && !weights.has(term)) weights.set(term, []);
  }
  const boundedSet = new Set(bounded.map(normalizeText));
  const byFirstChar = new Map<string, Entry[]>();
  for (const [term, w] of weights) {
    const first = term.charAt(0);
    const list = byFirstChar.get(first) ?? [];
    list.push({ term, weights: w, bounded: boundedSet.has(term) });
    byFirstChar.set(first, list);
  }
  for (const list of byFirstChar.values()) list.sort((a, b) => b.term.length - a.term.length);
  return { byFirstChar };
}

export function compileLexicon(raw: RawLexicon): CompiledLexicon {
  const params = raw.params as unknown as LabelParams;
  const sdgTables = Object.fromEntries(
    Object.entries(raw.sdgs).map(([goal, terms]) => [`sdg:${goal}`, terms]),
  );
  return {
    categories: compileMatcher(raw.categories, raw.stop, raw.bounded),
    sdgs: compileMatcher(sdgTables, raw.stop, raw.bounded),
    params,
  };
}

/**
 * Leftmost-longest, non-overlapping matches in normalized text. Deterministic, and a longer
 * phrase (人権教育) takes precedence over the words inside it (教育).
 */
export function matchTerms(matcher: Matcher, normalized: string): TermMatch[] {
  const matches: TermMatch[] = [];
  let bounds: Set<number> | undefined;
  let i = 0;
  while (i < normalized.length) {
    const candidates = matcher.byFirstChar.get(normalized[i] ?? '');
    let hit: Entry | undefined;
    for (const entry of candidates ?? []) {
      if (!normalized.startsWith(entry.term, i)) continue;
      if (entry.bounded) {
        bounds ??= findWordBoundaries(normalized);
        if (!bounds.has(i) || !bounds.has(i + entry.term.length)) continue;
      }
      hit = entry;
      break;
    }
    if (hit) {
      if (hit.weights.length > 0) matches.push({ term: hit.term, weights: hit.weights, start: i });
      i += hit.term.length;
    } else {
      i += 1;
    }
  }
  return matches;
}
