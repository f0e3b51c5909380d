// The side-by-side grid's geometry when it is drawn windowed: every row, cell and item has a height
// known from the data alone (the item counts), so the grid's full size and the place of any item
// are computed without drawing it, and only what is on screen (and what the keyboard needs next)
// is drawn. Pure, so the arithmetic is tested apart from the component.
//
//   const layout = layoutGrid(counts, metrics, { stacked: false });
//   const drawn = windowGrid(layout, { top, bottom, left, right }, keep);
//   // drawn: [{ row, cells: [{ city, items: [k…] }] }], in reading order

/** Sizes in px. A row is `rowPad` + `rowHead` + its cells; a cell is `cellHead` + its items, each
 * `itemStride` apart (the item's height and the gap after it). */
export interface GridMetrics {
  rowHead: number;
  /** Everything of a row besides its head and its cells: padding, border, margins. */
  rowPad: number;
  cellHead: number;
  /** A cell's padding and the like, top and bottom together. */
  cellPad: number;
  itemStride: number;
  /** Gap between stacked cells (phone layout). */
  cellGap: number;
  /** Width of one city's column (side-by-side layout). */
  colWidth: number;
}

export interface GridLayout {
  /** counts[row][city]: how many items the cell holds. */
  counts: readonly (readonly number[])[];
  metrics: GridMetrics;
  /** Cells stacked in one column (phone), empty cells left out; else one column per city. */
  stacked: boolean;
  rowTops: number[];
  rowHeights: number[];
  /** Per row, each cell's top within the row's cell area (stacked: running; side by side: 0). */
  cellTops: number[][];
  /** Per row, each cell's height (0 for an empty cell when stacked). */
  cellHeights: number[][];
  height: number;
  width: number;
}

/** A stop of the keyboard in reading order: a row's head (`item` -1, `city` -1) or an item. */
export interface Stop {
  row: number;
  city: number;
  item: number;
}

export interface GridView {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface WindowRow {
  row: number;
  cells: { city: number; items: number[] }[];
}

export function layoutGrid(
  counts: readonly (readonly number[])[],
  metrics: GridMetrics,
  { stacked }: { stacked: boolean },
): GridLayout {
  const m = metrics;
  const rowTops: number[] = [];
  const rowHeights: number[] = [];
  const cellTops: number[][] = [];
  const cellHeights: number[][] = [];
  let y = 0;
  let cities = 0;
  for (const row of counts) {
    cities = Math.max(cities, row.length);
    const tops: number[] = [];
    const heights: number[] = [];
    let area: number;
    if (stacked) {
      let at = 0;
      for (const n of row) {
        tops.push(at);
        const h = n > 0 ? m.cellPad + m.cellHead + n * m.itemStride : 0;
        heights.push(h);
        if (n > 0) at += h + m.cellGap;
      }
      area = Math.max(0, at - m.cellGap);
    } else {
      // Side by side, every cell is as tall as the row's fullest one (an empty one says so in
      // one item's room).
      area = m.cellPad + m.cellHead + Math.max(1, ...row) * m.itemStride;
      for (let i = 0; i < row.length; i++) {
        tops.push(0);
        heights.push(area);
      }
    }
    const height = m.rowPad + m.rowHead + area;
    rowTops.push(y);
    rowHeights.push(height);
    cellTops.push(tops);
    cellHeights.push(heights);
    y += height;
  }
  return {
    counts,
    metrics,
    stacked,
    rowTops,
    rowHeights,
    cellTops,
    cellHeights,
    height: y,
    width: stacked ? m.colWidth : cities * m.colWidth,
  };
}

/** The top of item `item` of a cell, from the top of the row's cell area. */
export function itemTop(layout: GridLayout, row: number, city: number, item: number): number {
  const m = layout.metrics;
  return (layout.cellTops[row]?.[city] ?? 0) + m.cellPad / 2 + m.cellHead + item * m.itemStride;
}

/** The left of a city's cell in the row (0 when stacked). */
export const cellLeft = (layout: GridLayout, city: number) =>
  layout.stacked ? 0 : city * layout.metrics.colWidth;

/** The top of a row's cell area, from the row's top. */
export const cellAreaTop = (layout: GridLayout) =>
  layout.metrics.rowPad / 2 + layout.metrics.rowHead;

/** Every stop in reading order is [head of row r (when it has one), its cells' items city by
 * city], row after row. The stops just before and after `at`, if there are any. */
export function neighbourStops(
  counts: readonly (readonly number[])[],
  hasHead: readonly boolean[],
  at: Stop,
): Stop[] {
  const out: Stop[] = [];
  const next = nextStop(counts, hasHead, at, 1);
  const prev = nextStop(counts, hasHead, at, -1);
  if (prev) out.push(prev);
  if (next) out.push(next);
  return out;
}

/** The first and the last stop of the grid, so Tab and Shift+Tab can enter it from either side. */
export function edgeStops(counts: readonly (readonly number[])[], hasHead: readonly boolean[]) {
  const out: Stop[] = [];
  const first = nextStop(counts, hasHead, { row: -1, city: 0, item: 0 }, 1, true);
  const last = nextStop(counts, hasHead, { row: counts.length, city: 0, item: 0 }, -1, true);
  if (first) out.push(first);
  if (last) out.push(last);
  return out;
}

/** The stop `step` places from `at` in reading order (1 next, -1 before), or null at an end. */
export function nextStop(
  counts: readonly (readonly number[])[],
  hasHead: readonly boolean[],
  at: Stop,
  step: 1 | -1,
  outside = false,
): Stop | null {
  // The stops of one row, in order: its head, then each cell's items.
  const stopsOf = (row: number): Stop[] => {
    const out: Stop[] = hasHead[row] ? [{ row, city: -1, item: -1 }] : [];
    (counts[row] ?? []).forEach((n, city) => {
      for (let item = 0; item < n; item++) out.push({ row, city, item });
    });
    return out;
  };
  if (!outside) {
    const stops = stopsOf(at.row);
    const i = stops.findIndex((s) => s.city === at.city && s.item === at.item);
    const near = i >= 0 ? stops[i + step] : undefined;
    if (near) return near;
  }
  for (let row = at.row + step; row >= 0 && row < counts.length; row += step) {
    const stops = stopsOf(row);
    if (stops.length) return step > 0 ? stops[0]! : stops[stops.length - 1]!;
  }
  return null;
}

/** What to draw: the rows, cells and items that meet `view` (in the grid's own px, `overscan`
 * beyond it on every side), and every stop in `keep` wherever it is. */
export function windowGrid(
  layout: GridLayout,
  view: GridView,
  keep: readonly Stop[] = [],
  overscan = 0,
): WindowRow[] {
  const { counts, metrics: m, stacked } = layout;
  const top = view.top - overscan;
  const bottom = view.bottom + overscan;
  const left = view.left - overscan;
  const right = view.right + overscan;
  const meets = (a: number, b: number, lo: number, hi: number) => a < hi && b > lo;
  const kept = new Map<number, Map<number, Set<number>>>();
  for (const s of keep) {
    if (s.row < 0 || s.row >= counts.length) continue;
    const cells = kept.get(s.row) ?? new Map<number, Set<number>>();
    kept.set(s.row, cells);
    if (s.city >= 0 && s.item >= 0 && s.item < (counts[s.row]![s.city] ?? 0)) {
      const items = cells.get(s.city) ?? new Set<number>();
      items.add(s.item);
      cells.set(s.city, items);
    }
  }
  const out: WindowRow[] = [];
  const areaTop = cellAreaTop(layout);
  counts.forEach((row, r) => {
    const rowTop = layout.rowTops[r]!;
    const keptCells = kept.get(r);
    if (!meets(rowTop, rowTop + layout.rowHeights[r]!, top, bottom) && !keptCells) return;
    const cells: WindowRow['cells'] = [];
    row.forEach((n, city) => {
      const keptItems = keptCells?.get(city);
      const cellTop = rowTop + areaTop + layout.cellTops[r]![city]!;
      const cellHeight = layout.cellHeights[r]![city]!;
      const x = cellLeft(layout, city);
      const seen =
        cellHeight > 0 &&
        meets(cellTop, cellTop + cellHeight, top, bottom) &&
        (stacked || meets(x, x + m.colWidth, left, right));
      if (!seen && !keptItems) return;
      const items = new Set<number>(keptItems);
      if (seen) {
        const first = cellTop + m.cellPad / 2 + m.cellHead;
        const from = Math.max(0, Math.floor((top - first) / m.itemStride));
        const to = Math.min(n, Math.ceil((bottom - first) / m.itemStride));
        for (let k = from; k < to; k++) items.add(k);
      }
      cells.push({ city, items: [...items].sort((a, b) => a - b) });
    });
    out.push({ row: r, cells });
  });
  return out;
}
