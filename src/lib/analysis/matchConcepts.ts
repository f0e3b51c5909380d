// When do two plan items pursue the same thing? Each item is read as units: its title, and the
// sentences and clauses of its text. A unit that names a synonym-lexicon concept (シティセールス ≈
// 魅力の発信 ≈ シティプロモーション) gives the item that concept as a broad key; a compound word
// that holds one of the concept's terms (自主防災組織 holds 防災) gives a close key under it; a
// compound or name that carries the title gives a close key of its own. Keys are looked at one item
// at a time, so grouping is an inverted index from key to items (one pass, never all pairs), and
// two items are matched exactly when they share a key. Every key remembers the unit that gave it,
// so each member of a concept can quote the words that make it one.
import { extractTerms, GENERIC_WORDS, normalizeForMatch } from './extractTerms';
import { matchLexicon, SYNONYMS, type LexiconHit, type SynonymLexicon } from './matchLexicon';
import type { PlanItem } from '../data/schemas';

/** Generic words still count a little: 子育ての支援 and 子育ての推進 are closer than 子育て and 観光. */
const GENERIC_WEIGHT = 0.15;
/** A word made of two or more words (健康寿命) says more than each part. */
const COMPOUND_WEIGHT = 1.5;
/** A term is central to a title when it (with the words inside it) carries this share of the title's weight. */
export const CENTRAL_SHARE = 0.4;
/** Lexicon matches rank above text-only matches; text similarity orders them among themselves. */
const LEXICON_SCORE_FLOOR = 0.7;
/** A unit shorter than this (normalized characters) says too little to match on. */
const MIN_UNIT = 6;

/** Latin (ilc), a long katakana word, or five kanji and more (二本松城跡): a name, not a word. */
export const NAME_LIKE =
  /^([a-z][a-z0-9.]+|.*[\p{Script=Katakana}ー]{4,}.*|.*[\p{Script=Han}]{5,}.*)$/u;

export type UnitFrom = 'title' | 'text';

/** Where an item says something: its title (unit 0) or a sentence or clause of its text. */
export interface ItemUnit {
  readonly from: UnitFrom;
  /** As written, with line breaks removed (a quote of the source). */
  readonly text: string;
}

/** The unit that gave an item a key, and the terms that matched there. */
export interface KeyEvidence {
  readonly unit: number;
  readonly terms: readonly string[];
}

export interface ItemSignature {
  readonly units: readonly ItemUnit[];
  /** Lexicon concepts the title names. */
  readonly hits: readonly LexiconHit[];
  /** Title terms and their weights (for the similarity score). */
  readonly weights: ReadonlyMap<string, number>;
  readonly total: number;
  /** `lex:<concept id>` (broad), `term:<compound>` (close). */
  readonly keys: readonly string[];
  readonly evidence: ReadonlyMap<string, KeyEvidence>;
  /** `term:` key → the `lex:` key it was found under, when it holds a term of that concept. */
  readonly under: ReadonlyMap<string, string>;
  /** Every content word and compound of title and text, for the rarity index. */
  readonly mentions: readonly string[];
}

export interface PairMatch {
  same: boolean;
  score: number;
  terms: string[];
}

export interface DescribeOptions {
  /** Read the text's sentences too (default), or the title only (the earlier matcher). */
  readText?: boolean;
  lexicon?: SynonymLexicon;
}

function weightOf(term: string, compounds: ReadonlySet<string>): number {
  if (GENERIC_WORDS.has(term)) return GENERIC_WEIGHT;
  return compounds.has(term) ? COMPOUND_WEIGHT : 1;
}

export type DescribableItem = Pick<PlanItem, 'title'> & { kind?: string; text?: string };

/** The part of an item that matching depends on, as a memo key. */
export function signatureKey(item: DescribableItem): string {
  return item.text ? `${item.title}\u0000${item.text}` : item.title;
}

const SENTENCE_END = /(?<=[。！？!?])/u;
/** Two clauses a plan joins into one sentence are two measures: …を進めるとともに、…を図ります。 */
const CLAUSE_JOIN = /(?<=(?:とともに|ほか|あわせて|併せて|加え)、)/u;
const TAG = /<\/?[a-z][^>]*>/giu;

/** The sentences and clauses of a text, as written (line breaks and tags removed). */
export function splitUnits(text: string): string[] {
  return text
    .replace(TAG, '')
    .split(SENTENCE_END)
    .flatMap((s) => s.split(CLAUSE_JOIN))
    .map((s) => s.replace(/\s*\n\s*/gu, '').trim())
    .filter((s) => normalizeForMatch(s).length >= MIN_UNIT);
}

/** A close key names something: a compound of two or more words, or a name-like word. */
const isCloseTerm = (term: string, compounds: ReadonlySet<string>) =>
  !GENERIC_WORDS.has(term) && (compounds.has(term) || NAME_LIKE.test(term));

const atomSets = new WeakMap<SynonymLexicon, ReadonlySet<string>>();
/** Every atom of the lexicon: a term that is one of them is already covered by its concept. */
function atomsOf(lex: SynonymLexicon): ReadonlySet<string> {
  let set = atomSets.get(lex);
  if (!set) atomSets.set(lex, (set = new Set(lex.concepts.flatMap((c) => c.terms.flat()))));
  return set;
}

const categoryMaps = new WeakMap<SynonymLexicon, ReadonlyMap<string, readonly string[]>>();
/** Whether a concept shares a category with one of the concepts a title names. */
function sameField(concept: string, titleHits: readonly LexiconHit[], lex: SynonymLexicon) {
  let map = categoryMaps.get(lex);
  if (!map) categoryMaps.set(lex, (map = new Map(lex.concepts.map((c) => [c.id, c.categories]))));
  const mine = map.get(concept) ?? [];
  return titleHits.some((h) => (map.get(h.concept) ?? []).some((c) => mine.includes(c)));
}

/** Everything matching needs to know about one item. */
export function describeItem(item: DescribableItem, options: DescribeOptions = {}): ItemSignature {
  const lex = options.lexicon ?? SYNONYMS;
  const readText = options.readText ?? true;
  const units: ItemUnit[] = [{ from: 'title', text: item.title }];
  if (readText && item.text)
    for (const u of splitUnits(item.text)) units.push({ from: 'text', text: u });
  const atoms = atomsOf(lex);

  const keys: string[] = [];
  const evidence = new Map<string, KeyEvidence>();
  const under = new Map<string, string>();
  const mentions = new Set<string>();
  const add = (key: string, unit: number, terms: readonly string[]) => {
    if (evidence.has(key)) return;
    keys.push(key);
    evidence.set(key, { unit, terms });
  };

  let titleHits: LexiconHit[] = [];
  let weights = new Map<string, number>();
  let total = 0;
  let titleCompounds: ReadonlySet<string> = new Set();
  units.forEach((unit, u) => {
    const hits = matchLexicon(unit.text, 1, lex);
    const { terms, compounds } = extractTerms(unit.text);
    const compoundSet = new Set(compounds);
    for (const t of terms) mentions.add(t);
    if (u === 0) {
      titleHits = hits;
      titleCompounds = compoundSet;
      weights = new Map(terms.map((t) => [t, weightOf(t, compoundSet)] as const));
      for (const w of weights.values()) total += w;
    }
    // A title that names a concept says what the item pursues; a sentence naming a concept of
    // another field only mentions it (a GX item whose text lists waste among the effects).
    for (const h of hits)
      if (u === 0 || titleHits.length === 0 || sameField(h.concept, titleHits, lex))
        add(`lex:${h.concept}`, u, h.terms);
    // Close keys under a concept: a compound holding one of its matched atoms (自主防災組織).
    for (const h of hits) {
      const hitAtoms = h.terms.flatMap((t) => t.split('+'));
      for (const t of terms) {
        if (!isCloseTerm(t, compoundSet) || atoms.has(t)) continue;
        if (!hitAtoms.some((a) => t.includes(a) && t !== a)) continue;
        add(`term:${t}`, u, [t]);
        if (!under.has(`term:${t}`)) under.set(`term:${t}`, `lex:${h.concept}`);
      }
    }
  });
  // Close keys of the title's own: a compound or name carrying the title (担い手育成塾).
  for (const [term, w] of weights) {
    if (w < 1 || atoms.has(term) || !isCloseTerm(term, titleCompounds)) continue;
    let covered = 0;
    for (const [other, v] of weights) if (term.includes(other)) covered += v;
    if (covered / total >= CENTRAL_SHARE) add(`term:${term}`, 0, [term]);
  }
  return {
    units,
    hits: titleHits,
    weights,
    total,
    keys,
    evidence,
    under,
    mentions: [...mentions],
  };
}

/** Weighted overlap of two titles' terms, 0–1 (cosine of binary term sets with term weights). */
export function scoreTextSimilarity(a: ItemSignature, b: ItemSignature): number {
  if (a.total === 0 || b.total === 0) return 0;
  let shared = 0;
  for (const [term, w] of a.weights) if (b.weights.has(term)) shared += w;
  return shared / Math.sqrt(a.total * b.total);
}

/** Keys two signatures share (the keys `b` lacks are ignored), as `a` lists them. */
export function sharedKeys(a: ItemSignature, b: ItemSignature): string[] {
  return a.keys.filter((k) => b.evidence.has(k));
}

export function matchSignatures(a: ItemSignature, b: ItemSignature): PairMatch {
  const sim = scoreTextSimilarity(a, b);
  const shared = sharedKeys(a, b);
  if (shared.length === 0) return { same: false, score: round(sim), terms: [] };
  const terms = new Set<string>();
  let lexical = false;
  for (const key of shared) {
    if (key.startsWith('lex:')) lexical = true;
    for (const t of [...a.evidence.get(key)!.terms, ...b.evidence.get(key)!.terms]) terms.add(t);
  }
  const score = lexical ? LEXICON_SCORE_FLOOR + (1 - LEXICON_SCORE_FLOOR) * sim : sim;
  return { same: true, score: round(score), terms: [...terms] };
}

/** Do two items pursue the same thing, how strongly, and which terms say so. */
export function matchItemPair(a: PlanItem, b: PlanItem): PairMatch {
  return matchSignatures(describeItem(a), describeItem(b));
}

const round = (x: number) => Math.round(x * 1000) / 1000;
