// Pixel layout of an UpSet plot: one column per intersection (bar = concepts shared by exactly
// those cities), one row per city with its set size, dots marking which cities a column joins.
// Pure, so the geometry is tested without a DOM.
import type { UpSetData } from '$lib/analysis/countIntersections';

export const UPSET = {
  labelWidth: 92,
  sizeWidth: 56,
  gap: 10,
  barHeight: 110,
  rowHeight: 26,
  maxColumn: 34,
  top: 18,
  right: 8,
  bottom: 8,
  dot: 6,
};

export interface PlacedColumn {
  key: string;
  cities: string[];
  count: number;
  x: number;
  barY: number;
  barHeight: number;
  width: number;
}

export interface PlacedRow {
  city: string;
  y: number;
  size: number;
  sizeWidth: number;
}

export interface UpSetLayout {
  width: number;
  height: number;
  matrixX: number;
  matrixY: number;
  columns: PlacedColumn[];
  rows: PlacedRow[];
}

/** Room left of each set-size bar for its number. */
export const SIZE_LABEL = 24;

export const setKey = (cities: readonly string[]) => cities.join('+');

export function layoutUpSet(data: UpSetData, width: number): UpSetLayout {
  const { labelWidth, sizeWidth, gap, barHeight, rowHeight, maxColumn, top, right, bottom } = UPSET;
  const matrixX = labelWidth + sizeWidth + gap;
  const n = Math.max(1, data.intersections.length);
  const step = Math.max(8, Math.min(maxColumn, (width - matrixX - right) / n));
  const maxCount = Math.max(1, ...data.intersections.map((s) => s.concepts.length));
  const maxSize = Math.max(1, ...data.setSizes.map((s) => s.size));
  const matrixY = top + barHeight + gap;
  const columns = data.intersections.map((s, i) => {
    const h = (s.concepts.length / maxCount) * barHeight;
    return {
      key: setKey(s.cities),
      cities: s.cities,
      count: s.concepts.length,
      x: matrixX + i * step + step / 2,
      barY: top + barHeight - h,
      barHeight: h,
      width: step * 0.7,
    };
  });
  const rows = data.setSizes.map((s, i) => ({
    city: s.city,
    y: matrixY + i * rowHeight + rowHeight / 2,
    size: s.size,
    sizeWidth: (s.size / maxSize) * (sizeWidth - SIZE_LABEL),
  }));
  const height = matrixY + rows.length * rowHeight + bottom;
  return {
    // As wide as its columns, not the container, so an export has no empty margin.
    width: Math.ceil(matrixX + n * step + right),
    height,
    matrixX,
    matrixY,
    columns,
    rows,
  };
}
