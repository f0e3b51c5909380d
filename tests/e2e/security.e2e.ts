import { expect, test, type Page } from './test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { cityIds, loadPlanJson } from './data';

// Every route, with the state that makes it load the most: the grid's plan files and concepts, a
// concept's items, the source viewer, a search, and the WebGL map until it has drawn.
const ROUTES = [
  '/',
  '/compare?cat=health',
  '/shared',
  ...cityIds.map((c) => `/plans/${c}?item=${encodeURIComponent(loadPlanJson(c).items[0]!.id)}`),
  '/search?q=防災',
  '/method',
  '/present?slide=7',
];

function collectHosts(page: Page): Set<string> {
  const hosts = new Set<string>();
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:') hosts.add(url.hostname);
  });
  return hosts;
}

test('no request leaves 127.0.0.1 on any route', async ({ page }) => {
  const hosts = collectHosts(page);
  for (const route of ROUTES) {
    await page.goto(route);
    await expect(page.locator('main h1').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
  }
  expect([...hosts]).toEqual(['127.0.0.1']);
});

test('no request leaves 127.0.0.1 while the map loads and draws', async ({ page }) => {
  const hosts = collectHosts(page);
  await page.goto('/regions?city=iwaki');
  await page.getByTestId('explore-map').click();
  await expect(page.getByTestId('gl-map')).toHaveAttribute('data-idle', 'true', {
    timeout: 20_000,
  });
  await page.waitForLoadState('networkidle');
  expect([...hosts]).toEqual(['127.0.0.1']);
});

test('every page carries a CSP that allows no inline or foreign script', async ({ page }) => {
  for (const route of ['/', '/compare', '/plans/iwaki', '/regions']) {
    await page.goto(route);
    const csp = await page
      .locator('meta[http-equiv="content-security-policy"]')
      .getAttribute('content');
    const script = csp!.split(';').find((d) => d.trim().startsWith('script-src'))!;
    expect(script).not.toContain('unsafe-inline');
    expect(script).not.toContain('unsafe-eval');
    expect(
      script
        .trim()
        .split(/\s+/)
        .slice(1)
        .filter((s) => !/^'(self|sha256-.+)'$/.test(s)),
    ).toEqual([]);
    expect(csp).toMatch(/object-src 'none'/);
  }
});

test('no component renders data as HTML ({@html} or innerHTML)', () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(svelte|ts)$/.test(name) && !name.includes('.test.')) files.push(path);
    }
  };
  walk('src');
  const offenders = files.filter((f) =>
    /\{@html|\.innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML/.test(readFileSync(f, 'utf8')),
  );
  expect(offenders).toEqual([]);
});

const HOSTILE = [
  '<script>window.__pwned = "script"</script>健康',
  '<img src=x onerror="window.__pwned = \'img\'">子育て',
];

test('item titles holding <script> and <img onerror> show as text everywhere', async ({ page }) => {
  const plan = loadPlanJson('iwaki');
  const victims = plan.items.filter((i) => i.parent === null).slice(0, 2);
  const hostile = {
    ...plan,
    items: plan.items.map((item) => {
      const i = victims.indexOf(item);
      return i < 0 ? item : { ...item, title: HOSTILE[i]!, text: HOSTILE[1 - i]! };
    }),
  };
  await page.route('**/data/plans/iwaki.json', (route) => route.fulfill({ json: hostile }));
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });

  await page.goto(`/plans/iwaki?item=${encodeURIComponent(victims[0]!.id)}`);
  await expect(page.getByTestId('viewer-title')).toHaveText(HOSTILE[0]!);
  const outline = page.getByTestId('outline');
  await expect(outline).toContainText(HOSTILE[0]!);
  await expect(outline).toContainText(HOSTILE[1]!);

  await page.goto('/search?q=pwned');
  await expect(page.getByTestId('search-summary')).toBeVisible();
  await expect(page.locator('main')).toContainText('window.__pwned');

  await expect(page.locator('main script')).toHaveCount(0);
  await expect(page.locator('main img[src="x"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
});
