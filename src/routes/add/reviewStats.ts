// What the review before adding shows of a plan the reader made: counts by kind and by level.
import type { PlanItem } from '$lib/data/contract/plan';

/** An item's level in its plan's tree: 1 for a top item (its local id has one part). */
export const levelOf = (item: PlanItem) =>
  item.id.slice(item.id.indexOf('/') + 1).split('-').length;

/** How many times each value occurs, in the order values first occur. */
export function countBy<T>(values: readonly T[]): [T, number][] {
  const out = new Map<T, number>();
  for (const v of values) out.set(v, (out.get(v) ?? 0) + 1);
  return [...out];
}
