// What only one plan pursues, and is distinctive rather than generic. An item qualifies when no
// central term of its title is shared with another plan and the title's own words (parenthesised
// examples aside) rest on terms no other plan uses. Terms that look like names (ILC, 二本松城跡,
// 駅東口工場跡地) weigh most: a name is what makes an approach a city's own rather than a common
// duty worded differently.
import { GENERIC_WORDS } from './extractTerms';
import { describeItem, type ItemSignature } from './matchConcepts';
import { cityOf, type ConceptGroup, type GroupableItem } from './groupConcepts';

export interface UniqueApproach {
  readonly city: string;
  /** The distinctive term the items share. */
  readonly term: string;
  readonly items: readonly string[];
  /** Share of the title's weight carried by terms no other plan uses, 0–1 (best item). */
  readonly distinctiveness: number;
}

export interface UniqueOptions {
  /** At most this many approaches per city, the most distinctive first. */
  perCity?: number;
  /** Minimum share of a title's weight carried by exclusive terms. */
  minShare?: number;
}

const DEFAULTS = { perCity: 5, minShare: 0.5 } satisfies Required<UniqueOptions>;

/** Kinds that name an approach rather than a routine measure under one. */
const APPROACH_KINDS = new Set([
  'priority',
  'project',
  'theme',
  'strategy',
  'approach',
  'viewpoint',
  'principle',
]);

/** Latin (ilc), a long katakana word, or five kanji and more (二本松城跡): a name, not a word. */
const NAME_LIKE = /^([a-z][a-z0-9.]+|.*[\p{Script=Katakana}ー]{4,}.*|.*[\p{Script=Han}]{5,}.*)$/u;
/** Prose about the situation (現状, 課題) is not something a city pursues. */
const NOT_APPROACHES = new Set(['context', 'issue']);
const PARENTHESES = /[(（][^()（）]*[)）]/gu;

interface TermUse {
  /** The one city whose titles use the term, or null once a second city uses it too. */
  city: string | null;
  /** How many titles use it. */
  count: number;
}

function mapTermUse(items: readonly GroupableItem[], sigs: Map<string, ItemSignature>) {
  const use = new Map<string, TermUse>();
  for (const item of items) {
    const city = cityOf(item.id);
    for (const term of sigs.get(item.id)!.weights.keys()) {
      const seen = use.get(term);
      if (!seen) use.set(term, { city, count: 1 });
      else {
        seen.count++;
        if (seen.city !== city) seen.city = null;
      }
    }
  }
  return use;
}

/**
 * A lexicon synonym is what other plans say too: a term inside a matched lexicon term
 * (キャスティング in バックキャスティング), or one that only adds a generic word to it (人口減少対策),
 * does not set the item apart. 二本松城跡 adds a name to 城跡 and does.
 */
function isLexical(term: string, atoms: readonly string[]): boolean {
  if (atoms.some((atom) => atom.includes(term))) return true;
  const inside = atoms.filter((atom) => term.includes(atom));
  if (inside.length === 0) return false;
  const rest = inside.reduce((t, atom) => t.split(atom).join(''), term);
  return rest.length < 2 || GENERIC_WORDS.has(rest);
}

interface Entry {
  city: string;
  term: string;
  items: string[];
  share: number;
  rank: number;
}

export function findUniqueApproaches(
  items: readonly GroupableItem[],
  sigs: Map<string, ItemSignature>,
  groups: readonly ConceptGroup[],
  options: UniqueOptions = {},
): UniqueApproach[] {
  const { perCity, minShare } = { ...DEFAULTS, ...options };
  const sharedKeys = new Set(groups.filter((g) => g.cities.length > 1).map((g) => g.key));
  const use = mapTermUse(items, sigs);
  const heads = new Map<string, ItemSignature>();
  const entries = new Map<string, Entry>();
  for (const item of items) {
    // A (再掲) row repeats an item of the same plan, linked or not.
    if (item.repeats || item.title.includes('再掲') || NOT_APPROACHES.has(item.kind ?? ''))
      continue;
    const sig = sigs.get(item.id)!;
    // A broad lexicon concept shared with others (歴史・文化) does not make 二本松城跡 common; a
    // central term shared with another plan does.
    if (sig.keys.some((k) => k.startsWith('term:') && sharedKeys.has(k))) continue;
    const city = cityOf(item.id);
    const headTitle = item.title.replace(PARENTHESES, '');
    let head = heads.get(headTitle);
    if (!head) heads.set(headTitle, (head = describeItem({ title: headTitle })));
    if (head.total === 0) continue;
    const atoms = head.hits.flatMap((h) => h.terms.flatMap((t) => t.split('+')));
    const exclusive = [...head.weights].filter(
      ([t, w]) => w >= 1 && use.get(t)?.city === city && !isLexical(t, atoms),
    );
    // An exclusive compound speaks for the words inside it (福島, 構想 in 福島イノベーションコースト構想).
    let covered = 0;
    for (const [t, w] of head.weights) if (exclusive.some(([e]) => e.includes(t))) covered += w;
    const share = covered / head.total;
    if (exclusive.length === 0 || share < minShare) continue;
    // A name-like term names the approach; among equals, the one more of the city's titles use
    // (経営指針 ties three iwaki items together), then the longest.
    const named = exclusive.filter(([t]) => NAME_LIKE.test(t));
    const rankTerm = (t: string) => (use.get(t)?.count ?? 0) * 100 + t.length;
    const [term] = (named.length ? named : exclusive).reduce((a, b) =>
      rankTerm(b[0]) > rankTerm(a[0]) ? b : a,
    );
    const key = `${city}\u0000${term}`;
    const entry = entries.get(key) ?? { city, term, items: [], share, rank: 0 };
    entry.items.push(item.id);
    entry.share = Math.max(entry.share, share);
    const bonus = (named.length ? 1 : 0) + (APPROACH_KINDS.has(item.kind ?? '') ? 1 : 0);
    entry.rank = Math.max(entry.rank, share + bonus) + (entry.items.length > 1 ? 0.5 : 0);
    entries.set(key, entry);
  }
  const taken = new Map<string, number>();
  return [...entries.values()]
    .filter((e) => NAME_LIKE.test(e.term) || e.items.length > 1)
    .sort((a, b) => b.rank - a.rank || a.city.localeCompare(b.city) || a.term.localeCompare(b.term))
    .filter((e) => {
      const n = taken.get(e.city) ?? 0;
      taken.set(e.city, n + 1);
      return n < perCity;
    })
    .map((e) => ({
      city: e.city,
      term: e.term,
      items: e.items,
      distinctiveness: Math.round(e.share * 1000) / 1000,
    }));
}
