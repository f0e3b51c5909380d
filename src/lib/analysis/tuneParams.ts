// Chooses the labeller's thresholds on the evaluation set by a small grid search, and estimates
// how well such a choice carries over to unseen items (tune on one half, score the other).
import { CATEGORY_IDS, type PlanItem } from '../data/schemas';
import type { CompiledLexicon, LabelParams } from './compileLexicon';
import { labelItems } from './labelItems';
import { scoreCategories, scoreSdgs, type GoldItem } from './scoreCategories';

export type ParamGrid = Partial<Record<keyof LabelParams, readonly number[]>>;

/** What a trial is scored on: category macro-F1, or F1 of the SDG goals. */
export type Objective = 'categories' | 'sdgs';

export interface Trial {
  params: LabelParams;
  score: number;
}

/** Every combination of the grid's values over the lexicon's own params. */
export function expandGrid(base: LabelParams, grid: ParamGrid): LabelParams[] {
  let out: LabelParams[] = [{ ...base }];
  for (const [key, values] of Object.entries(grid) as [keyof LabelParams, number[]][]) {
    out = out.flatMap((p) => values.map((v) => ({ ...p, [key]: v })));
  }
  return out;
}

/** Rules-only category predictions for the gold items under the given params. */
export function predictCategories(
  items: readonly PlanItem[],
  lexicon: CompiledLexicon,
  params: LabelParams,
): Map<string, string[]> {
  const { rules } = labelItems(items, { ...lexicon, params });
  return new Map([...rules].map(([id, labels]) => [id, labels.categories]));
}

function measure(
  objective: Objective,
  items: readonly PlanItem[],
  gold: readonly GoldItem[],
  lexicon: CompiledLexicon,
  params: LabelParams,
): number {
  if (objective === 'categories') {
    return scoreCategories(gold, predictCategories(items, lexicon, params), CATEGORY_IDS).macroF1;
  }
  const { rules } = labelItems(items, { ...lexicon, params });
  return scoreSdgs(gold, new Map([...rules].map(([id, l]) => [id, l.sdgs]))).f1;
}

/** Trials sorted best first; ties keep the grid's order, so the result is deterministic. */
export function tuneParams(
  items: readonly PlanItem[],
  gold: readonly GoldItem[],
  lexicon: CompiledLexicon,
  grid: ParamGrid,
  objective: Objective = 'categories',
): Trial[] {
  const trials = expandGrid(lexicon.params, grid).map((params) => ({
    params,
    score: measure(objective, items, gold, lexicon, params),
  }));
  return trials
    .map((t, i) => ({ t, i }))
    .sort((a, b) => b.t.score - a.t.score || a.i - b.i)
    .map(({ t }) => t);
}

/** A stable split by id, so the halves do not change between runs. */
export function splitByHash(gold: readonly GoldItem[]): [GoldItem[], GoldItem[]] {
  const hash = (s: string) => [...s].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) >>> 0, 7);
  const a = gold.filter((g) => hash(g.id) % 2 === 0);
  const b = gold.filter((g) => hash(g.id) % 2 === 1);
  return [a, b];
}

/** Two-fold estimate: tune on each half, score on the other, average macro-F1. */
export function estimateHeldOut(
  items: readonly PlanItem[],
  gold: readonly GoldItem[],
  lexicon: CompiledLexicon,
  grid: ParamGrid,
): number {
  const halves = splitByHash(gold);
  const scores = halves.map((train, k) => {
    const test = halves[1 - k]!;
    const best = tuneParams(items, train, lexicon, grid)[0]!;
    return measure('categories', items, test, lexicon, best.params);
  });
  return scores.reduce((s, x) => s + x, 0) / scores.length;
}
