import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test } from './test';
import { cityIds, index, loadPlanJson } from './data';
import { loadEveryPart } from './lazyParts';

const fold = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/** Items whose title or text holds the term: what a one-word search must return at least. */
function expectedHits(term: string) {
  return cityIds.map((city) => ({
    city,
    ids: loadPlanJson(city)
      .items.filter((i) => fold(`${i.title}${i.text ?? ''}`).includes(fold(term)))
      .map((i) => i.id),
  }));
}

test('"/" focuses the header search; results group by city with the matches marked', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.locator('article[data-city]').first()).toBeVisible();
  await page.keyboard.press('/');
  const box = page.getByRole('searchbox');
  await expect(box).toBeFocused();
  await box.fill('子育て');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=%E5%AD%90%E8%82%B2%E3%81%A6$/);

  const expected = expectedHits('子育て').filter((g) => g.ids.length);
  expect(expected.length).toBeGreaterThan(1);
  const total = expected.reduce((n, g) => n + g.ids.length, 0);
  await expect(page.getByTestId('search-summary')).toHaveText(
    `「子育て」に一致する項目 ${total}件（${expected.length}市）`,
  );
  const sections = page.locator('section[data-city]');
  await expect(sections).toHaveCount(expected.length);
  for (const { city, ids } of expected) {
    const section = page.locator(`section[data-city="${city}"]`);
    await expect(section.locator('li[data-item]')).toHaveCount(ids.length);
    const first = section.locator(`li[data-item="${ids[0]}"]`);
    await expect(first.locator('mark').first()).toHaveText('子育て');
    await expect(first.getByRole('link')).toHaveAttribute(
      'href',
      `/plans/${city}?${new URLSearchParams({ item: ids[0]!, mark: '子育て' })}`,
    );
  }
  // Groups follow index.json's order.
  const order = await sections.evaluateAll((els) => els.map((e) => e.getAttribute('data-city')));
  expect(order).toEqual(index.cities.map((c) => c.id).filter((c) => order.includes(c)));
});

test('a search is a permalink and back/forward step between searches', async ({ page }) => {
  await page.goto('/search?q=防災&lang=en');
  const first = expectedHits('防災').reduce((n, g) => n + g.ids.length, 0);
  await expect(page.getByTestId('search-summary')).toContainText(`${first} items match “防災”`);
  await expect(page.getByRole('searchbox')).toHaveValue('防災');
  const box = page.getByRole('searchbox');
  await box.fill('観光');
  await box.press('Enter');
  await expect(page).toHaveURL(/lang=en/);
  const second = expectedHits('観光').reduce((n, g) => n + g.ids.length, 0);
  await expect(page.getByTestId('search-summary')).toContainText(`${second} items match “観光”`);
  await page.goBack();
  await expect(page.getByTestId('search-summary')).toContainText(`${first} items match “防災”`);
  await expect(box).toHaveValue('防災');
  await page.goForward();
  await expect(box).toHaveValue('観光');
});

test('a query with no match says so', async ({ page }) => {
  await page.goto('/search?q=zzqqxx');
  await expect(page.getByTestId('search-summary')).toHaveText(
    '「zzqqxx」に一致する項目はありません。',
  );
  await expect(page.locator('li[data-item]')).toHaveCount(0);
});

for (const lang of ['ja', 'en']) {
  test(`axe: search results (${lang})`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto(`/search?q=DX${lang === 'en' ? '&lang=en' : ''}`);
    await expect(page.locator('li[data-item]').first()).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await loadEveryPart(page);
    const results = await new AxeBuilder({ page }).analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`),
    ).toEqual([]);
  });
}

test('?cities= limits and orders the results; the picker changes them', async ({ page }) => {
  const expected = expectedHits('防災').filter((g) => g.ids.length);
  expect(expected.length).toBeGreaterThan(1);
  const [a, b] = [expected[1]!.city, expected[0]!.city];
  await page.goto(`/search?q=防災&cities=${a},${b}`);
  const sections = page.locator('section[data-city]');
  await expect(sections).toHaveCount(2);
  expect(await sections.evaluateAll((els) => els.map((e) => e.dataset.city))).toEqual([a, b]);
  const name = index.cities.find((c) => c.id === b)!.name.ja;
  await page.getByRole('checkbox', { name }).uncheck();
  await expect(page).toHaveURL(new RegExp(`cities=${a}(&|$)`));
  await expect(sections).toHaveCount(1);
  await page.goBack();
  await expect(sections).toHaveCount(2);
});

test('a broken plan file: the search finds what the other plans hold and names it', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const broken = readFileSync('static/data/plans/iwaki.json', 'utf8');
  await page.route('**/data/plans/iwaki.json', (r) =>
    r.fulfill({ body: broken.slice(0, broken.length / 2), contentType: 'application/json' }),
  );
  await page.goto('/search?q=子育て');
  const panel = page.getByRole('alert');
  await expect(panel.getByTestId('error-file')).toHaveText('plans/iwaki.json');
  await expect(panel).toContainText('is not valid JSON');
  const expected = expectedHits('子育て').filter((g) => g.city !== 'iwaki' && g.ids.length);
  const total = expected.reduce((n, g) => n + g.ids.length, 0);
  expect(total).toBeGreaterThan(0);
  await expect(page.getByTestId('search-summary')).toHaveText(
    `「子育て」に一致する項目 ${total}件（${expected.length}市）`,
  );
  for (const { city, ids } of expected)
    await expect(page.locator(`section[data-city="${city}"] li[data-item]`)).toHaveCount(
      ids.length,
    );
  await expect(page.locator('section[data-city="iwaki"]')).toHaveCount(0);
  expect(errors).toEqual([]);
});
