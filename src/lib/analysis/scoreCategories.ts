// Scores predicted labels against the hand-labelled evaluation set. A predicted category is right
// when it is in must ∪ acceptable; a must category that was not predicted is a false negative. So
// an acceptable extra label never hurts, and never helps recall either.

export interface GoldItem {
  id: string;
  must: readonly string[];
  acceptable: readonly string[];
  sdgs?: readonly number[];
}

export interface CategoryScore {
  id: string;
  /** Items that must carry the category. */
  support: number;
  predicted: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface CategoryReport {
  items: number;
  categories: CategoryScore[];
  macroF1: number;
  microF1: number;
  /** Share of items with every must label predicted and nothing outside must ∪ acceptable. */
  exactRate: number;
  confusion: { labels: string[]; matrix: number[][] };
}

export const NONE = 'none';

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const harmonic = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/**
 * Confusion for multi-label items. Row = a must label, column = what was predicted instead.
 * A hit adds to the diagonal; a missed must label adds to each wrongly predicted label's column
 * (or to `none` when nothing wrong was predicted); a wrong label with nothing missed goes in the
 * `none` row.
 */
function addToConfusion(
  matrix: number[][],
  index: Map<string, number>,
  must: ReadonlySet<string>,
  allowed: ReadonlySet<string>,
  pred: ReadonlySet<string>,
): void {
  const at = (label: string) => index.get(label) ?? index.get(NONE) ?? 0;
  const wrong = [...pred].filter((p) => !allowed.has(p));
  const missed = [...must].filter((m) => !pred.has(m));
  for (const m of must) if (pred.has(m)) matrix[at(m)]![at(m)]! += 1;
  for (const m of missed) {
    if (wrong.length === 0) matrix[at(m)]![at(NONE)]! += 1;
    for (const w of wrong) matrix[at(m)]![at(w)]! += 1;
  }
  if (missed.length === 0) for (const w of wrong) matrix[at(NONE)]![at(w)]! += 1;
}

export function scoreCategories(
  gold: readonly GoldItem[],
  predicted: ReadonlyMap<string, readonly string[]>,
  categoryIds: readonly string[],
): CategoryReport {
  const labels = [...categoryIds, NONE];
  const index = new Map(labels.map((l, i) => [l, i]));
  const matrix = labels.map(() => labels.map(() => 0));
  const counts = new Map(categoryIds.map((c) => [c, { tpP: 0, fp: 0, tpR: 0, fn: 0, support: 0 }]));
  let exact = 0;
  for (const g of gold) {
    const must = new Set(g.must);
    const allowed = new Set([...g.must, ...g.acceptable]);
    const pred = new Set(predicted.get(g.id) ?? []);
    addToConfusion(matrix, index, must, allowed, pred);
    let ok = true;
    for (const c of categoryIds) {
      const k = counts.get(c)!;
      if (must.has(c)) k.support++;
      if (pred.has(c) && allowed.has(c)) k.tpP++;
      if (pred.has(c) && must.has(c)) k.tpR++;
      if (pred.has(c) && !allowed.has(c)) {
        k.fp++;
        ok = false;
      }
      if (!pred.has(c) && must.has(c)) {
        k.fn++;
        ok = false;
      }
    }
    if (ok) exact++;
  }
  const categories = categoryIds.map((id): CategoryScore => {
    const k = counts.get(id)!;
    const precision = ratio(k.tpP, k.tpP + k.fp);
    const recall = ratio(k.tpR, k.tpR + k.fn);
    return {
      id,
      support: k.support,
      predicted: k.tpP + k.fp,
      precision,
      recall,
      f1: harmonic(precision, recall),
    };
  });
  // A category nobody must carry and nobody predicted says nothing about the classifier.
  const scored = categories.filter((c) => c.support > 0 || c.predicted > 0);
  const macroF1 = ratio(
    scored.reduce((s, c) => s + c.f1, 0),
    scored.length,
  );
  const sum = (f: (k: { tpP: number; fp: number; tpR: number; fn: number }) => number) =>
    [...counts.values()].reduce((s, k) => s + f(k), 0);
  const microP = ratio(
    sum((k) => k.tpP),
    sum((k) => k.tpP + k.fp),
  );
  const microR = ratio(
    sum((k) => k.tpR),
    sum((k) => k.tpR + k.fn),
  );
  return {
    items: gold.length,
    categories,
    macroF1,
    microF1: harmonic(microP, microR),
    exactRate: ratio(exact, gold.length),
    confusion: { labels, matrix },
  };
}

export interface SetAgreement {
  items: number;
  precision: number;
  recall: number;
  f1: number;
  /** Mean Jaccard similarity of the goal sets (two empty sets agree fully). */
  jaccard: number;
}

/** Agreement of predicted SDG goals with the evaluation set, over items that state their goals. */
export function scoreSdgs(
  gold: readonly GoldItem[],
  predicted: ReadonlyMap<string, readonly number[]>,
): SetAgreement {
  let tp = 0;
  let nPred = 0;
  let nGold = 0;
  let jaccard = 0;
  const withGoals = gold.filter((g) => g.sdgs !== undefined);
  for (const g of withGoals) {
    const want = new Set(g.sdgs);
    const got = new Set(predicted.get(g.id) ?? []);
    const both = [...got].filter((x) => want.has(x)).length;
    const union = new Set([...want, ...got]).size;
    tp += both;
    nPred += got.size;
    nGold += want.size;
    jaccard += union === 0 ? 1 : both / union;
  }
  const precision = ratio(tp, nPred);
  const recall = ratio(tp, nGold);
  return {
    items: withGoals.length,
    precision,
    recall,
    f1: harmonic(precision, recall),
    jaccard: ratio(jaccard, withGoals.length),
  };
}
