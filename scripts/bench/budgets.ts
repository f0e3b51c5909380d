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
}

export const BUDGET = {
  /** First-load code (HTML, JS, CSS, icons: everything but data files), gzip bytes. */
  firstLoadBytes: 60 * 1024,
  mobilePerf: 98,
  mobilePerfRegions: 95,
  oneFrameMs: 1000 / 60,
  fiftyCitiesMs: 50,
};

/** Routes held to the first-load and 98-point budgets. */
export const isCoreRoute = (route: string) =>
  ['/', '/compare', '/shared'].includes(route) || route.startsWith('/plans/');

export const codeBytes = (b: Bytes) => b.doc + b.js + b.css + b.other;

export function checkBudgets(report: Report): string[] {
  const misses: string[] = [];
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
  if (report.scale && !report.scale.ok) misses.push('bench:scale missed its targets');
  return misses;
}
