// Plan periods on one fiscal-year axis. A period "2021–2030" covers FY2021 through FY2030, so its
// bar runs from the start of 2021 to the start of 2031; the domain is built the same way.
import { max, min, range, tickStep } from 'd3-array';

export interface PeriodRow {
  id: string;
  label: string;
  start: number | null;
  end: number | null;
}

export interface PlacedPeriod extends PeriodRow {
  x0: number;
  x1: number;
}

/** [first FY, last FY + 1] over all rows that have a period; a fallback when none do. */
export function calcYearDomain(
  rows: readonly PeriodRow[],
  fallback: [number, number],
): [number, number] {
  const first = min(rows, (r) => r.start ?? undefined);
  const last = max(rows, (r) => (r.end === null ? undefined : r.end + 1));
  return first === undefined || last === undefined ? fallback : [first, last];
}

/** Whole years to label, d3's nice steps (every year, second, fifth, tenth) for about one per minGap px. */
export function pickYearTicks([from, to]: [number, number], width: number, minGap = 44): number[] {
  const count = Math.max(1, Math.floor(width / minGap));
  const step = Math.max(1, tickStep(from, to, count));
  return range(Math.ceil(from / step) * step, to + 1, step);
}

export function placePeriods(
  rows: readonly PeriodRow[],
  x: (year: number) => number,
): PlacedPeriod[] {
  return rows.map((r) => ({
    ...r,
    x0: r.start === null ? NaN : x(r.start),
    x1: r.end === null ? NaN : x(r.end + 1),
  }));
}
