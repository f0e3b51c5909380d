// Scores what the plan reader made of a document against the items a planner expects (gold):
// how many gold items came out as items of their own, how many are at least somewhere in the
// items' titles or texts, how many items are extra, and whether the labels of the found ones are
// right (must ⊆ predicted ⊆ must ∪ ok, the strict test the evaluation set uses).
import type { CategoryId, PlanItem } from '../../src/lib/data/schemas';

export interface GoldItem {
  title: string;
  level?: number;
  parent?: string | null;
  must: CategoryId[];
  ok: CategoryId[];
  sdgs?: number[];
  sdgsOk?: number[];
}

/** A dev or held-out fixture's gold.json (tests/fixtures/plans/README.md), as the reader evals read it. */
export interface GoldFile {
  fixture: string;
  input: string;
  name: string;
  prefecture?: string;
  items: GoldItem[];
}

export interface FixtureScore {
  gold: number;
  items: number;
  /** Gold items found as an item of their own (one item answers one gold item). */
  own: number;
  /** Gold items found anywhere: an item of their own, or inside an item's title or text. */
  anywhere: number;
  /** Items that answer no gold item (context items counted apart). */
  extra: number;
  extraContext: number;
  /** Found gold items whose categories pass the strict test, of those with a found item. */
  labelsStrict: number;
  labelled: number;
  /** The same for SDGs, over found gold items that name SDGs or get some. */
  sdgsStrict: number;
  sdgsJudged: number;
  /** Gold titles not found as items of their own (for reading the misses). */
  missed: string[];
  /** Gold items found whose labels failed: title, predicted, must, ok. */
  mislabelled: string[];
}

/** NFKC, no whitespace, no punctuation or brackets: titles compared as a planner reads them. */
export function matchKey(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\s\u3000]+/gu, '')
    .replace(/[「」『』()（）［］[\]【】〈〉《》・、。,.:：;；!?！？"'“”‘’…―ー\-~〜～]/gu, '');
}

function bigrams(s: string): Map<string, number> {
  const out = new Map<string, number>();
  const chars = [...s];
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = chars[i]! + chars[i + 1]!;
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

export function dice(a: string, b: string): number {
  if (a === b) return 1;
  const ga = bigrams(a);
  const gb = bigrams(b);
  let common = 0;
  let total = 0;
  for (const [g, n] of ga) common += Math.min(n, gb.get(g) ?? 0);
  for (const n of ga.values()) total += n;
  for (const n of gb.values()) total += n;
  return total === 0 ? 0 : (2 * common) / total;
}

/**
 * How well an item's title answers a gold title: 1 when equal; the containment ratio when one
 * holds the other (a title with a marker left on, or a clause with one more word); else the
 * bigram Dice coefficient.
 */
export function titleMatch(gold: string, item: string): number {
  const g = matchKey(gold);
  const t = matchKey(item);
  if (!g || !t) return 0;
  if (g === t) return 1;
  const [short, long] = g.length <= t.length ? [g, t] : [t, g];
  if (long.includes(short))
    return short.length / long.length >= 0.6 ? 0.9 : 0.5 * (short.length / long.length) + 0.3;
  return dice(g, t);
}

export const OWN_THRESHOLD = 0.7;

/** Labels strict: every required label given, and nothing outside the acceptable ones. */
export const strict = <T>(predicted: readonly T[], must: readonly T[], ok: readonly T[]) =>
  must.every((m) => predicted.includes(m)) &&
  predicted.every((p) => must.includes(p) || ok.includes(p));

export function scoreFixture(gold: readonly GoldItem[], items: readonly PlanItem[]): FixtureScore {
  // One item answers one gold item: pairs are taken best first.
  const pairs: { g: number; i: number; s: number }[] = [];
  gold.forEach((gi, g) =>
    items.forEach((it, i) => {
      const s = titleMatch(gi.title, it.title);
      if (s >= OWN_THRESHOLD) pairs.push({ g, i, s });
    }),
  );
  pairs.sort((a, b) => b.s - a.s || a.g - b.g || a.i - b.i);
  const itemOf = new Map<number, number>();
  const taken = new Set<number>();
  for (const p of pairs) {
    if (itemOf.has(p.g) || taken.has(p.i)) continue;
    itemOf.set(p.g, p.i);
    taken.add(p.i);
  }
  const haystack = items.map((it) => matchKey(`${it.title}${it.text ?? ''}`));
  let anywhere = 0;
  let labelsStrict = 0;
  let sdgsStrict = 0;
  let sdgsJudged = 0;
  const missed: string[] = [];
  const mislabelled: string[] = [];
  gold.forEach((gi, g) => {
    const i = itemOf.get(g);
    const key = matchKey(gi.title);
    if (i !== undefined || (key && haystack.some((h) => h.includes(key)))) anywhere++;
    if (i === undefined) {
      missed.push(gi.title);
      return;
    }
    const item = items[i]!;
    const cats = item.categories ?? [];
    if (strict(cats, gi.must, gi.ok)) labelsStrict++;
    else
      mislabelled.push(
        `${gi.title} → [${cats.join(',')}] must [${gi.must.join(',')}] ok [${gi.ok.join(',')}]`,
      );
    const sdgs = item.sdgs ?? [];
    if ((gi.sdgs?.length ?? 0) > 0 || sdgs.length > 0) {
      sdgsJudged++;
      if (strict(sdgs, gi.sdgs ?? [], gi.sdgsOk ?? [])) sdgsStrict++;
    }
  });
  const extras = items.filter((_, i) => !taken.has(i));
  return {
    gold: gold.length,
    items: items.length,
    own: itemOf.size,
    anywhere,
    extra: extras.filter((it) => it.kind !== 'context').length,
    extraContext: extras.filter((it) => it.kind === 'context').length,
    labelsStrict,
    labelled: itemOf.size,
    sdgsStrict,
    sdgsJudged,
    missed,
    mislabelled,
  };
}

export interface Rates {
  own: number;
  anywhere: number;
  labels: number;
  sdgs: number;
}

export const ratesOf = (s: FixtureScore): Rates => ({
  own: s.gold ? s.own / s.gold : 1,
  anywhere: s.gold ? s.anywhere / s.gold : 1,
  labels: s.labelled ? s.labelsStrict / s.labelled : 1,
  sdgs: s.sdgsJudged ? s.sdgsStrict / s.sdgsJudged : 1,
});

/** The mean of each rate over fixtures: every document counts once, whatever its size. */
export function meanRates(scores: readonly FixtureScore[]): Rates {
  const rates = scores.map(ratesOf);
  const mean = (k: keyof Rates) => rates.reduce((s, r) => s + r[k], 0) / Math.max(1, rates.length);
  return {
    own: mean('own'),
    anywhere: mean('anywhere'),
    labels: mean('labels'),
    sdgs: mean('sdgs'),
  };
}
