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

interface TrieNode {
  next: Map<string, TrieNode>;
  entry?: Entry;
}

export interface Matcher {
  /** A character trie: matching walks it once per text position, whatever the lexicon's size. */
  root: TrieNode;
}

const WINDOW = 8;

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
  /** The goal each category mainly serves, for an item whose words name no goal. */
  categoryGoals?: Record<string, number>;
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
  categoryGoals?: Readonly<Record<string, number>>;
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
  const root: TrieNode = { next: new Map() };
  for (const [term, w] of weights) {
    let node = root;
    // UTF-16 units, like the offsets Intl.Segmenter reports; a surrogate pair is two steps.
    for (const ch of term.split('')) {
      let child = node.next.get(ch);
      if (!child) {
        child = { next: new Map() };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.entry = { term, weights: w, bounded: boundedSet.has(term) };
  }
  return { root };
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
    ...(raw.categoryGoals ? { categoryGoals: { ...raw.categoryGoals } } : {}),
  };
}

/**
 * Leftmost-longest, non-overlapping matches in normalized text. Deterministic, and a longer
 * phrase (人権教育) takes precedence over the words inside it (教育).
 */
export function matchTerms(matcher: Matcher, normalized: string): TermMatch[] {
  const matches: TermMatch[] = [];
  // Segmenting a window around the hit is enough to know whether it is a word, and far cheaper
  // than segmenting a long text for every bounded hit.
  const isWord = (start: number, end: number) => {
    const from = Math.max(0, start - WINDOW);
    const bounds = findWordBoundaries(normalized.slice(from, end + WINDOW));
    return bounds.has(start - from) && bounds.has(end - from);
  };
  let i = 0;
  while (i < normalized.length) {
    let node: TrieNode | undefined = matcher.root;
    let hit: Entry | undefined;
    let hitEnd = i;
    for (let j = i; j < normalized.length; j++) {
      node = node.next.get(normalized[j]!);
      if (!node) break;
      const entry = node.entry;
      if (entry && (!entry.bounded || isWord(i, j + 1))) {
        hit = entry;
        hitEnd = j + 1;
      }
    }
    if (hit) {
      if (hit.weights.length > 0) {
        matches.push({ term: hit.term, weights: hit.weights, start: i });
      }
      i = hitEnd;
    } else {
      i += 1;
    }
  }
  return matches;
}
