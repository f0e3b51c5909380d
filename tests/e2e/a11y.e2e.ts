import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './test';
import { cityIds, loadPlanJson } from './data';
import { loadEveryPart } from './lazyParts';

const pages = [
  { name: 'home', path: '/', ready: 'article[data-city]' },
  ...cityIds.map((city) => ({
    name: `plan ${city} with an item open`,
    path: `/plans/${city}?item=${encodeURIComponent(loadPlanJson(city).items[0]!.id)}`,
    ready: '[data-testid="source-viewer"] li.hit',
  })),
];

for (const { name, path, ready } of pages) {
  for (const lang of ['ja', 'en']) {
    test(`axe: ${name} (${lang})`, async ({ page }) => {
      // A plan page with its source text open holds a few thousand nodes; axe needs time on 2 cores.
      test.setTimeout(120_000);
      const url = lang === 'ja' ? path : `${path}${path.includes('?') ? '&' : '?'}lang=en`;
      await page.goto(url);
      await expect(page.locator(ready).first()).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await loadEveryPart(page);
      const results = await new AxeBuilder({ page }).analyze();
      expect(
        results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`),
      ).toEqual([]);
    });
  }
}

test('axe: the data-error panel', async ({ page }) => {
  await page.route('**/data/index.json', (route) => route.fulfill({ body: '{"version":1,"cit' }));
  await page.goto('/');
  await expect(page.getByRole('alert')).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});
