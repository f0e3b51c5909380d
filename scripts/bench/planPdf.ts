// A made-up plan of any number of pages, printed to PDF by Chromium (with a running header and
// page numbers, as a municipality's PDF has): what the reader benches read.
import { chromium } from 'playwright-core';

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

export async function makePlanPdf(pages: number): Promise<Uint8Array> {
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
