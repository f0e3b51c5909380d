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

test('the heading and intro count and name the cities of index.json', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('main h1')).toHaveText(`${index.cities.length}市の総合計画`);
  await expect(page.locator('main .intro')).toHaveText(
    `${index.cities.map((c) => c.name.ja).join('・')}の総合計画を、同じ分類で見比べます。`,
  );

  // Three cities, then five with a town added: the heading follows the file.
  const three = { ...index, cities: index.cities.slice(0, 3) };
  await page.route('**/data/index.json', (r) => r.fulfill({ json: three }));
  await page.reload();
  await expect(page.locator('main h1')).toHaveText('3市の総合計画');
  await expect(page.getByTestId('overview-map')).toContainText('比較する3市の位置');
  await page.goto('/?lang=en');
  await expect(page.locator('main h1')).toHaveText('Three comprehensive plans');
  await expect(page.locator('main .intro')).toContainText(
    `The comprehensive plans of ${three.cities[0]!.name.en}, ${three.cities[1]!.name.en} and ${three.cities[2]!.name.en},`,
  );

  const town = {
    ...index.cities[0]!,
    id: 'hoshimigaoka',
    name: { ja: '星見ヶ丘町', en: 'Hoshimigaoka' },
  };
  const five = { ...index, cities: [...index.cities, town] };
  await page.unroute('**/data/index.json');
  await page.route('**/data/index.json', (r) => r.fulfill({ json: five }));
  await page.goto('/');
  await expect(page.locator('main h1')).toHaveText('5自治体の総合計画');
  await expect(page.locator('main .intro')).toContainText('・星見ヶ丘町の総合計画');
});
