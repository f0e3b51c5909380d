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
import type { PlanItem } from '../data/schemas';

export interface ConceptGroup {
  /** `lex:<concept id>` (broad) or `term:<term>` (close). */
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
    const p = sigs.get(id)!.under.get(key);
    if (p) counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return best && best[1] * 2 >= ids.length ? best[0] : undefined;
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
  return groups;
}
