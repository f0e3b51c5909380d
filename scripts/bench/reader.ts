// The plan reader's speed, in this process (one core): seconds per MB of text, a long single line
// against one twice as long (no step may be quadratic in a line's length), and a 300-page PDF
// printed by Chromium from made-up plan pages (goal: ≤ 10 s). Prints one JSON line for bench.ts.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { readPlan } from '../../src/lib/reader/readPlan';

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

function planPages(n: number): string {
  const pages: string[] = [];
  for (let p = 1; p <= n; p++) {
    const g = Math.ceil(p / 30);
    pages.push(`<section style="break-before:page"><h2>基本目標${g} 安心して暮らせるまち（${p}）</h2>
<h3>施策${g}-${p} 地域防災力の強化</h3><p>市民の安全を守るため、自主防災組織${p}の育成を支援し、地域の防災力の強化を推進します。避難所${p}の環境整備に努めます。</p>
<ol><li>防災訓練${p}の実施</li><li>備蓄品${p}の充実</li><li>防災士${p}の養成</li></ol>
<table><tr><th>事業名</th><th>事業内容</th><th>担当課</th></tr><tr><td>防災マップ${p}更新事業</td><td>ハザードマップを更新し全戸に配布する。</td><td>危機管理課</td></tr></table></section>`);
  }
  return `<html><body style="font-family:'Noto Sans CJK JP';font-size:11pt">${pages.join('')}</body></html>`;
}

async function makePdf(pages: number): Promise<Uint8Array> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage();
    await page.setContent(planPages(pages));
    return new Uint8Array(
      await page.pdf({
        format: 'A4',
        displayHeaderFooter: true,
        headerTemplate:
          '<div style="font-size:8px;width:100%;text-align:center">第2次架空市総合計画</div>',
        footerTemplate:
          '<div style="font-size:8px;width:100%;text-align:center"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
        margin: { top: '18mm', bottom: '18mm' },
      }),
    );
  } finally {
    await browser.close();
  }
}

const base = devText();
let text = '';
for (let k = 0; text.length < 1.2 * 2 ** 20; k++)
  text += base.replace(/(まち|推進|充実)/gu, `$1${k}`) + '\n';
const multiLine = await timeRead(text, 'plan.txt');
const flat = text.replace(/\n/gu, ' ');
const halfLine = await timeRead(flat.slice(0, flat.length / 2), 'plan.txt');
const fullLine = await timeRead(flat, 'plan.txt');
const pdfBytes = await makePdf(300);
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
