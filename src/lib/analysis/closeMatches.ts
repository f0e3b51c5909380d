// Close matches without a lexicon: two titles that name the same measure in nearly the same words
// (公用車の電動化 ≈ 公用車の電気自動車への更新, 町道の舗装の補修 ≈ 町道舗装補修事業). A title is read as
// its content words (Intl.Segmenter words that are not particles, inflections or the generic words
// of extractTerms: 推進, 整備, 事業 …); adjacent content words form runs, and every run of two or
// more characters gives its character bigrams (消防団 → 消防, 防団), so a compound and its longer
// form (消防団, 消防団員) share most of their features without a dictionary. Features are weighted by
// how rare they are among the titles (inverse document frequency), and two titles are close when
// the weighted cosine of their features reaches CLOSE_SIMILARITY. Candidate pairs come from an
// inverted index (feature → titles), and a feature held by more than MAX_POSTING titles proposes
// no candidates (it still counts in the score), so the work grows with the number of titles,
// never with all pairs.
import { GENERIC_WORDS, normalizeForMatch } from './extractTerms';

/** Weighted cosine at which two titles name the same measure. */
export const CLOSE_SIMILARITY = 0.5;
/** A feature shared by more titles than this proposes no candidate pairs. */
export const MAX_POSTING = 64;

const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });
/** Parenthesised examples (（訓練、備蓄品整備など）) are not what the title pursues. */
const EXAMPLES = /[(（][^()（）]*(?:など|等)[)）]/gu;
const HAS_LETTER = /[\p{L}\p{N}]/u;
const STARTS_WITH_HIRAGANA = /^\p{Script=Hiragana}/u;

/** The runs of adjacent content words of a title (公用車の電動化 → 公用車, 電動). */
export function contentRuns(title: string): string[] {
  const norm = normalizeForMatch(title.replace(EXAMPLES, ''));
  const runs: string[] = [];
  let run = '';
  for (const { segment, isWordLike } of segmenter.segment(norm)) {
    const content =
      isWordLike &&
      HAS_LETTER.test(segment) &&
      !STARTS_WITH_HIRAGANA.test(segment) &&
      !/^\d+$/u.test(segment) &&
      !GENERIC_WORDS.has(segment);
    if (content) run += segment;
    else if (run) {
      runs.push(run);
      run = '';
    }
  }
  if (run) runs.push(run);
  return runs;
}

/**
 * The features of a title: the character bigrams of its content runs. A one-character run (人, 続)
 * gives none: a lone kanji means little by itself, and in a short title it would carry the score.
 */
export function titleFeatures(title: string): string[] {
  const out = new Set<string>();
  for (const run of contentRuns(title)) {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  }
  return [...out];
}

export interface CloseLink {
  readonly a: number;
  readonly b: number;
  readonly score: number;
}

/**
 * Pairs of titles (indices into `titles`) whose weighted feature cosine reaches `threshold`.
 * `allowed(i, j)` can veto a candidate before it is scored (titles of one city).
 */
export function findCloseLinks(
  titles: readonly string[],
  allowed: (i: number, j: number) => boolean = () => true,
  threshold = CLOSE_SIMILARITY,
): CloseLink[] {
  const features = titles.map(titleFeatures);
  const postings = new Map<string, number[]>();
  features.forEach((fs, i) => {
    for (const f of fs) {
      const list = postings.get(f);
      if (list) list.push(i);
      else postings.set(f, [i]);
    }
  });
  const n = titles.length;
  const weight = new Map<string, number>();
  for (const [f, list] of postings) weight.set(f, Math.log(1 + n / list.length) ** 2);
  const norms = features.map((fs) => fs.reduce((s, f) => s + weight.get(f)!, 0));
  const links: CloseLink[] = [];
  features.forEach((fs, i) => {
    if (norms[i] === 0) return;
    const shared = new Map<number, number>();
    for (const f of fs) {
      const list = postings.get(f)!;
      if (list.length > MAX_POSTING) continue;
      for (const j of list) if (j > i) shared.set(j, (shared.get(j) ?? 0) + weight.get(f)!);
    }
    for (const [j, rare] of shared) {
      if (!allowed(i, j)) continue;
      // Common features skipped above still count in the score.
      let dot = rare;
      const theirs = new Set(features[j]);
      for (const f of fs)
        if (postings.get(f)!.length > MAX_POSTING && theirs.has(f)) dot += weight.get(f)!;
      const score = dot / Math.sqrt(norms[i]! * norms[j]!);
      if (score >= threshold) links.push({ a: i, b: j, score: Math.round(score * 1000) / 1000 });
    }
  });
  return links;
}

/** The longest run of `a` that shares a feature with some run of `b`, to show why they are close. */
export function sharedRun(a: string, b: string): string {
  const theirs = new Set(titleFeatures(b));
  const runs = contentRuns(a).filter((r) => titleFeatures(r).some((f) => theirs.has(f)));
  return runs.reduce((x, y) => (y.length > x.length ? y : x), '');
}
