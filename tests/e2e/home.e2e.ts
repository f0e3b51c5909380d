import { expect, test } from './test';
import { countAtReady } from './countAtReady';
import { index } from './data';

test('home shows one card per city with figures from index.json', async ({ page }) => {
  await page.goto('/');
  const cards = page.locator('article[data-city]');
  await expect(cards).toHaveCount(index.cities.length);
  expect(index.cities.map((c) => c.id).sort()).toEqual(
    ['hiratsuka', 'ichinoseki', 'iwaki', 'nihonmatsu'].sort(),
  );
  for (const city of index.cities) {
    const card = page.locator(`article[data-city="${city.id}"]`);
    await expect(card.getByRole('heading', { level: 2 })).toContainText(city.name.ja);
    await expect(card).toContainText(city.prefecture.ja);
    await expect(card).toContainText(city.plan.title);
    if (city.plan.vision) await expect(card).toContainText(city.plan.vision);
    await expect(card).toContainText(`計 ${city.itemCount} 項目`);
    for (const [kind, n] of Object.entries(city.countsByKind).filter(([, n]) => n > 0)) {
      await expect(card.locator(`[data-kind="${kind}"]`)).toContainText(String(n));
    }
    for (const figure of city.plan.population) {
      await expect(card).toContainText(figure.value.toLocaleString('ja-JP'));
    }
  }
});

test('the timeline draws a bar per plan period on one fiscal-year axis', async ({ page }) => {
  await page.goto('/');
  const timeline = page.getByTestId('timeline');
  const withPeriod = index.cities.filter((c) => c.plan.period);
  await expect(timeline.locator('rect[data-city]')).toHaveCount(withPeriod.length);
  const boxes = [];
  for (const city of withPeriod) {
    const period = city.plan.period!;
    await expect(timeline).toContainText(`${period.start}〜${period.end}年度`);
    boxes.push({
      period,
      box: await timeline.locator(`rect[data-city="${city.id}"]`).boundingBox(),
    });
  }
  // One axis: a bar's pixel width per year is the same for every plan.
  const perYear = boxes.map(({ period, box }) => box!.width / (period.end - period.start + 1));
  for (const w of perYear) expect(w).toBeCloseTo(perYear[0]!, 0);
});

test('a card links to its plan page and keeps the language', async ({ page }) => {
  await page.goto('/?lang=en');
  const city = index.cities[0]!;
  await page
    .locator(`article[data-city="${city.id}"]`)
    .getByRole('link', { name: /Open the/ })
    .click();
  await expect(page).toHaveURL(new RegExp(`/plans/${city.id}\\?lang=en$`));
  await expect(page.getByRole('heading', { name: 'Plan structure' })).toBeVisible();
});

test('the first render draws one city card; the rest follow in the tasks after it', async ({
  page,
}) => {
  const cardsAtReady = await countAtReady(page, 'article[data-city]');
  await page.goto('/');
  expect(await cardsAtReady()).toBe(1);
  await expect(page.locator('article[data-city]')).toHaveCount(index.cities.length);
  await expect(page.locator('ul.cards')).toHaveAttribute('aria-busy', 'false');
});
