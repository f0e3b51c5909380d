// The print view under print emulation: one A4 landscape page per category, a column per city
// with the items the plan files put in that category, and a header with cities, date and URL.
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from './test';
import { Taxonomy } from '../../src/lib/data/schemas';
import { cityIds, index, loadPlanJson } from './data';

const taxonomy = Taxonomy.parse(JSON.parse(readFileSync('static/data/taxonomy.json', 'utf8')));

/** Today as the browser (Asia/Tokyo in the config) writes it in Japanese. */
function todayJa(): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: 'Asia/Tokyo',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(new Date());
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${get('year')}年${get('month')}月${get('day')}日`;
}

test('print: a page per category, a column per chosen city, header on each page', async ({
  page,
}) => {
  const chosen = [cityIds[3]!, cityIds[1]!];
  await page.goto(`/print?cities=${chosen.join(',')}`);
  const sheets = page.getByTestId('print-page');
  await expect(sheets).toHaveCount(taxonomy.categories.length);
  await page.emulateMedia({ media: 'print' });

  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  await expect(page.getByRole('button', { name: '印刷' })).toBeHidden();

  const breaks = await sheets.evaluateAll((els) => els.map((e) => getComputedStyle(e).breakBefore));
  expect(breaks).toEqual(['auto', ...Array(taxonomy.categories.length - 1).fill('page')]);

  const plans = chosen.map(loadPlanJson);
  for (const [i, category] of taxonomy.categories.entries()) {
    const sheet = sheets.nth(i);
    await expect(sheet).toHaveAttribute('data-category', category.id);
    await expect(sheet.getByRole('heading', { level: 2 })).toHaveText(category.label.ja);
    const header = sheet.locator('.sheet-header');
    for (const plan of plans)
      await expect(header).toContainText(`${plan.name.ja}「${plan.plan.title}」`);
    await expect(header).toContainText(todayJa());
    await expect(header).toContainText(page.url());
    const columns = sheet.locator('.column');
    await expect(columns).toHaveCount(chosen.length);
    expect(await columns.evaluateAll((els) => els.map((e) => e.getAttribute('data-city')))).toEqual(
      chosen,
    );
    for (const plan of plans) {
      const expected = plan.items.filter((it) => it.categories?.includes(category.id));
      const ids = await sheet
        .locator(`.column[data-city="${plan.id}"] li[data-item]`)
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-item')));
      expect(ids).toEqual(expected.map((it) => it.id));
    }
  }
  // The columns sit side by side on the landscape page.
  const boxes = await sheets
    .first()
    .locator('.column')
    .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().left));
  expect(boxes[1]!).toBeGreaterThan(boxes[0]!);

  const pdf = await page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true });
  const text = pdf.toString('latin1');
  const pages = text.match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages.length).toBeGreaterThanOrEqual(taxonomy.categories.length);
  const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(text)!;
  expect(Math.round(Number(box[1]))).toBe(842);
  expect(Math.round(Number(box[2]))).toBe(595);
  if (process.env.PRINT_PDF_OUT) writeFileSync(process.env.PRINT_PDF_OUT, pdf);
  expect(index.cities.length).toBeGreaterThanOrEqual(chosen.length);
});

test('print: every city by default, in English with ?lang=en', async ({ page }) => {
  await page.goto('/print?lang=en');
  await expect(page.getByTestId('print-page')).toHaveCount(taxonomy.categories.length);
  const first = page.getByTestId('print-page').first();
  await expect(first.locator('.column')).toHaveCount(cityIds.length);
  await expect(first.getByRole('heading', { level: 2 })).toHaveText(
    taxonomy.categories[0]!.label.en,
  );
  await expect(first.locator('.sheet-header')).toContainText('Date:');
});

test('print: a broken plan file leaves the other cities printed and is named', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const broken = readFileSync('static/data/plans/iwaki.json', 'utf8');
  await page.route('**/data/plans/iwaki.json', (r) =>
    r.fulfill({ body: broken.slice(0, broken.length / 2), contentType: 'application/json' }),
  );
  await page.goto('/print');
  await expect(page.locator('main h1')).toHaveText('印刷用：分類ごとの比較');
  const panel = page.getByRole('alert');
  await expect(panel.getByTestId('error-file')).toHaveText('plans/iwaki.json');
  await expect(panel).toContainText('is not valid JSON');
  const intact = cityIds.filter((c) => c !== 'iwaki');
  const sheets = page.getByTestId('print-page');
  await expect(sheets).toHaveCount(taxonomy.categories.length);
  for (const sheet of await sheets.all()) {
    expect(
      await sheet.locator('.column').evaluateAll((els) => els.map((e) => e.dataset.city)),
    ).toEqual(intact);
  }
  const header = sheets.first().locator('.sheet-header');
  for (const city of intact) await expect(header).toContainText(loadPlanJson(city).name.ja);
  await expect(header).not.toContainText('いわき市');
  expect(errors).toEqual([]);
});
