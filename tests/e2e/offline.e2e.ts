import { readFileSync } from 'node:fs';
import { expect, test } from './test';
import { GeoIndex } from '../../src/lib/data/schemas';
import { loadPlanJson } from './data';

test('no request leaves 127.0.0.1 on the home page, a plan page and the source viewer', async ({
  page,
}) => {
  const hosts = new Set<string>();
  page.on('request', (req) => hosts.add(new URL(req.url()).hostname));
  await page.goto('/');
  await expect(page.locator('article[data-city]').first()).toBeVisible();
  await page.locator('article[data-city] a.open').first().click();
  const item = loadPlanJson('nihonmatsu').items[0]!;
  await page.goto(`/plans/nihonmatsu?item=${encodeURIComponent(item.id)}&lang=en`);
  await expect(page.getByTestId('viewer-title')).toHaveText(item.title);
  expect([...hosts]).toEqual(['127.0.0.1']);
});

for (const path of ['/', '/plans/hiratsuka']) {
  test(`nothing overflows sideways at 390×844 on ${path}`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const item = loadPlanJson('hiratsuka').items.at(-1)!;
    await page.goto(path === '/' ? '/' : `${path}?item=${encodeURIComponent(item.id)}`);
    await expect(page.locator('main h1').first()).toBeVisible();
    if (path !== '/') await expect(page.getByTestId('viewer-title')).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
  });
}

test('each page fetches only the data it shows', async ({ page }) => {
  const data: string[] = [];
  page.on('request', (req) => {
    const path = new URL(req.url()).pathname;
    if (path.startsWith('/data/')) data.push(path.slice('/data/'.length));
  });
  await page.goto('/');
  await expect(page.locator('article[data-city]').first()).toBeVisible();
  // The overview map reads its own small files: the geo index, Japan's outline, the city halls.
  await expect(page.getByRole('link', { name: '二本松市の広域連携の地図' })).toBeVisible();
  const land = GeoIndex.parse(JSON.parse(readFileSync('static/data/geo/index.json', 'utf8'))).land
    .file;
  expect([...data].sort()).toEqual(
    ['index.json', 'geo/index.json', 'municipalities.json', land].sort(),
  );

  data.length = 0;
  const plan = loadPlanJson('ichinoseki');
  await page.goto('/plans/ichinoseki');
  await expect(page.getByTestId('outline')).toBeVisible();
  // The plan, and the taxonomy that names the categories every item shows.
  expect([...data].sort()).toEqual(['plans/ichinoseki.json', 'taxonomy.json']);

  const item = plan.items[0]!;
  await page.locator(`li[data-item="${item.id}"] > .row button.item`).click();
  await expect(page.getByTestId('viewer-title')).toHaveText(item.title);
  expect([...data].sort()).toEqual(
    ['plans/ichinoseki.json', 'taxonomy.json', item.source.file].sort(),
  );
});

test('a source link on a home card opens that fact in the plan viewer', async ({ page }) => {
  const plan = loadPlanJson('nihonmatsu');
  await page.goto('/');
  await page
    .locator('article[data-city="nihonmatsu"]')
    .getByRole('link', { name: '出典: 将来像' })
    .click();
  await expect(page).toHaveURL(/\/plans\/nihonmatsu\?fact=vision$/);
  const line = plan.plan.provenance.vision!.line;
  const hit = page.locator(`[data-testid="source-viewer"] li[data-line="${line}"]`);
  await expect(hit).toHaveClass(/hit/);
  await expect(hit).toBeInViewport();
});

for (const path of ['/', '/compare', '/shared', '/plans/iwaki', '/search', '/method', '/regions']) {
  test(`${path} preloads its first data files with the document, and uses each preload once`, async ({
    page,
  }) => {
    const fetched = new Map<string, number>();
    page.on('request', (req) => {
      const p = new URL(req.url()).pathname;
      if (p.startsWith('/data/')) fetched.set(p, (fetched.get(p) ?? 0) + 1);
    });
    const failures: string[] = [];
    page.on('console', (m) => {
      if (/preload/i.test(m.text())) failures.push(m.text());
    });
    await page.goto(path);
    await expect(page.locator('main h1').first()).toBeVisible();
    const preloaded = await page
      .locator('link[rel="preload"][as="fetch"]')
      .evaluateAll((links) => links.map((l) => new URL((l as HTMLLinkElement).href).pathname));
    expect(preloaded.length).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    for (const p of preloaded) {
      // The page's own fetch is answered from the preload: one request in all.
      expect(fetched.get(p), p).toBe(1);
    }
    expect(failures).toEqual([]);
  });
}
