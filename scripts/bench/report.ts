// The bench's markdown report: one table per measurement, then the budget misses.
import { BUDGET, codeBytes, type Report } from './budgets';

const kib = (n: number) => (n / 1024).toFixed(1);
/** Event Timing reports nothing under 16 ms: 0 stands for "within one frame". */
const repaint = (n: number) => (n === 0 ? '< 16' : n.toFixed(0));
const ms = (n: number) => (Number.isFinite(n) ? String(Math.round(n)) : '–');

export function formatReport(report: Report, misses: string[]): string {
  const lines: string[] = [];
  if (report.routes.length) {
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
  }
  if (report.pipeline) {
    const p = report.pipeline;
    lines.push(
      `Pipeline, four plans end to end (extract, label, validate, concepts; ${p.files} files, in memory): ${p.wallMs} ms wall, ${p.cpuMs} ms CPU, ${p.rssMb} MB RSS.`,
      '',
    );
  }
  if (report.scale)
    lines.push('National scale (bench:scale):', '```', report.scale.output, '```', '');
  lines.push(misses.length ? `Budgets missed (${misses.length}):` : 'All budgets hold.');
  lines.push(...misses.map((m) => `- ${m}`));
  return lines.join('\n');
}
