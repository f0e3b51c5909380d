// The budgets of issue 6, checked against a bench report. Pure, so bench.test.ts can show that a
// figure just over a budget fails and one at it passes.
import type { InteractionFigures } from './interaction';
import type { LighthouseFigures } from './lighthouse';
import type { Bytes } from './transfer';

export interface RouteFigures {
  route: string;
  transfer: Bytes | null;
  mobile: LighthouseFigures | null;
  desktop: LighthouseFigures | null;
}

export interface Report {
  /** The mobile runs' CPU slowdown (Lighthouse's default is 4). */
  cpuSlowdown: number;
  routes: RouteFigures[];
  interaction: InteractionFigures[];
  pipeline: { files: number; wallMs: number; cpuMs: number; rssMb: number } | null;
  scale: { ok: boolean; output: string } | null;
  /** scripts/bench/reader.ts: the plan reader's speed on text, long lines and a 300-page PDF. */
  reader?: ReaderFigures | null;
  /** scripts/bench/addPage.ts: a 100-page PDF read on /add in Chromium. */
  addPage?: { pages: number; seconds: number; items: number } | null;
}

export interface ReaderFigures {
  textMb: number;
  secondsPerMb: number;
  textItems: number;
  longLineMb: number;
  longLineSeconds: number;
  halfLineSeconds: number;
  /** Time for a line twice as long over the time for the shorter one (2 = linear). */
  lineGrowth: number;
  pdfPages: number;
  pdfMb: number;
  pdfWallSeconds: number;
  pdfCpuSeconds: number;
  pdfItems: number;
  rssMb: number;
}

export const BUDGET = {
  /** First-load code (HTML, JS, CSS, icons: everything but data files), gzip bytes. */
  firstLoadBytes: 60 * 1024,
  mobilePerf: 98,
  mobilePerfRegions: 95,
  oneFrameMs: 1000 / 60,
  fiftyCitiesMs: 50,
  /** With 50 cities, a category switch and a city toggle settle (everything drawn) within this. */
  settled50Ms: 100,
  /** A 300-page PDF read by the reader on one core. */
  pdf300Seconds: 10,
  /** No step quadratic in a line's length: doubling a line at most 2.5× the time. */
  lineGrowth: 2.5,
  /** A 100-page PDF read in the browser on /add. */
  addPage100Seconds: 10,
};

/** Routes held to the first-load and 98-point budgets. */
export const isCoreRoute = (route: string) =>
  ['/', '/compare', '/shared'].includes(route) || route.startsWith('/plans/');

export const codeBytes = (b: Bytes) => b.doc + b.js + b.css + b.other;

/** How settled time grows from `from` to `to` cities: the ratio of the medians for each change,
 * and the ratio linear growth would give (to ÷ from). Null when either count was not measured. */
export function settledGrowth(
  figures: readonly InteractionFigures[],
  from = 20,
  to = 100,
): { category: number; cities: number; linear: number } | null {
  const a = figures.find((f) => f.cities === from);
  const b = figures.find((f) => f.cities === to);
  if (!a || !b) return null;
  return {
    category: b.categorySettledMs / a.categorySettledMs,
    cities: b.citiesSettledMs / a.citiesSettledMs,
    linear: to / from,
  };
}

export function checkBudgets(report: Report): string[] {
  const misses: string[] = [];
  const add = report.addPage;
  if (add && (add.seconds * 100) / add.pages > BUDGET.addPage100Seconds)
    misses.push(
      `/add: ${add.seconds.toFixed(1)} s for ${add.pages} PDF pages > ${BUDGET.addPage100Seconds} s per 100`,
    );
  const reader = report.reader;
  if (reader) {
    const per300 = (reader.pdfCpuSeconds * 300) / reader.pdfPages;
    if (per300 > BUDGET.pdf300Seconds)
      misses.push(
        `reader: ${per300.toFixed(1)} s CPU for 300 PDF pages > ${BUDGET.pdf300Seconds} s`,
      );
    if (reader.lineGrowth > BUDGET.lineGrowth)
      misses.push(
        `reader: a line twice as long takes ${reader.lineGrowth}× the time > ${BUDGET.lineGrowth}×`,
      );
  }
  for (const { route, transfer, mobile, desktop } of report.routes) {
    if (transfer && isCoreRoute(route) && codeBytes(transfer) > BUDGET.firstLoadBytes) {
      misses.push(
        `${route}: first-load ${(codeBytes(transfer) / 1024).toFixed(1)} KiB > ${BUDGET.firstLoadBytes / 1024} KiB`,
      );
    }
    const floor = isCoreRoute(route)
      ? BUDGET.mobilePerf
      : route === '/regions'
        ? BUDGET.mobilePerfRegions
        : null;
    if (mobile && floor !== null && mobile.performance < floor) {
      misses.push(`${route}: mobile performance ${mobile.performance} < ${floor}`);
    }
    for (const [preset, lh] of [
      ['mobile', mobile],
      ['desktop', desktop],
    ] as const) {
      if (!lh) continue;
      if (lh.accessibility < 100 || lh.bestPractices < 100) {
        misses.push(
          `${route} (${preset}): accessibility ${lh.accessibility}, best practices ${lh.bestPractices} (${lh.failedAudits.join(', ')})`,
        );
      }
      if (lh.foreignHosts.length)
        misses.push(`${route}: requests to ${lh.foreignHosts.join(', ')}`);
    }
  }
  for (const { cities, categoryMs, citiesMs } of report.interaction) {
    const limit = cities <= 4 ? BUDGET.oneFrameMs : BUDGET.fiftyCitiesMs;
    for (const [what, ms] of [
      ['category', categoryMs],
      ['cities', citiesMs],
    ] as const) {
      if (ms > limit)
        misses.push(
          `${cities} cities: ${what} switch ${ms.toFixed(1)} ms > ${limit.toFixed(1)} ms`,
        );
    }
  }
  for (const i of report.interaction.filter((f) => f.cities === 50))
    for (const [what, ms] of [
      ['category switch', i.categorySettledMs],
      ['city toggle', i.citiesSettledMs],
    ] as const)
      if (ms > BUDGET.settled50Ms)
        misses.push(`50 cities: ${what} settles in ${ms.toFixed(0)} ms > ${BUDGET.settled50Ms} ms`);
  const growth = settledGrowth(report.interaction);
  if (growth)
    for (const what of ['category', 'cities'] as const)
      if (growth[what] > growth.linear)
        misses.push(
          `settled time (${what}) grows ${growth[what].toFixed(2)}× from 20 to 100 cities > linear (${growth.linear}×)`,
        );
  if (report.scale && !report.scale.ok) misses.push('bench:scale missed its targets');
  return misses;
}
