// The plan reader's speed, in this process (one core): seconds per MB of text, a long single line
// against one twice as long (no step may be quadratic in a line's length), and a 300-page PDF
// printed by Chromium from made-up plan pages (goal: ≤ 10 s). Prints one JSON line for bench.ts.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readPlan } from '../../src/lib/reader/readPlan';
import { makePlanPdf } from './planPdf';

const ROOT = resolve(import.meta.dirname, '../..');
const DEV = join(ROOT, 'tests/fixtures/plans');

/** The dev set's plain-text plans, numbered apart so repeats are not merged away. */
function devText(): string {
  return readdirSync(DEV)
    .filter((d) => !d.includes('.'))
    .map((d) => {
      try {
        return readFileSync(join(DEV, d, 'plan.txt'), 'utf8');
      } catch {
        return '';
      }
    })
    .filter((t) => t && !t.includes('\0'))
    .join('\n');
}

async function timeRead(text: string, fileName: string) {
  const bytes = new TextEncoder().encode(text);
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  let items = 0;
  try {
    items = (await readPlan(bytes, { id: 'bench', name: '架空市', fileName, maxBytes: 1 << 30 }))
      .plan.items.length;
  } catch {
    // Too many items for one plan: the time to find that out is what is measured.
  }
  const cpu = process.cpuUsage(cpu0);
  return {
    mb: bytes.length / 2 ** 20,
    wallS: (performance.now() - t0) / 1000,
    cpuS: (cpu.user + cpu.system) / 1e6,
    items,
  };
}

const base = devText();
let text = '';
for (let k = 0; text.length < 1.2 * 2 ** 20; k++)
  text += base.replace(/(まち|推進|充実)/gu, `$1${k}`) + '\n';
const multiLine = await timeRead(text, 'plan.txt');
const flat = text.replace(/\n/gu, ' ');
const halfLine = await timeRead(flat.slice(0, flat.length / 2), 'plan.txt');
const fullLine = await timeRead(flat, 'plan.txt');
const pdfBytes = await makePlanPdf(300);
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const pdf = await readPlan(pdfBytes, { id: 'bench', name: '架空市', fileName: 'plan.pdf' });
const cpu = process.cpuUsage(cpu0);
console.log(
  JSON.stringify({
    textMb: +multiLine.mb.toFixed(2),
    secondsPerMb: +(multiLine.cpuS / multiLine.mb).toFixed(2),
    textItems: multiLine.items,
    longLineMb: +fullLine.mb.toFixed(2),
    longLineSeconds: +fullLine.cpuS.toFixed(2),
    halfLineSeconds: +halfLine.cpuS.toFixed(2),
    lineGrowth: +(fullLine.cpuS / halfLine.cpuS).toFixed(2),
    pdfPages: pdf.pages,
    pdfMb: +(pdfBytes.length / 2 ** 20).toFixed(1),
    pdfWallSeconds: +((performance.now() - t0) / 1000).toFixed(2),
    pdfCpuSeconds: +((cpu.user + cpu.system) / 1e6).toFixed(2),
    pdfItems: pdf.plan.items.length,
    rssMb: Math.round(process.memoryUsage().rss / 2 ** 20),
  }),
);
