// The plan periods on one fiscal-year axis, placed in a slide's figure box: a row per city, the
// period as a bar labelled with its years, and for a plan that states no fiscal years its term
// in words. Pure.
import type { PeriodRow } from '$lib/charts/timeline';
import { linearScale } from '$lib/charts/scales';
import type { Box } from '../layoutSlide';
import { wrapText, type Measure } from '$lib/charts/wrapText';

// The home page's timeline (charts/timeline.ts) places periods the same way: FY2021–2030 runs from
// the start of 2021 to the start of 2031. Its functions are not imported: /present importing them
// would split them, with d3-array, out of the home page's own chunk (a request more on a page at
// its first-load budget), and the slide needs only these few lines.
export function findYearDomain(rows: readonly PeriodRow[]): [number, number] {
  const dated = rows.flatMap((r) => (r.start !== null && r.end !== null ? [r] : []));
  if (!dated.length) return [2020, 2031];
  return [Math.min(...dated.map((r) => r.start!)), Math.max(...dated.map((r) => r.end! + 1))];
}

/** Every year, or every 2nd, 5th or 10th, whichever first leaves `minGap` px between labels. */
export function pickTicks([from, to]: [number, number], width: number, minGap: number): number[] {
  const perYear = width / Math.max(1, to - from);
  const step = [1, 2, 5, 10].find((s) => s * perYear >= minGap) ?? 10;
  const ticks: number[] = [];
  for (let year = Math.ceil(from / step) * step; year <= to; year += step) ticks.push(year);
  return ticks;
}

export const PERIODS = { label: 26, bar: 22, tick: 20, axis: 40, maxStep: 96 };

export interface PeriodInput extends PeriodRow {
  /** What to write instead of a bar: the plan's term in words, or that it states none. */
  missing: string;
  /** The bar's text, e.g. 2021–2030年度. */
  years: string;
}

export interface PlacedPeriodRow {
  id: string;
  label: { text: string; x: number; y: number };
  bar: { x: number; y: number; width: number; height: number } | null;
  /** The years on the bar (white) or beside it (dark), or the missing text's lines. */
  text: { lines: string[]; x: number; y: number; inside: boolean };
}

export interface PeriodsLayout {
  rows: PlacedPeriodRow[];
  ticks: { year: number; x: number }[];
  grid: { top: number; bottom: number };
  axisTitle: { x: number; y: number };
}

export function layoutPeriods(
  rows: readonly PeriodInput[],
  box: Box,
  measure: Measure,
): PeriodsLayout {
  const { label, bar, tick, axis, maxStep } = PERIODS;
  const labelWidth = Math.max(0, ...rows.map((r) => measure(r.label, label, 700))) + 24;
  const left = box.x + labelWidth;
  const right = box.x + box.width - 8;
  const domain = findYearDomain(rows);
  const x = linearScale(domain, [left, right]);
  const step = Math.min(maxStep, (box.height - axis) / Math.max(1, rows.length));
  const top = box.y + axis;
  const height = step * 0.64;
  const placed = rows
    .map((r) => ({
      ...r,
      x0: r.start === null ? NaN : x(r.start),
      x1: r.end === null ? NaN : x(r.end + 1),
    }))
    .map((row, i) => {
      const mid = top + i * step + step / 2;
      const labelPos = { text: row.label, x: left - 16, y: mid };
      const input = rows[i]!;
      if (row.start === null || row.end === null) {
        const wrapped = wrapText(input.missing, measure, {
          width: right - left,
          size: bar,
          maxLines: 2,
        });
        return {
          id: row.id,
          label: labelPos,
          bar: null,
          text: { lines: wrapped.lines, x: left, y: mid, inside: false },
        };
      }
      const width = Math.max(0, row.x1 - row.x0);
      const fits = measure(input.years, bar, 700) + 24 <= width;
      const text = fits
        ? { lines: [input.years], x: row.x0 + width / 2, y: mid, inside: true }
        : { lines: [input.years], x: row.x1 + 12, y: mid, inside: false };
      return {
        id: row.id,
        label: labelPos,
        bar: { x: row.x0, y: mid - height / 2, width, height },
        text,
      };
    });
  const years = pickTicks(domain, right - left, measure('2030', tick) + 36);
  return {
    rows: placed,
    ticks: years.map((year) => ({ year, x: x(year) })),
    grid: { top, bottom: top + rows.length * step },
    axisTitle: { x: left - measure('2030', tick) / 2 - 14, y: box.y + tick },
  };
}
