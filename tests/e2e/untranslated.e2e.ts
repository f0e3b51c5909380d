// Every route in both languages, with its lazy parts loaded, an item and a label open on each plan
// page and each city's partnerships on /regions: no UI text of the other language (see
// untranslated.ts for what counts). The detector itself is checked on planted leaks first.
import { expect, test } from './test';
import { cityIds, loadPlanJson } from './data';
import { loadEveryPart } from './lazyParts';
import { findLeaks } from './untranslated';

test('the detector finds planted leaks in either language and passes clean text', async ({
  page,
}) => {
  await page.goto('/method');
  await page.evaluate(() => {
    const main = document.querySelector('main')!;
    main.insertAdjacentHTML(
      'beforeend',
      '<p id="p1">中心市 (core city)</p><p id="p2">plain words here</p><p lang="en">fine in English</p>',
    );
  });
  const ja = await findLeaks(page);
  expect(ja.map((l) => l.text)).toEqual(['中心市 (core city)', 'plain words here']);

  await page.goto('/method?lang=en');
  await page.evaluate(() => {
    const main = document.querySelector('main')!;
    main.insertAdjacentHTML(
      'beforeend',
      '<p>since 2007 設立</p><p>Fukushima、Date</p><p>1 items</p><p lang="ja">福島県</p><p>the plan “福島圏域”</p><button aria-label="閉じる">x</button>',
    );
  });
  const en = await findLeaks(page);
  expect(en.map((l) => l.text)).toEqual([
    'since 2007 設立',
    'Fukushima、Date',
    '1 items',
    '閉じる',
  ]);
});

const plans = cityIds.map((city) => {
  const item = loadPlanJson(city).items.find((i) => i.categories?.length && i.evidence?.length)!;
  return `/plans/${city}?item=${encodeURIComponent(item.id)}&label=${item.categories![0]}`;
});
const routes = [
  '/',
  '/compare',
  '/shared',
  '/search?q=%E9%98%B2%E7%81%BD',
  ...cityIds.map((city) => `/regions?city=${city}`),
  '/method',
  ...plans,
  '/add',
  '/print',
];

for (const lang of ['ja', 'en'] as const) {
  for (const route of routes) {
    test(`no untranslated UI text: ${route} (${lang})`, async ({ page }) => {
      const url = lang === 'en' ? `${route}${route.includes('?') ? '&' : '?'}lang=en` : route;
      await page.goto(url);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await loadEveryPart(page);
      if (route.startsWith('/plans/'))
        await expect(page.getByTestId('label-evidence')).toBeVisible();
      expect(await findLeaks(page)).toEqual([]);
    });
  }
}
