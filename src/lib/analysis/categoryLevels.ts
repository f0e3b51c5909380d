// The comparison unlike documents allow: does a plan address a category at all, and at which
// level of its hierarchy — as a goal, a policy, a measure, or only in a principle or viewpoint?
// A 概要版, one chapter and a draft 序論 hold very different numbers of items, so their counts
// and shares are not like for like; whether and how high a category appears is. Counts are of
// goals and policies, not of raw items. Context and issue items describe the situation and are
// not counted (as in the share). Pure.
import type { CategoryId, ItemKind } from '$lib/data/schemas';

export type Level = 'goal' | 'policy' | 'measure' | 'other';
export const LEVELS: readonly Level[] = ['goal', 'policy', 'measure', 'other'];

/** The level each item kind stands at (docs/method.md); null for situation descriptions. */
export const LEVEL_OF_KIND: Record<ItemKind, Level | null> = {
  goal: 'goal',
  policy: 'policy',
  theme: 'policy',
  method: 'policy',
  measure: 'measure',
  project: 'measure',
  principle: 'other',
  priority: 'other',
  viewpoint: 'other',
  strategy: 'other',
  approach: 'other',
  issue: null,
  context: null,
};

export interface LevelCell {
  city: string;
  category: CategoryId;
  /** Items of each level carrying the category. */
  counts: Record<Level, number>;
  /** The highest level at which the plan names the category; null when it does not. */
  top: Level | null;
}

export interface LevelRow {
  city: string;
  cells: LevelCell[];
}

export interface CityKindCounts {
  id: string;
  countsByCategoryKind?: Record<string, Record<string, number>>;
}

/** One city's categories by the highest level that names each. */
export function levelRow(c: CityKindCounts, categories: readonly CategoryId[]): LevelRow {
  return {
    city: c.id,
    cells: categories.map((category) => {
      const counts: Record<Level, number> = { goal: 0, policy: 0, measure: 0, other: 0 };
      for (const [kind, n] of Object.entries(c.countsByCategoryKind?.[category] ?? {})) {
        const level = LEVEL_OF_KIND[kind as ItemKind];
        if (level) counts[level] += n;
      }
      return { city: c.id, category, counts, top: LEVELS.find((l) => counts[l] > 0) ?? null };
    }),
  };
}

export function makeLevelMatrix(
  cities: readonly CityKindCounts[],
  categories: readonly CategoryId[],
): LevelRow[] {
  return cities.map((c) => levelRow(c, categories));
}

/** The level as a rank for a colour scale: goal 4 … other 1, none 0. */
export const levelRank = (level: Level | null) =>
  level ? LEVELS.length - LEVELS.indexOf(level) : 0;
