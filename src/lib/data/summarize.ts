// A plan's entry in index.json: its facts and counts, without the items. The data build, the
// ingest command and the browser's add page all write it the same way.
import { CATEGORY_IDS, ITEM_KINDS } from './contract/common';
import type { Plan } from './contract/plan';
import type { PlanSummary } from './contract/planIndex';

const SDG_KEYS = Array.from({ length: 17 }, (_, i) => String(i + 1));

/** Key counts in a fixed order (the order of `order`, then alphabetical), zero counts left out. */
function countBy(values: readonly string[], order: readonly string[] = []): Record<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  const keys = [...counts.keys()].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(keys.map((k) => [k, counts.get(k)!]));
}

function countByCategoryKind(plan: Plan): Record<string, Record<string, number>> {
  const kinds = new Map<string, string[]>();
  for (const item of plan.items)
    for (const category of item.categories ?? [])
      kinds.set(category, [...(kinds.get(category) ?? []), item.kind]);
  const order = (k: string) => (CATEGORY_IDS as readonly string[]).indexOf(k);
  return Object.fromEntries(
    [...kinds]
      .sort(([a], [b]) => order(a) - order(b))
      .map(([category, list]) => [category, countBy(list, ITEM_KINDS)]),
  );
}

export function summarize(plan: Plan): PlanSummary {
  const categories = plan.items.flatMap((it) => it.categories ?? []);
  const sdgs = plan.items.flatMap((it) => [...new Set(it.sdgs ?? [])].map(String));
  return {
    id: plan.id,
    name: plan.name,
    prefecture: plan.prefecture,
    code: plan.code,
    file: `plans/${plan.id}.json`,
    plan: plan.plan,
    itemCount: plan.items.length,
    countsByKind: countBy(
      plan.items.map((it) => it.kind),
      ITEM_KINDS,
    ),
    sources: plan.sources,
    ...(categories.length ? { countsByCategory: countBy(categories, CATEGORY_IDS) } : {}),
    ...(categories.length ? { countsByCategoryKind: countByCategoryKind(plan) } : {}),
    ...(sdgs.length ? { countsBySdg: countBy(sdgs, SDG_KEYS) } : {}),
  };
}
