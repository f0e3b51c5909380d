// The side-by-side grid: one column per city, one row per shared concept, so comparable measures
// of different plans sit on one row. Each item lands on one row only (the concept that spans the
// most of the chosen cities), and items that no concept shares among them go to a last row.
import type { CategoryId, Concept, PlanItem } from '$lib/data/schemas';

export interface AlignedRow {
  /** null for the last row: items of the category no shared concept aligns. */
  concept: Concept | null;
  /** One list per city, in the order of `cities`; items in source order. */
  cells: PlanItem[][];
  /** How many of the chosen cities have an item on this row. */
  cityCount: number;
}

export interface AlignInput {
  cities: readonly string[];
  category: CategoryId;
  /** Each chosen city's items, in source order. */
  itemsByCity: ReadonlyMap<string, readonly PlanItem[]>;
  concepts: readonly Concept[];
}

const cityOf = (id: string) => id.slice(0, id.indexOf('/'));

export function alignByConcept({
  cities,
  category,
  itemsByCity,
  concepts,
}: AlignInput): AlignedRow[] {
  const inCategory = new Map<string, PlanItem>();
  const order = new Map<string, number>();
  for (const city of cities)
    (itemsByCity.get(city) ?? []).forEach((item, i) => {
      if (item.categories?.includes(category)) inCategory.set(item.id, item);
      order.set(item.id, i);
    });

  const spread = (ids: readonly string[]) => new Set(ids.map(cityOf)).size;
  const members = concepts
    .map((concept, index) => ({
      concept,
      index,
      ids: concept.items.filter((id) => inCategory.has(id)),
    }))
    .filter((m) => spread(m.ids) >= 2)
    .sort(
      (a, b) => spread(b.ids) - spread(a.ids) || b.ids.length - a.ids.length || a.index - b.index,
    );

  const placed = new Set<string>();
  const rows: AlignedRow[] = [];
  const cellsOf = (ids: readonly string[]) =>
    cities.map((city) =>
      ids
        .filter((id) => cityOf(id) === city)
        .sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
        .map((id) => inCategory.get(id)!),
    );

  for (const { concept, ids } of members) {
    const free = ids.filter((id) => !placed.has(id));
    // A concept left with one city after greedier rows took its items aligns nothing any more.
    if (spread(free) < 2) continue;
    free.forEach((id) => placed.add(id));
    rows.push({ concept, cells: cellsOf(free), cityCount: spread(free) });
  }
  rows.sort((a, b) => b.cityCount - a.cityCount);

  const rest = [...inCategory.keys()].filter((id) => !placed.has(id));
  if (rest.length) rows.push({ concept: null, cells: cellsOf(rest), cityCount: spread(rest) });
  return rows;
}

/** Ids of every item on the grid, for "export this view". */
export function listAlignedIds(rows: readonly AlignedRow[]): string[] {
  return rows.flatMap((r) => r.cells.flat().map((i) => i.id));
}

/** What of the grid to draw while only `items` items may be drawn, filling row by row and, within
 * a row, city by city: how many rows, and how many items of each cell (`limits[row][city]`). */
export function limitGrid(
  rows: readonly AlignedRow[],
  items: number,
): { rows: number; limits: number[][] } {
  const limits: number[][] = [];
  let left = items;
  for (const row of rows) {
    if (left <= 0) break;
    limits.push(
      row.cells.map((cell) => {
        const n = Math.min(cell.length, Math.max(left, 0));
        left -= cell.length;
        return n;
      }),
    );
  }
  return { rows: limits.length, limits };
}
