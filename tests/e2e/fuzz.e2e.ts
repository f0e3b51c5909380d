import { expect, test } from './test';
import { parseLang } from '../../src/lib/i18n/lang';
import { parseCategory } from '../../src/lib/state/parseCategory';
import { parseCities } from '../../src/lib/state/parseCities';
import { makeRandom, randomFragment, randomSearch } from '../unit/fuzzUrls';
import { cityIds } from './data';

// A sample of the unit fuzz states (query and fragment), through the browser: no uncaught error,
// the page draws, and a notice appears exactly when the URL held something the page ignored.
const random = makeRandom(6);
const ROUTES = ['/compare', '/compare', '/compare', '/shared', '/search', '/plans/iwaki', '/'];
const SAMPLE = Array.from({ length: 28 }, (_, i) => ({
  route: ROUTES[i % ROUTES.length]!,
  search: randomSearch(random, cityIds),
  hash: randomFragment(random),
}));

/** What /compare ignores of a query string (the layout adds ?lang= on every route). */
function ignoredOnCompare(params: URLSearchParams): string[] {
  const metric = params.get('metric');
  return [
    ...parseCities(params.get('cities'), cityIds).rejected,
    parseCategory(params.get('cat')).rejected,
    metric !== null && metric !== 'share' && metric !== 'count' ? metric : null,
  ].filter((v): v is string => v !== null);
}

for (const [n, { route, search, hash }] of SAMPLE.entries()) {
  test(`fuzz ${n}: ${route}?${search.slice(0, 60)}${hash.slice(0, 20)}`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${route}?${search}${hash}`);
    await expect(page.locator('main h1').first()).toBeVisible();
    const url = new URL(page.url());
    const params = url.searchParams;
    const notices = page.locator('.notice[role="status"]');
    if (parseLang(params.get('lang')).rejected !== null)
      await expect(notices.first()).toBeVisible();
    if (route === '/compare') {
      const ignored = ignoredOnCompare(params);
      const langIgnored = parseLang(params.get('lang')).rejected !== null;
      if (ignored.length === 0 && !langIgnored) await expect(notices).toHaveCount(0);
      if (ignored.length) {
        const notice = notices.filter({ hasText: /無視しました|were ignored/ });
        await expect(notice).toBeVisible();
        for (const value of ignored.filter((v) => /^[\x21-\x7e]{1,40}$/.test(v))) {
          await expect(notice).toContainText(value);
        }
      }
    }
    expect(errors).toEqual([]);
  });
}

// Malformed % escapes in the path, the query and the fragment, on every page: no uncaught error
// (SvelteKit decodes the fragment and the path itself, hooks.client.ts escapes them first), the
// page draws, and a path the server cannot decode is a 400.
const PAGES = [
  '/',
  '/compare',
  '/shared',
  '/search',
  '/regions',
  '/method',
  '/print',
  '/plans/iwaki',
];
const MALFORMED_TAILS = [
  '#%zz',
  '#%E3%81',
  '#%',
  '?%zz=1',
  '?present=1&%zz=1',
  '?cities=%E3%81&cat=%zz&%=%',
  '?q=%&lang=%zz#%zz',
];
for (const route of PAGES) {
  test(`malformed escapes on ${route}`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
    for (const tail of MALFORMED_TAILS) {
      await page.goto(`${route}${tail}`);
      await expect(page.locator('main h1').first()).toBeVisible();
    }
    const response = await page.goto(`${route === '/' ? '' : route}/%zz%E3%81`);
    expect(response?.status()).toBe(400);
    expect(errors).toEqual([]);
  });
}
