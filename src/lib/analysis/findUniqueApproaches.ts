// What only one plan pursues, found by rarity. Every content word and compound of every item's
// title and text is posted to one index (term → the only city that mentions it, or none once a
// second city does). An item is distinctive when the words of its title rest on terms no other
// plan's text mentions at all, not only its titles; a name (ILC, 二本松城跡, バックキャスティング)
// ranks highest. An approach is never an item that is also in a shared concept, and there is no
// cap per city: the list is ranked, each entry with its reason.
import { GENERIC_WORDS } from './extractTerms';
import { describeItem, NAME_LIKE, type ItemSignature } from './matchConcepts';
import { cityOf, type GroupableItem } from './groupConcepts';

export interface UniqueApproach {
  readonly city: string;
  /** The distinctive term the items share. */
  readonly term: string;
  readonly items: readonly string[];
  /** Share of the title's weight carried by terms no other plan mentions, 0–1 (best item). */
  readonly distinctiveness: number;
  /** The term looks like a name (a programme, a place, a facility). */
  readonly named: boolean;
  /** Ranking score: distinctiveness, plus 1 for a name, 0.5 for an approach-level item. */
  readonly rank: number;
}

export interface UniqueOptions {
  /** Minimum share of a title's weight carried by terms no other plan mentions. */
  minShare?: number;
}

const DEFAULTS = { minShare: 0.5 } satisfies Required<UniqueOptions>;

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

/** Prose about the situation (現状, 課題) is not something a city pursues. */
const NOT_APPROACHES = new Set(['context', 'issue']);
/** Parenthesised examples (（訓練、備蓄品整備など）) end in など or 等; other parentheses name the
 * measure itself (収入アップの取り組み（ネーミングライツ）) and stay. */
const EXAMPLES = /[(（][^()（）]*(?:など|等)[)）]/gu;

/** Term → the one city whose titles or texts mention it, or null once a second city does. */
export type MentionIndex = Map<string, string | null>;

export function indexMentions(
  items: readonly GroupableItem[],
  sigs: Map<string, ItemSignature>,
): MentionIndex {
  const use: MentionIndex = new Map();
  // Plans repeat phrasing: a signature already posted for this city adds nothing.
  const done = new Map<ItemSignature, Set<string>>();
  for (const item of items) {
    const city = cityOf(item.id);
    const sig = sigs.get(item.id)!;
    const cities = done.get(sig) ?? new Set<string>();
    if (cities.has(city)) continue;
    cities.add(city);
    done.set(sig, cities);
    for (const term of sig.mentions) {
      const prev = use.get(term);
      if (prev === undefined) use.set(term, city);
      else if (prev !== null && prev !== city) use.set(term, null);
    }
  }
  return use;
}

/** A word with kana endings (位置づける, 感じる, 集まり) is a verb, not a thing a city pursues. */
const HIRAGANA = /\p{Script=Hiragana}/u;

/** A lexicon synonym (or a piece of one) is a word for a shared concept, not a name of one city's. */
function isSynonym(term: string, atoms: ReadonlySet<string>): boolean {
  if (atoms.has(term)) return true;
  for (const a of atoms) if (a.length > term.length && a.includes(term)) return true;
  return false;
}

export interface Distinctive {
  readonly term: string;
  readonly share: number;
  readonly named: boolean;
  /** The name-like terms among the exclusive ones. */
  readonly names: readonly string[];
}

/** Whether an item's title rests on terms no other plan mentions, and on which. */
export function findDistinctive(
  item: GroupableItem,
  use: MentionIndex,
  minShare = DEFAULTS.minShare,
  heads: Map<string, ItemSignature> = new Map(),
  atoms: ReadonlySet<string> = new Set(),
): Distinctive | null {
  // A (再掲) row repeats an item of the same plan, linked or not.
  if (item.repeats || item.title.includes('再掲') || NOT_APPROACHES.has(item.kind ?? ''))
    return null;
  const city = cityOf(item.id);
  const headTitle = item.title.replace(EXAMPLES, '');
  let head = heads.get(headTitle);
  if (!head) heads.set(headTitle, (head = describeItem({ title: headTitle }, { readText: false })));
  if (head.total === 0) return null;
  const exclusive = [...head.weights].filter(
    ([t, w]) =>
      w >= 1 &&
      !GENERIC_WORDS.has(t) &&
      (NAME_LIKE.test(t) || !HIRAGANA.test(t)) &&
      use.get(t) === city &&
      !isSynonym(t, atoms),
  );
  if (exclusive.length === 0) return null;
  // An exclusive compound speaks for the words inside it (福島, 構想 in 福島イノベーションコースト構想).
  let covered = 0;
  for (const [t, w] of head.weights) if (exclusive.some(([e]) => e.includes(t))) covered += w;
  const share = covered / head.total;
  if (share < minShare) return null;
  const named = exclusive.filter(([t]) => NAME_LIKE.test(t));
  // The longest name, else the longest exclusive term, names the approach.
  const [term] = (named.length ? named : exclusive).reduce((a, b) =>
    b[0].length > a[0].length ? b : a,
  );
  return { term, share, named: named.length > 0, names: named.map(([t]) => t) };
}

/**
 * A city's distinctive items that no shared concept holds, grouped by their distinctive term and
 * ranked: names first, then by how much of the title rests on terms no other plan mentions.
 */
export function findUniqueApproaches(
  items: readonly GroupableItem[],
  distinctive: ReadonlyMap<string, Distinctive>,
  shared: ReadonlySet<string>,
): UniqueApproach[] {
  const entries = new Map<
    string,
    { city: string; term: string; items: string[]; share: number; named: boolean; rank: number }
  >();
  for (const item of items) {
    const d = distinctive.get(item.id);
    if (!d || shared.has(item.id)) continue;
    const city = cityOf(item.id);
    const key = `${city}\u0000${d.term}`;
    const entry = entries.get(key) ?? {
      city,
      term: d.term,
      items: [],
      share: 0,
      named: d.named,
      rank: 0,
    };
    entry.items.push(item.id);
    entry.share = Math.max(entry.share, d.share);
    const rank = d.share + (d.named ? 1 : 0) + (APPROACH_KINDS.has(item.kind ?? '') ? 0.5 : 0);
    entry.rank = Math.max(entry.rank, rank);
    entries.set(key, entry);
  }
  return [...entries.values()]
    .map((e) => ({ ...e, rank: e.rank + (e.items.length > 1 ? 0.25 : 0) }))
    .sort((a, b) => b.rank - a.rank || a.city.localeCompare(b.city) || a.term.localeCompare(b.term))
    .map((e) => ({
      city: e.city,
      term: e.term,
      items: e.items,
      distinctiveness: round(e.share),
      named: e.named,
      rank: round(e.rank),
    }));
}

const round = (x: number) => Math.round(x * 1000) / 1000;
