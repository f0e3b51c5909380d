// The UpSet plot of shared concepts placed in a slide's figure box: one column per combination of
// cities (its bar the concepts shared by exactly those cities), one row per city with the
// concepts it shares, dots marking which cities a column joins. Pure.
import type { UpSetData } from '$lib/analysis/countIntersections';
import type { Box } from '../layoutSlide';
import type { Measure } from '$lib/charts/wrapText';

export const UPSET_SLIDE = {
  name: 24,
  count: 22,
  size: 20,
  axis: 20,
  dot: 10,
  maxRow: 50,
  maxStep: 100,
};

export interface PlacedUpSet {
  columns: {
    key: string;
    x: number;
    bar: { x: number; y: number; width: number; height: number };
    count: number;
    dots: { y: number; on: boolean }[];
    link: [number, number] | null;
  }[];
  rows: {
    city: string;
    y: number;
    size: number;
    bar: { x: number; width: number };
    number: { x: number };
  }[];
  names: { x: number };
  /** The key to the bars, in the empty corner above the city names. */
  axis: { x: number; y: number; width: number };
  /** The key to the set-size bars, over them. */
  sizes: { x: number; y: number };
  stripes: { y: number; height: number }[];
  matrix: { x0: number; x1: number };
}

export function layoutUpSetSlide(
  data: UpSetData,
  names: readonly string[],
  box: Box,
  measure: Measure,
): PlacedUpSet {
  const { name, size, maxRow, maxStep, axis } = UPSET_SLIDE;
  const nameWidth = Math.max(0, ...names.map((n) => measure(n, name, 700))) + 20;
  const numberWidth = measure('88', size, 700) + 12;
  const sizeBar = 120;
  const matrixX = box.x + nameWidth + numberWidth + sizeBar + 28;
  const n = Math.max(1, data.intersections.length);
  const step = Math.min(maxStep, (box.x + box.width - matrixX) / n);
  const rowStep = Math.min(maxRow, (box.height * 0.45) / Math.max(1, data.setSizes.length));
  const matrixTop = box.y + box.height - rowStep * data.setSizes.length;
  const barTop = box.y + axis * 2.4;
  const barBottom = matrixTop - 14;
  const maxCount = Math.max(1, ...data.intersections.map((s) => s.concepts.length));
  const maxSize = Math.max(1, ...data.setSizes.map((s) => s.size));
  const rowY = (i: number) => matrixTop + i * rowStep + rowStep / 2;
  const rows = data.setSizes.map((s, i) => {
    const width = (s.size / maxSize) * sizeBar;
    const barRight = matrixX - 16;
    return {
      city: s.city,
      y: rowY(i),
      size: s.size,
      bar: { x: barRight - width, width },
      number: { x: barRight - width - 8 },
    };
  });
  const columns = data.intersections.map((s, i) => {
    const x = matrixX + i * step + step / 2;
    const height = (s.concepts.length / maxCount) * (barBottom - barTop);
    const dots = data.setSizes.map((r, j) => ({ y: rowY(j), on: s.cities.includes(r.city) }));
    const on = dots.filter((d) => d.on).map((d) => d.y);
    return {
      key: s.cities.join('+'),
      x,
      bar: { x: x - step * 0.31, y: barBottom - height, width: step * 0.62, height },
      count: s.concepts.length,
      dots,
      link: on.length > 1 ? ([Math.min(...on), Math.max(...on)] as [number, number]) : null,
    };
  });
  return {
    columns,
    rows,
    names: { x: box.x + nameWidth - 20 },
    axis: { x: box.x, y: box.y + axis, width: matrixX - box.x - 40 },
    sizes: { x: matrixX - 16, y: matrixTop - 12 },
    stripes: rows
      .filter((_, i) => i % 2 === 0)
      .map((r) => ({ y: r.y - rowStep / 2, height: rowStep })),
    matrix: { x0: matrixX - 6, x1: matrixX + n * step + 6 },
  };
}
