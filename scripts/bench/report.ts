// The bench's markdown report: one table per measurement, then the budget misses.
import { BUDGET, codeBytes, settledGrowth, type Report } from './budgets';
import { DEFAULT_CPU_SLOWDOWN } from './lighthouse';

const kib = (n: number) => (n / 1024).toFixed(1);
/** Event Timing reports nothing under 16 ms: 0 stands for "within one frame". */
const repaint = (n: number) => (n === 0 ? '< 16' : n.toFixed(0));
const ms = (n: number) => (Number.isFinite(n) ? String(Math.round(n)) : '–');

/** Lighthouse calibrates its 4× mobile CPU slowdown for hosts whose benchmarkIndex is in this
 * range (its throttling docs: a high-end desktop). */
export const CALIBRATED_HOST = { min: 1500, max: 2000 };

/** What the mobile scores rest on: the host's CPU as Lighthouse measured it (the median of the
 * kept runs) and the slowdown applied to it. */
export function describeHost(report: Report): string {
  const indices = report.routes
    .flatMap((r) => [r.mobile?.benchmarkIndex, r.desktop?.benchmarkIndex])
    .filter((n): n is number => n !== undefined && Number.isFinite(n))
    .sort((a, b) => a - b);
  if (!indices.length) return '';
  const index = indices[Math.floor((indices.length - 1) / 2)]!;
  const { min, max } = CALIBRATED_HOST;
  const verdict =
    index > max
      ? 'faster than that, so at 4× the mobile scores read higher than on the phone they stand for'
      : index < min
        ? 'slower than that, so at 4× the mobile scores read lower than on the phone they stand for'
        : 'within it';
  const scaled = (DEFAULT_CPU_SLOWDOWN * index) / ((min + max) / 2);
  return `Host CPU: Lighthouse benchmarkIndex ${Math.round(index)}; mobile runs slowed ${report.cpuSlowdown}× (Lighthouse calibrates 4× for hosts of ${min}–${max}; this one is ${verdict}; 4× scaled to this host is ${scaled.toFixed(1)}×).`;
}

export function formatReport(report: Report, misses: string[]): string {
  const lines: string[] = [];
  if (report.routes.length) {
    const host = describeHost(report);
    if (host) lines.push(host, '');
    lines.push(
      '| route | perf mobile / desktop | LCP ms mobile / desktop | TBT ms mobile / desktop | CLS | a11y / best practices | first load KiB (JS · CSS · HTML+other) | data KiB |',
      '|---|---|---|---|---|---|---|---|',
    );
    for (const { route, transfer: t, mobile: m, desktop: d } of report.routes) {
      const both = <T>(f: (x: NonNullable<typeof m>) => T) =>
        m && d ? `${f(m)} / ${f(d)}` : m ? String(f(m)) : '–';
      lines.push(
        `| ${route} | ${both((x) => x.performance)} | ${both((x) => ms(x.lcpMs))} | ${both((x) => ms(x.tbtMs))} | ${m ? m.cls.toFixed(3) : '–'} | ${both((x) => `${x.accessibility}·${x.bestPractices}`)} | ${t ? `**${kib(codeBytes(t))}** (${kib(t.js)} · ${kib(t.css)} · ${kib(t.doc + t.other)})` : '–'} | ${t ? kib(t.data) : '–'} |`,
      );
    }
    lines.push('');
  }
  if (report.interaction.length) {
    lines.push(
      '| /compare, cities | category switch: repaint ms · settled ms (medians) | city toggle: repaint ms · settled ms | repaint budget ms |',
      '|---|---|---|---|',
      ...report.interaction.map(
        (i) =>
          `| ${i.cities} | ${repaint(i.categoryMs)} · ${i.categorySettledMs.toFixed(0)} | ${repaint(i.citiesMs)} · ${i.citiesSettledMs.toFixed(0)} | ${(i.cities <= 4 ? BUDGET.oneFrameMs : BUDGET.fiftyCitiesMs).toFixed(1)} |`,
      ),
      '',
    );
    const sorted = [...report.interaction].sort((a, b) => a.cities - b.cities);
    const steps = sorted.slice(1).map((b, k) => {
      const a = sorted[k]!;
      const r = (x: number, y: number) => (y / x).toFixed(2);
      return `${a.cities} → ${b.cities} cities (${r(a.cities, b.cities)}× the cities): category ${r(a.categorySettledMs, b.categorySettledMs)}×, city ${r(a.citiesSettledMs, b.citiesSettledMs)}×`;
    });
    if (steps.length) lines.push(`Settled time grows: ${steps.join('; ')}.`, '');
    const growth = settledGrowth(report.interaction);
    if (growth)
      lines.push(
        `From 20 to 100 cities settled time grows ${growth.category.toFixed(2)}× (category) and ${growth.cities.toFixed(2)}× (city), against ${growth.linear}× for linear growth; budget at 50 cities: ${BUDGET.settled50Ms} ms.`,
        '',
      );
    for (const i of report.interaction)
      if (i.categorySettled && i.citiesSettled)
        lines.push(
          `- ${i.cities} cities, settled ms per change: category ${i.categorySettled.join(', ')}; city ${i.citiesSettled.join(', ')}`,
        );
    lines.push('');
  }
  if (report.pipeline) {
    const p = report.pipeline;
    lines.push(
      `Pipeline, four plans end to end (extract, label, validate, concepts; ${p.files} files, in memory): ${p.wallMs} ms wall, ${p.cpuMs} ms CPU, ${p.rssMb} MB RSS.`,
      '',
    );
  }
  if (report.addPage) {
    const a = report.addPage;
    lines.push(
      `/add in Chromium: a ${a.pages}-page PDF read in ${a.seconds.toFixed(1)} s (${a.items} items).`,
      '',
    );
  }
  if (report.reader) {
    const r = report.reader;
    lines.push(
      `Plan reader (one core, CPU time): ${r.secondsPerMb} s per MB of text (${r.textMb} MB, ${r.textItems} items); a ${r.longLineMb} MB single line ${r.longLineSeconds} s, half of it ${r.halfLineSeconds} s (growth ×${r.lineGrowth}); a ${r.pdfPages}-page PDF (${r.pdfMb} MB) ${r.pdfCpuSeconds} s CPU, ${r.pdfWallSeconds} s wall, ${((r.pdfCpuSeconds * 100) / r.pdfPages).toFixed(2)} s per 100 pages, ${r.pdfItems} items; peak RSS ${r.rssMb} MB.`,
      '',
    );
  }
  if (report.scale)
    lines.push('National scale (bench:scale):', '```', report.scale.output, '```', '');
  lines.push(misses.length ? `Budgets missed (${misses.length}):` : 'All budgets hold.');
  lines.push(...misses.map((m) => `- ${m}`));
  return lines.join('\n');
}
