// Group items of many plans by what they pursue. Each item is described once (memoized by title
// and text, since plans repeat phrasing), then its keys are posted to an inverted index: key →
// items. One pass over the items plus one over the postings, never a comparison of all pairs. Two
// items share a posting list exactly when matchSignatures says they are the same.
import {
  describeItem,
  matchSignatures,
  signatureKey,
  type DescribeOptions,
  type ItemSignature,
} from './matchConcepts';
import { findCloseLinks, sharedRun } from './closeMatches';
import { normalizeForMatch } from './extractTerms';
import type { PlanItem } from '../data/schemas';

export interface ConceptGroup {
  /** `lex:<concept id>` (broad), `term:<term>` or `near:<run>` (close). */
  readonly key: string;
  readonly items: readonly string[];
  readonly cities: readonly string[];
  /** Matched terms and how many items each matched, most frequent first. */
  readonly terms: readonly { term: string; count: number }[];
  /** Mean score of up to MAX_SCORED_PAIRS cross-city pairs in the group. */
  readonly score: number;
  /** For a close group: the broad key at least half of its items were found under. */
  readonly parent?: string;
}

export type GroupableItem = Pick<PlanItem, 'id' | 'title' | 'repeats'> & {
  kind?: string;
  text?: string;
};

export interface GroupOptions {
  /** Item id → keys it is not posted under (a city's named programme under a broad concept). */
  skip?: ReadonlyMap<string, ReadonlySet<string>>;
  /** Also group titles that are close without a lexicon (closeMatches.ts); default true. */
  near?: boolean;
}

const MAX_SCORED_PAIRS = 200;

export const cityOf = (itemId: string) => itemId.slice(0, itemId.indexOf('/'));

/** Describe every item, reusing the description of an identical title and text. */
export function describeItems(
  items: readonly GroupableItem[],
  options: DescribeOptions = {},
): Map<string, ItemSignature> {
  const byKey = new Map<string, ItemSignature>();
  const byId = new Map<string, ItemSignature>();
  for (const item of items) {
    const key = signatureKey(item);
    let sig = byKey.get(key);
    if (!sig) {
      sig = describeItem(item, options);
      byKey.set(key, sig);
    }
    byId.set(item.id, sig);
  }
  return byId;
}

function countTerms(key: string, ids: readonly string[], sigs: Map<string, ItemSignature>) {
  const counts = new Map<string, number>();
  for (const id of ids)
    for (const t of sigs.get(id)!.evidence.get(key)?.terms ?? [])
      counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts]
    .map(([term, count]) => ({ term, count }))
    .sort((a, b) => b.count - a.count || a.term.localeCompare(b.term));
}

/** Mean score over pairs of neighbouring items from different cities: a bounded sample, not all pairs. */
function scoreGroup(ids: readonly string[], sigs: Map<string, ItemSignature>): number {
  const cities = ids.map(cityOf);
  // nextOther[i]: the first index after i whose city differs from ids[i]'s, or -1.
  const nextOther = new Array<number>(ids.length).fill(-1);
  for (let i = ids.length - 2; i >= 0; i--) {
    nextOther[i] = cities[i + 1] !== cities[i] ? i + 1 : nextOther[i + 1]!;
  }
  let sum = 0;
  let n = 0;
  for (let i = 0; i < ids.length && n < MAX_SCORED_PAIRS; i++) {
    const j = nextOther[i]!;
    if (j < 0) continue;
    sum += matchSignatures(sigs.get(ids[i]!)!, sigs.get(ids[j]!)!).score;
    n++;
  }
  return n === 0 ? 0 : Math.round((sum / n) * 1000) / 1000;
}

function parentOf(key: string, ids: readonly string[], sigs: Map<string, ItemSignature>) {
  const counts = new Map<string, number>();
  for (const id of ids) {
    const sig = sigs.get(id)!;
    // A near group sits under the broad concept most of its titles name.
    const parents = key.startsWith('near:')
      ? sig.keys.filter((k) => k.startsWith('lex:') && sig.evidence.get(k)!.unit === 0)
      : [sig.under.get(key)];
    for (const p of parents) if (p) counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return best && best[1] * 2 >= ids.length ? best[0] : undefined;
}

/**
 * Groups of items whose titles are close (closeMatches.ts): titles linked across cities, joined
 * transitively. Identical titles are one node, so the work is over distinct titles.
 */
function nearGroups(
  items: readonly GroupableItem[],
  sigs: Map<string, ItemSignature>,
): ConceptGroup[] {
  const index = new Map<string, number>();
  const titles: string[] = [];
  const ids: string[][] = [];
  const cities: Set<string>[] = [];
  for (const item of items) {
    if (item.repeats) continue;
    const key = normalizeForMatch(item.title);
    let i = index.get(key);
    if (i === undefined) {
      index.set(key, (i = titles.length));
      titles.push(item.title);
      ids.push([]);
      cities.push(new Set());
    }
    ids[i]!.push(item.id);
    cities[i]!.add(cityOf(item.id));
  }
  // Two titles of one city only are that plan's own wording, not a match across plans.
  const oneCity = (i: number) => (cities[i]!.size === 1 ? [...cities[i]!][0] : undefined);
  const links = findCloseLinks(titles, (i, j) => !oneCity(i) || oneCity(i) !== oneCity(j));
  // Average linkage, strongest links first: two groups join only when at least half of the pairs
  // across them are linked, so A ≈ B and B ≈ C do not make A ≈ C by a chain of shared words.
  const root = titles.map((_, i) => i);
  const find = (i: number): number => (root[i] === i ? i : (root[i] = find(root[i]!)));
  const nodes = new Map<number, number[]>();
  const neighbours = new Map<number, Set<number>>();
  for (const { a, b } of links) {
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      const set = neighbours.get(x) ?? new Set<number>();
      set.add(y);
      neighbours.set(x, set);
    }
  }
  const membersOf = (r: number) => nodes.get(r) ?? [r];
  for (const { a, b } of [...links].sort((x, y) => y.score - x.score)) {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) continue;
    const [small, large] = membersOf(ra).length <= membersOf(rb).length ? [ra, rb] : [rb, ra];
    const big = membersOf(large);
    const inLarge = new Set(big);
    let linked = 0;
    for (const m of membersOf(small))
      for (const o of neighbours.get(m) ?? []) if (inLarge.has(o)) linked++;
    if (linked * 2 < membersOf(small).length * big.length) continue;
    root[small] = large;
    nodes.set(large, [...big, ...membersOf(small)]);
    nodes.delete(small);
  }
  const byRoot = new Map<
    number,
    { titles: number[]; scores: number[]; runs: Map<string, number> }
  >();
  const at = (i: number) => {
    const r = find(i);
    let g = byRoot.get(r);
    if (!g) byRoot.set(r, (g = { titles: [], scores: [], runs: new Map() }));
    return g;
  };
  titles.forEach((_, i) => at(i).titles.push(i));
  for (const { a, b, score } of links) {
    if (find(a) !== find(b)) continue;
    const g = at(a);
    g.scores.push(score);
    for (const run of [sharedRun(titles[a]!, titles[b]!), sharedRun(titles[b]!, titles[a]!)])
      if (run) g.runs.set(run, (g.runs.get(run) ?? 0) + 1);
  }
  // Identical titles in two cities are a group of their own, with no link to score.
  const groups: ConceptGroup[] = [];
  const used = new Set<string>();
  for (const g of byRoot.values()) {
    const members = g.titles.flatMap((i) => ids[i]!);
    const groupCities = [...new Set(members.map(cityOf))];
    if (groupCities.length < 2) continue;
    const runs = [...g.runs].sort(
      (x, y) => y[1] - x[1] || y[0].length - x[0].length || x[0].localeCompare(y[0]),
    );
    const name = runs[0]?.[0] ?? normalizeForMatch(titles[g.titles[0]!]!);
    let key = `near:${name}`;
    for (let k = 2; used.has(key); k++) key = `near:${name}-${k}`;
    used.add(key);
    const score = g.scores.length ? g.scores.reduce((x, y) => x + y, 0) / g.scores.length : 1;
    const parent = parentOf(key, members, sigs);
    groups.push({
      key,
      items: members,
      cities: groupCities,
      terms: runs.length
        ? runs.map(([term, count]) => ({ term, count }))
        : [{ term: name, count: members.length }],
      score: Math.round(score * 1000) / 1000,
      ...(parent ? { parent } : {}),
    });
  }
  return groups;
}

/**
 * Posting lists of items that share a key, with their cities. (再掲) rows are left out: they repeat
 * an item of the same plan and would only inflate the counts.
 */
export function groupConcepts(
  items: readonly GroupableItem[],
  sigs: Map<string, ItemSignature> = describeItems(items),
  options: GroupOptions = {},
): ConceptGroup[] {
  const postings = new Map<string, string[]>();
  for (const item of items) {
    if (item.repeats) continue;
    const skip = options.skip?.get(item.id);
    for (const key of sigs.get(item.id)!.keys) {
      if (skip?.has(key)) continue;
      const list = postings.get(key);
      if (list) list.push(item.id);
      else postings.set(key, [item.id]);
    }
  }
  const groups: ConceptGroup[] = [];
  for (const [key, ids] of postings) {
    const cities = [...new Set(ids.map(cityOf))];
    const score = cities.length > 1 ? scoreGroup(ids, sigs) : 0;
    const parent = key.startsWith('term:') ? parentOf(key, ids, sigs) : undefined;
    groups.push({
      key,
      items: ids,
      cities,
      terms: countTerms(key, ids, sigs),
      score,
      ...(parent ? { parent } : {}),
    });
  }
  if (options.near ?? true) groups.push(...nearGroups(items, sigs));
  return groups;
}
