// A small full-text index over plan items, built in the browser once the user searches. Words come
// from Intl.Segmenter (built in, no dictionary to ship); a query word matches an indexed word it is a
// prefix of, so 子育 finds 子育て. Japanese segmentation is not stable across phrasings, so a query
// word that is no item word's prefix still matches where it occurs verbatim in the folded text.
import { normalizeText, segmentWords } from './segmentWords';

export interface SearchDoc {
  id: string;
  city: string;
  kind: string;
  title: string;
  text?: string;
}

export interface SearchIndex {
  docs: readonly SearchDoc[];
  /** Folded title + text per doc, for the verbatim fallback. */
  folded: readonly string[];
  /** Every distinct word, sorted, so the words a prefix covers are one contiguous run. */
  words: readonly string[];
  /** For each entry of `words`, the docs (by position) that contain it. */
  postings: ReadonlyArray<readonly number[]>;
}

export function buildSearchIndex(docs: readonly SearchDoc[]): SearchIndex {
  const byWord = new Map<string, number[]>();
  const folded = docs.map((doc, i) => {
    const text = normalizeText(`${doc.title} ${doc.text ?? ''}`);
    for (const word of new Set(segmentWords(text))) {
      const list = byWord.get(word) ?? [];
      list.push(i);
      byWord.set(word, list);
    }
    return text;
  });
  const words = [...byWord.keys()].sort();
  return { docs, folded, words, postings: words.map((w) => byWord.get(w) ?? []) };
}

/** The first position in sorted `words` that is not before `prefix`. */
function lowerBound(words: readonly string[], prefix: string): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((words[mid] ?? '') < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Docs (by position) holding a word that starts with `prefix`. */
export function lookupPrefix(index: SearchIndex, prefix: string): Set<number> {
  const hits = new Set<number>();
  for (let i = lowerBound(index.words, prefix); i < index.words.length; i++) {
    if (!(index.words[i] ?? '').startsWith(prefix)) break;
    for (const doc of index.postings[i] ?? []) hits.add(doc);
  }
  return hits;
}
