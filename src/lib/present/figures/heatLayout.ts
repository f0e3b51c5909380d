// A cities × columns heat map placed in a slide's figure box: the categories (or the 17 SDGs) as
// columns with their names written across, not rotated, each cell's value in it, and a legend of
// the colour ramp. Colours are the dashboard's heat map's (charts/heatmap.ts). Pure.
import { bandScale } from '$lib/charts/scales';
import { heatFill, textOn } from '$lib/charts/heatmap';
import type { Box } from '../layoutSlide';
import { wrapText, type Measure } from '$lib/charts/wrapText';

export const HEAT = { row: 26, head: 20, cell: 24, small: 20, legend: 20, maxRow: 96, gap: 16 };

export interface HeatColumn {
  id: string;
  label: string;
  /** A header swatch of this colour with the label in white (the SDGs' official colours). */
  color?: string;
}

export interface HeatInput {
  rows: { id: string; label: string; values: number[]; texts: string[] }[];
  columns: HeatColumn[];
  max: number;
  selected: string | null;
  legend: { title: string; low: string; high: string };
}

interface PlacedText {
  text: string;
  x: number;
  y: number;
}

export interface PlacedHeat {
  heads: {
    id: string;
    lines: string[];
    x: number;
    y: number;
    width: number;
    color?: string;
    top: number;
    height: number;
  }[];
  rows: { id: string; label: string; x: number; y: number }[];
  cells: {
    row: string;
    column: string;
    x: number;
    y: number;
    width: number;
    height: number;
    fill: string;
    text: string;
    ink: string;
    size: number;
  }[];
  outline: { x: number; y: number; width: number; height: number } | null;
  legend: {
    x: number;
    y: number;
    width: number;
    title: PlacedText;
    low: PlacedText;
    high: PlacedText;
  };
  ramp: { offset: number; color: string }[];
}

export function layoutHeat(input: HeatInput, box: Box, measure: Measure): PlacedHeat {
  const { row, head, cell, small, legend, maxRow, gap } = HEAT;
  const labelWidth = Math.max(0, ...input.rows.map((r) => measure(r.label, row, 700))) + 20;
  const left = box.x + labelWidth;
  const right = box.x + box.width;
  const x = bandScale(
    input.columns.map((c) => c.id),
    [left, right],
    0.06,
    0,
  );
  const width = x.bandwidth();
  const wrapped = input.columns.map((c) =>
    c.color
      ? [c.label]
      : wrapText(c.label, measure, {
          width: width - 4,
          size: head,
          maxLines: 4,
          keepLatinWords: true,
        }).lines,
  );
  const headLines = Math.max(1, ...wrapped.map((l) => l.length));
  const headHeight = headLines * head * 1.25 + 12;
  const legendHeight = legend * 1.4 + gap;
  const rowStep = Math.min(
    maxRow,
    (box.height - headHeight - legendHeight) / Math.max(1, input.rows.length),
  );
  const top = box.y + headHeight;
  const y = bandScale(
    input.rows.map((r) => r.id),
    [top, top + rowStep * input.rows.length],
    0.06,
    0.03,
  );
  const heads = input.columns.map((c, i) => {
    const x0 = x(c.id) ?? left;
    const lines = wrapped[i]!;
    const blockTop = top - 8 - lines.length * head * 1.25;
    return {
      id: c.id,
      lines,
      x: x0 + width / 2,
      y: blockTop + head * 0.95,
      width,
      color: c.color,
      top: blockTop - 2,
      height: lines.length * head * 1.25 + 4,
    };
  });
  const rows = input.rows.map((r) => ({
    id: r.id,
    label: r.label,
    x: left - 14,
    y: (y(r.id) ?? top) + y.bandwidth() / 2,
  }));
  const cells = input.rows.flatMap((r) =>
    input.columns.map((c, i) => {
      const fill = heatFill(r.values[i] ?? 0, input.max);
      const text = r.texts[i] ?? '';
      const size = measure(text, cell, 700) + 8 <= width ? cell : small;
      return {
        row: r.id,
        column: c.id,
        x: x(c.id) ?? left,
        y: y(r.id) ?? top,
        width,
        height: y.bandwidth(),
        fill,
        text,
        ink: textOn(fill),
        size,
      };
    }),
  );
  const chosen = input.selected === null ? undefined : x(input.selected);
  const bottom = top + rowStep * input.rows.length;
  const outline =
    chosen === undefined
      ? null
      : { x: chosen - 3, y: top - 3, width: width + 6, height: bottom - top + 6 };
  const titleWidth = measure(input.legend.title, legend);
  const lowWidth = measure(input.legend.low, legend);
  const rampX = left + titleWidth + 24 + lowWidth + 10;
  const legendY = bottom + gap + legend;
  return {
    heads,
    rows,
    cells,
    outline,
    legend: {
      x: rampX,
      y: legendY - legend * 0.8,
      width: 220,
      title: { text: input.legend.title, x: left, y: legendY },
      low: { text: input.legend.low, x: rampX - 10, y: legendY },
      high: { text: input.legend.high, x: rampX + 230, y: legendY },
    },
    ramp: [0, 0.125, 0.25, 0.375, 0.5, 0.625, 0.75, 0.875, 1].map((t) => ({
      offset: t,
      color: heatFill(t * input.max, input.max),
    })),
  };
}
