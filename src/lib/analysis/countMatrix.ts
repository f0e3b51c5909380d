// The cities × categories matrix behind the heat map, its table and the emphasis bars. A plan's
// share of a category is items carrying that category ÷ all items of the plan; an item may carry
// several categories, so a city's shares can add up to more than 100%.
import type { CategoryId } from '$lib/data/schemas';

/** What the matrix needs of a city: index.json's PlanSummary has these fields. */
export interface CityCounts {
  id: string;
  itemCount: number;
  countsByCategory?: Record<string, number>;
}

export interface MatrixCell {
  city: string;
  category: CategoryId;
  count: number;
  /** count ÷ the plan's items, 0 when the plan has none. */
  share: number;
}

export interface MatrixRow {
  city: string;
  total: number;
  cells: MatrixCell[];
}

export interface CountMatrix {
  rows: MatrixRow[];
  maxCount: number;
  maxShare: number;
}

/** One city's row of the matrix. */
export function countRow(c: CityCounts, categories: readonly CategoryId[]): MatrixRow {
  return {
    city: c.id,
    total: c.itemCount,
    cells: categories.map((category) => {
      const count = c.countsByCategory?.[category] ?? 0;
      return { city: c.id, category, count, share: c.itemCount > 0 ? count / c.itemCount : 0 };
    }),
  };
}

/** The matrix of these rows, with the largest count and share (the colour scales' dark ends). */
export function countMatrixOf(rows: MatrixRow[]): CountMatrix {
  let maxCount = 0;
  let maxShare = 0;
  for (const row of rows)
    for (const cell of row.cells) {
      maxCount = Math.max(maxCount, cell.count);
      maxShare = Math.max(maxShare, cell.share);
    }
  return { rows, maxCount, maxShare };
}

export function makeCountMatrix(
  cities: readonly CityCounts[],
  categories: readonly CategoryId[],
): CountMatrix {
  return countMatrixOf(cities.map((c) => countRow(c, categories)));
}

export type Metric = 'count' | 'share';
