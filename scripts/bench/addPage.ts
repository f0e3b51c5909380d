// The add page in Chromium: a 100-page PDF read in the browser's worker, from the click on
// 読み取る to the review (goal: ≤ 10 s on this machine).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { makePlanPdf } from './planPdf';

export interface AddPageFigures {
  pages: number;
  seconds: number;
  items: number;
}

export async function benchAddPage(origin: string, pages = 100): Promise<AddPageFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-add-'));
  const file = join(dir, 'plan.pdf');
  writeFileSync(file, await makePlanPdf(pages));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}/add`);
    await page.locator('html[data-ready]').waitFor({ state: 'attached' });
    await page.locator('input[name=plan]').setInputFiles(file);
    await page.locator('input[name=name]').fill('架空市');
    const t0 = Date.now();
    await page.getByRole('button', { name: '読み取る' }).click();
    await page.getByTestId('review').waitFor({ timeout: 120_000 });
    const seconds = (Date.now() - t0) / 1000;
    const items = await page.getByTestId('review-items').locator('li').count();
    return { pages, seconds, items };
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
