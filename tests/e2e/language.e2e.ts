import { paintedText, recordPaintedText } from './paintedText';
import { expect, test, type Page } from './test';

test('the language toggle changes UI text and the URL, and back/forward follow it', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('4市の総合計画');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');

  await page.getByTestId('lang-toggle').click();
  await expect(page).toHaveURL(/\?lang=en$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Four comprehensive plans');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('link', { name: 'Home', exact: true })).toBeVisible();
  // Plan content stays Japanese and says so.
  await expect(page.locator('article[data-city] .plan-title').first()).toHaveAttribute(
    'lang',
    'ja',
  );

  await page.getByTestId('lang-toggle').click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('4市の総合計画');

  await page.goBack();
  await expect(page).toHaveURL(/\?lang=en$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Four comprehensive plans');
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('4市の総合計画');
});

test('an unknown lang value is ignored with a visible notice', async ({ page }) => {
  await page.goto('/?lang=fr');
  await expect(page.getByRole('status')).toContainText('言語「fr」には対応していません');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('4市の総合計画');
  await page.getByRole('button', { name: '閉じる' }).click();
  await expect(page.getByRole('status')).toHaveCount(0);
  await expect(page).toHaveURL(/\/$/);
});

// English UI strings are one chunk fetched only for ?lang=en, before the page first draws.
async function scriptsOf(page: Page, url: string) {
  const bodies = new Map<string, string>();
  const pending: Promise<void>[] = [];
  page.on('response', (res) => {
    if (res.request().resourceType() === 'script')
      pending.push(res.text().then((text) => void bodies.set(new URL(res.url()).pathname, text)));
  });
  // Every frame's <h1>, from the first one drawn: a page must never show Japanese first.
  await recordPaintedText(page, 'main h1');
  await page.goto(url);
  await page.locator('main h1').waitFor();
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  page.removeAllListeners('response');
  const headings = await paintedText(page);
  return { bodies, headings };
}

test('English UI strings load only for English, and an English page never shows Japanese first', async ({
  browser,
  baseURL,
}) => {
  const englishOnly = "Japanese cities' comprehensive plans on one taxonomy";
  const fresh = () => browser.newPage({ baseURL, serviceWorkers: 'block' });
  const ja = await scriptsOf(await fresh(), '/shared');
  const en = await scriptsOf(await fresh(), '/shared?lang=en');

  expect([...ja.bodies.values()].some((code) => code.includes(englishOnly))).toBe(false);
  const extra = [...en.bodies.keys()].filter((path) => !ja.bodies.has(path));
  expect(extra).toHaveLength(1);
  expect(en.bodies.get(extra[0]!)).toContain(englishOnly);

  expect(ja.headings).toEqual(['共通する取り組みと独自の取り組み']);
  expect(en.headings).toEqual(['Shared and unique approaches']);
});
