// How many items of a plan name each of the 17 SDGs, for the per-city SDG strip: counted from the
// items, or read from index.json's countsBySdg so the strip needs no plan file.
import type { PlanItem } from '$lib/data/schemas';

/** Index 0 is goal 1. Goals outside 1–17 are ignored; an item counts once per goal. */
export function countSdgs(items: readonly Pick<PlanItem, 'sdgs'>[]): number[] {
  const counts = new Array<number>(17).fill(0);
  for (const item of items)
    for (const goal of new Set(item.sdgs ?? []))
      if (Number.isInteger(goal) && goal >= 1 && goal <= 17) counts[goal - 1]! += 1;
  return counts;
}

/** index.json's countsBySdg ("1"…"17" → n) as 17 counts; missing keys are 0, others ignored. */
export function readSdgCounts(counts: Readonly<Record<string, number>> | undefined): number[] {
  return Array.from({ length: 17 }, (_, i) => counts?.[String(i + 1)] ?? 0);
}
