import { expect, test, type Page } from './test';
import { paintedText, recordPaintedText } from './paintedText';
import { deepestItem, findNestedItem, fold, loadPlanJson, readSourceLines } from './data';
import type { PlanItem } from '../../src/lib/data/schemas';

async function expectViewerShows(page: Page, item: PlanItem) {
  const viewer = page.getByTestId('source-viewer');
  await expect(viewer.getByTestId('viewer-title')).toHaveText(item.title);
  const first = viewer.locator(`li[data-line="${item.source.line}"]`);
  await expect(first).toHaveClass(/hit/);
  const last = item.source.endLine ?? item.source.line;
  const lines = viewer.locator('li.hit');
  // The highlight covers the title's lines and, where found, the description's lines after them.
  const from = Number(await lines.first().getAttribute('data-line'));
  const to = Number(await lines.last().getAttribute('data-line'));
  expect(from).toBeLessThanOrEqual(item.source.line);
  expect(to).toBeGreaterThanOrEqual(last);
  await expect(lines).toHaveCount(to - from + 1);
  await expect(lines.first()).toBeInViewport();
  // The highlighted lines are the source's lines and contain the quote.
  const file = readSourceLines(item.source.file).slice(from - 1, to);
  expect(fold(file.join(''))).toContain(fold(item.source.quote));
  const shown = (await lines.locator('.t').allTextContents()).join('');
  expect(fold(shown)).toBe(fold(file.join('')));
  await expect(viewer.locator('mark').first()).toBeVisible();
}

test('the outline expands and an item opens the source viewer at its lines', async ({ page }) => {
  const plan = loadPlanJson('nihonmatsu');
  const { item, parent } = findNestedItem(plan.items);
  await page.goto('/plans/nihonmatsu');
  const outline = page.getByTestId('outline');
  const row = outline.locator(`li[data-item="${item.id}"]`);
  await expect(row).toHaveCount(0);

  const twisty = outline.locator(`li[data-item="${parent.id}"] > .row > button[aria-expanded]`);
  await expect(twisty).toHaveAttribute('aria-expanded', 'false');
  await twisty.click();
  await expect(twisty).toHaveAttribute('aria-expanded', 'true');
  await expect(row).toBeVisible();

  await row.locator('> .row > button.item').click();
  await expect(page).toHaveURL(new RegExp(`item=${encodeURIComponent(item.id)}`));
  await expectViewerShows(page, item);

  await twisty.click();
  await expect(row).toHaveCount(0);
});

for (const city of ['nihonmatsu', 'ichinoseki', 'hiratsuka', 'iwaki']) {
  test(`?item= opens an item of ${city} directly, scrolled into view`, async ({ page }) => {
    const item = deepestItem(loadPlanJson(city).items);
    await page.goto(`/plans/${city}?item=${encodeURIComponent(item.id)}`);
    await expectViewerShows(page, item);
    await expect(page.locator(`li[data-item="${item.id}"] > .row button.item`)).toHaveAttribute(
      'aria-current',
      'true',
    );
  });
}

test('an unknown ?item= gives a notice and the page keeps working', async ({ page }) => {
  await page.goto('/plans/iwaki?item=iwaki/no-such-item');
  await expect(page.getByRole('status')).toContainText('iwaki/no-such-item');
  await expect(page.getByTestId('viewer-title')).toHaveCount(0);
  const item = loadPlanJson('iwaki').items[0]!;
  await page.locator(`li[data-item="${item.id}"] > .row button.item`).click();
  await expect(page.getByRole('status')).toHaveCount(0);
  await expectViewerShows(page, item);
});

test('back and forward step through the opened items', async ({ page }) => {
  const [a, b] = loadPlanJson('ichinoseki').items;
  await page.goto('/plans/ichinoseki');
  await page.locator(`li[data-item="${a!.id}"] > .row button.item`).click();
  await expect(page.getByTestId('viewer-title')).toHaveText(a!.title);
  await page.locator(`li[data-item="${b!.id}"] > .row button.item`).click();
  await expect(page.getByTestId('viewer-title')).toHaveText(b!.title);
  await page.goBack();
  await expect(page.getByTestId('viewer-title')).toHaveText(a!.title);
  await page.goForward();
  await expect(page.getByTestId('viewer-title')).toHaveText(b!.title);
});

test('a plan fact opens the viewer on the line that states it', async ({ page }) => {
  const plan = loadPlanJson('nihonmatsu');
  await page.goto('/plans/nihonmatsu?lang=en');
  await page.getByRole('button', { name: 'Source: Vision' }).click();
  await expect(page).toHaveURL(/fact=vision/);
  const line = plan.plan.provenance.vision!.line;
  await expect(page.locator(`[data-testid="source-viewer"] li[data-line="${line}"]`)).toHaveClass(
    /hit/,
  );
});

test('a (再掲) row leads to the item it repeats', async ({ page }) => {
  const items = loadPlanJson('nihonmatsu').items;
  const row = items.find((i) => i.repeats)!;
  const original = items.find((i) => i.id === row.repeats)!;
  await page.goto(`/plans/nihonmatsu?item=${encodeURIComponent(row.id)}`);
  await page.locator(`li[data-item="${row.id}"]`).getByTestId('repeats').first().click();
  await expect(page).toHaveURL(new RegExp(`item=${encodeURIComponent(original.id)}`));
  await expectViewerShows(page, original);
});

test('switching language on a plan page keeps the open item', async ({ page }) => {
  const item = loadPlanJson('hiratsuka').items[3]!;
  await page.goto(`/plans/hiratsuka?item=${encodeURIComponent(item.id)}`);
  await expect(page.getByTestId('viewer-title')).toHaveText(item.title);
  await page.getByTestId('lang-toggle').click();
  await expect(page).toHaveURL(/lang=en/);
  await expect(page).toHaveURL(new RegExp(`item=${encodeURIComponent(item.id)}`));
  await expect(page.getByRole('heading', { name: 'Source text' })).toBeVisible();
  await expect(page.getByTestId('viewer-title')).toHaveText(item.title);
  await expect(page.getByTestId('viewer-title')).toHaveAttribute('lang', 'ja');
});

test('an unknown city shows the panel naming its plan file', async ({ page }) => {
  await page.goto('/plans/atlantis');
  await expect(page.getByRole('alert').getByTestId('error-file')).toHaveText('plans/atlantis.json');
  await expect(page.getByRole('alert')).toContainText('HTTP 404');
});

test('closing the viewer (button or Escape) returns focus to its item', async ({ page }) => {
  const item = loadPlanJson('iwaki').items[2]!;
  await page.goto('/plans/iwaki');
  const button = page.locator(`li[data-item="${item.id}"] > .row button.item`);
  await button.click();
  await expect(page.getByTestId('viewer-title')).toHaveText(item.title);
  await page.getByTestId('source-viewer').getByRole('button', { name: '閉じる' }).click();
  await expect(page).not.toHaveURL(/item=/);
  await expect(page.getByTestId('viewer-title')).toHaveCount(0);
  await expect(button).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(page.getByTestId('viewer-title')).toHaveText(item.title);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('viewer-title')).toHaveCount(0);
  await expect(button).toBeFocused();
});

test('a plan page and /method are prerendered with their content: it shows before any script runs', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await context.newPage();
  const plan = loadPlanJson('iwaki');
  await page.goto('/plans/iwaki');
  await expect(page.locator('main h1')).toContainText('いわき市');
  await expect(page.getByTestId('outline')).toContainText(plan.items[0]!.title);
  await page.goto('/method');
  await expect(page.locator('main h1')).toHaveText('方法');
  await context.close();
});

test('a prerendered page opened with URL state paints only that state', async ({ page }) => {
  await recordPaintedText(page, '#outline-heading');
  await page.goto('/plans/iwaki?lang=en');
  await expect(page.locator('#outline-heading')).toHaveText('Plan structure');
  expect(await paintedText(page)).toEqual(['Plan structure']);
});

// A page opened with URL state stays hidden until the app has drawn that state; if the app's
// scripts fail (blocked, offline before the first visit cached them) or never arrive, the
// prerendered page shows after all.
const HELD = [
  `/plans/iwaki?item=${encodeURIComponent(loadPlanJson('iwaki').items[3]!.id)}`,
  '/method?lang=en',
];
for (const [how, answer] of [
  ['fail to load', 'abort'],
  ['never arrive', 'hang'],
] as const) {
  test(`a held page shows its prerendered content when its scripts ${how}`, async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ baseURL });
    await context.route('**/_app/immutable/**/*.js', (route) =>
      answer === 'abort' ? route.abort() : undefined,
    );
    const page = await context.newPage();
    for (const route of HELD) {
      await page.goto(route, { waitUntil: 'commit' });
      await expect(page.locator('main h1')).toBeVisible({ timeout: 10_000 });
      expect(await page.evaluate(() => document.documentElement.dataset.ready)).toBeUndefined();
    }
    await context.close();
  });
}
