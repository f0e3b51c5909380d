// When do two plan items pursue the same thing? Either they name the same lexicon concept
// (シティセールス ≈ 魅力の発信 ≈ シティプロモーション), or they share a term that is central to both
// titles. Both tests look at one item at a time and then compare keys, so grouping can bucket items
// by key in one pass instead of comparing all pairs, and a group is exactly the items that
// matchItemPair would match with each other.
import { extractTerms, GENERIC_WORDS } from './extractTerms';
import { LEXICON, matchLexicon, type LexiconHit } from './matchLexicon';
import type { PlanItem } from '../data/schemas';

/** Generic words still count a little: 子育ての支援 and 子育ての推進 are closer than 子育て and 観光. */
const GENERIC_WEIGHT = 0.15;
/** A word made of two or more words (健康寿命) says more than each part. */
const COMPOUND_WEIGHT = 1.5;
/** A term is central to a title when it (with the words inside it) carries this share of the title's weight. */
export const CENTRAL_SHARE = 0.4;
/** Lexicon matches rank above text-only matches; text similarity orders them among themselves. */
const LEXICON_SCORE_FLOOR = 0.7;

/** Every atom of the lexicon: a term that is one of them is already covered by its concept. */
const LEXICON_ATOMS = new Set(LEXICON.flatMap((c) => c.terms.flat()));

export interface ItemSignature {
  readonly hits: readonly LexiconHit[];
  readonly weights: ReadonlyMap<string, number>;
  readonly total: number;
  /** Keys the item is grouped under: `lex:<concept id>` or `term:<term>`. */
  readonly keys: readonly string[];
}

export interface PairMatch {
  same: boolean;
  score: number;
  terms: string[];
}

function weightOf(term: string, compounds: ReadonlySet<string>): number {
  if (GENERIC_WORDS.has(term)) return GENERIC_WEIGHT;
  return compounds.has(term) ? COMPOUND_WEIGHT : 1;
}

/**
 * Kinds whose title is a heading over prose (行財政運営, 愛着を持てるまちづくり): what they pursue is
 * said in their text, so the lexicon reads the text too. Measures and rows are read by title only;
 * their titles say what they are.
 */
export const TEXT_READ_KINDS: ReadonlySet<string> = new Set([
  'context',
  'issue',
  'principle',
  'viewpoint',
  'project',
]);

/**
 * A concept counts for a paragraph when its terms occur at least twice there; a description of a
 * sentence or two (up to SHORT_TEXT characters) is about everything it names.
 */
const TEXT_MIN_MENTIONS = 2;
const SHORT_TEXT = 150;

export type DescribableItem = Pick<PlanItem, 'title'> & { kind?: string; text?: string };

/** The part of an item that matching depends on, as a memo key. */
export function signatureKey(item: DescribableItem): string {
  return TEXT_READ_KINDS.has(item.kind ?? '') && item.text
    ? `${item.title}\u0000${item.text}`
    : item.title;
}

function mergeHits(a: readonly LexiconHit[], b: readonly LexiconHit[]): LexiconHit[] {
  const terms = new Map<string, Set<string>>();
  for (const h of [...a, ...b])
    terms.set(h.concept, new Set([...(terms.get(h.concept) ?? []), ...h.terms]));
  return [...terms].map(([concept, t]) => ({ concept, terms: [...t] }));
}

/** Everything matching needs to know about one item: its title, and its text for TEXT_READ_KINDS. */
export function describeItem(item: DescribableItem): ItemSignature {
  const titleHits = matchLexicon(item.title);
  const readText = TEXT_READ_KINDS.has(item.kind ?? '') && item.text;
  const minMentions = (item.text?.length ?? 0) > SHORT_TEXT ? TEXT_MIN_MENTIONS : 1;
  const hits = readText ? mergeHits(titleHits, matchLexicon(item.text!, minMentions)) : titleHits;
  const { terms, compounds } = extractTerms(item.title);
  const compoundSet = new Set(compounds);
  const weights = new Map(terms.map((t) => [t, weightOf(t, compoundSet)] as const));
  let total = 0;
  for (const w of weights.values()) total += w;
  const keys = hits.map((h) => `lex:${h.concept}`);
  for (const [term, w] of weights) {
    if (w < 1 || LEXICON_ATOMS.has(term)) continue;
    // A compound covers its parts too: 担い手育成塾 speaks for 担い手 and 育成 as well.
    let covered = 0;
    for (const [other, v] of weights) if (term.includes(other)) covered += v;
    if (covered / total >= CENTRAL_SHARE) keys.push(`term:${term}`);
  }
  return { hits, weights, total, keys };
}

/** Weighted overlap of two titles' terms, 0–1 (cosine of binary term sets with term weights). */
export function scoreTextSimilarity(a: ItemSignature, b: ItemSignature): number {
  if (a.total === 0 || b.total === 0) return 0;
  let shared = 0;
  for (const [term, w] of a.weights) if (b.weights.has(term)) shared += w;
  return shared / Math.sqrt(a.total * b.total);
}

export function matchSignatures(a: ItemSignature, b: ItemSignature): PairMatch {
  const sim = scoreTextSimilarity(a, b);
  const bKeys = new Set(b.keys);
  const sharedKeys = a.keys.filter((k) => bKeys.has(k));
  if (sharedKeys.length === 0) return { same: false, score: round(sim), terms: [] };
  const terms = new Set<string>();
  let lexical = false;
  for (const key of sharedKeys) {
    if (key.startsWith('term:')) {
      terms.add(key.slice(5));
      continue;
    }
    lexical = true;
    const id = key.slice(4);
    for (const hit of [...a.hits, ...b.hits])
      if (hit.concept === id) hit.terms.forEach((t) => terms.add(t));
  }
  const score = lexical ? LEXICON_SCORE_FLOOR + (1 - LEXICON_SCORE_FLOOR) * sim : sim;
  return { same: true, score: round(score), terms: [...terms] };
}

/** Do two items pursue the same thing, how strongly, and which terms say so. */
export function matchItemPair(a: PlanItem, b: PlanItem): PairMatch {
  return matchSignatures(describeItem(a), describeItem(b));
}

const round = (x: number) => Math.round(x * 1000) / 1000;
