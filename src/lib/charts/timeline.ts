// Plan periods on one fiscal-year axis. A period "2021–2030" covers FY2021 through FY2030, so its
// bar runs from the start of 2021 to the start of 2031; the domain is built the same way.
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
  const starts = rows.flatMap((r) => (r.start === null ? [] : [r.start]));
  const ends = rows.flatMap((r) => (r.end === null ? [] : [r.end + 1]));
  if (!starts.length || !ends.length) return fallback;
  return [Math.min(...starts), Math.max(...ends)];
}

/** Integer years to label: every year when there is room, else every second or fifth. */
export function pickYearTicks([from, to]: [number, number], width: number, minGap = 44): number[] {
  const span = Math.max(1, to - from);
  const step = [1, 2, 5, 10].find((s) => (width / span) * s >= minGap) ?? 10;
  const ticks: number[] = [];
  for (let y = Math.ceil(from / step) * step; y <= to; y += step) ticks.push(y);
  return ticks;
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
