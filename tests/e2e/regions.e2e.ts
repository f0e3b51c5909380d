import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './test';
import { readFileSync } from 'node:fs';
import { importN03 } from '../../scripts/geo/n03';
import { Municipalities, Regions } from '../../src/lib/data/schemas';
import { countAtReady } from './countAtReady';
import { loadEveryPart } from './lazyParts';

const regions = Regions.parse(JSON.parse(readFileSync('static/data/regions.json', 'utf8')));
const members = (id: string) => [...regions.frameworks.find((f) => f.id === id)!.members].sort();
const CITIES = ['nihonmatsu', 'ichinoseki', 'hiratsuka', 'iwaki'] as const;

/** Every request the page makes, to prove none leaves the local server. */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  return urls;
}
const offsite = (urls: string[]) =>
  urls.filter((u) => !/^http:\/\/127\.0\.0\.1:\d+\//.test(u) && !/^(data|blob):/.test(u));

/** Opens /regions and asks for the zoomable (maplibre) map, which the page does not load unasked. */
async function openMap(page: Page, query = '') {
  await page.goto(`/regions${query}`);
  await page.getByTestId('explore-map').click();
  await expect(page.getByTestId('gl-map')).toHaveAttribute('data-ready', 'true', {
    timeout: 20_000,
  });
}

const highlightedLabels = (page: Page) =>
  page
    .locator('[data-testid="map-label"][data-highlighted="true"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-code')!).sort());

test('renders a WebGL map canvas and fetches nothing from elsewhere', async ({ page }) => {
  const urls = recordRequests(page);
  await openMap(page);
  const canvas = page.locator('canvas.maplibregl-canvas');
  await expect(canvas).toBeVisible();
  const box = await canvas.boundingBox();
  expect(box!.width).toBeGreaterThan(200);
  expect(box!.height).toBeGreaterThan(150);
  await expect(page.getByTestId('svg-map')).toHaveCount(0);
  await page.getByRole('radio', { name: '平塚市' }).check();
  await expect(page).toHaveURL(/city=hiratsuka/);
  await expect(page.getByTestId('framework')).toHaveCount(7);
  expect(offsite(urls)).toEqual([]);
});

test('shows an SVG map of the same selection until maplibre is ready', async ({ page }) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  // Holding maplibre's stylesheet holds the map: the component waits for all its parts.
  await page.route(/maplibre-gl\.[^/]*\.css$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/regions?fw=adachi-kouiki');
  const svg = page.getByTestId('svg-map');
  await expect(svg).toBeVisible();
  const codes = await svg
    .locator('circle[data-highlighted="true"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-code')!).sort());
  expect(codes).toEqual(members('adachi-kouiki'));
  // Nothing of maplibre is loaded until the reader asks for the zoomable map.
  await expect(page.getByTestId('gl-map')).toHaveCount(0);
  await page.getByTestId('explore-map').click();
  await expect(page.getByTestId('gl-map')).toHaveAttribute('data-ready', 'false');
  release();
  await expect(page.getByTestId('gl-map')).toHaveAttribute('data-ready', 'true', {
    timeout: 20_000,
  });
  await expect(svg).toHaveCount(0);
});

test('draws real polygons once N03 boundaries are imported', async ({ page }) => {
  // What `npm run geo:import -- tests/fixtures/n03/n03-sample.geojson` writes, served in place of
  // the default files so the committed data stays as it is.
  const known = Municipalities.parse(
    JSON.parse(readFileSync('static/data/municipalities.json', 'utf8')),
  );
  const fixture = JSON.parse(readFileSync('tests/fixtures/n03/n03-sample.geojson', 'utf8'));
  const { topology } = importN03(fixture, { known, keep: 1 });
  const index = JSON.parse(readFileSync('static/data/geo/index.json', 'utf8'));
  index.municipalities = {
    file: 'geo/municipalities.topojson',
    object: 'municipalities',
    source: { url: 'https://nlftp.mlit.go.jp/ksj/', title: 'N03 fixture' },
  };
  await page.route('**/data/geo/index.json', (r) => r.fulfill({ json: index }));
  await page.route('**/data/geo/municipalities.topojson', (r) => r.fulfill({ json: topology }));
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/maplibre-gl\.[^/]*\.css$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/regions?city=nihonmatsu');
  const svg = page.getByTestId('svg-map');
  // 安達地方広域行政組合's three members are all in the fixture; ふくしま田園's are not.
  await expect(svg.locator('path[data-framework="adachi-kouiki"]')).not.toHaveClass(/approximate/);
  await expect(svg.locator('path[data-framework="fukushima-denen"]')).toHaveClass(/approximate/);
  await expect(page.getByTestId('legend-real')).toBeVisible();
  await expect(page.getByTestId('legend-approx')).toBeVisible();
  await page.getByTestId('explore-map').click();
  release();
  await expect(page.getByTestId('gl-map')).toHaveAttribute('data-ready', 'true', {
    timeout: 20_000,
  });
});

test('each framework layer can be toggled, prefecture-wide unions start hidden', async ({
  page,
}) => {
  await page.route(/maplibre-gl\.[^/]*\.css$/, () => {});
  await page.goto('/regions?city=nihonmatsu');
  const svg = page.getByTestId('svg-map');
  const area = (id: string) => svg.locator(`path[data-framework="${id}"]`);
  const toggle = (id: string) =>
    page
      .locator(`[data-framework="${id}"][data-testid="framework"]`)
      .getByRole('checkbox', { name: '地図に表示' });
  await expect(area('koriyama-kouikiken')).toHaveCount(1);
  await expect(area('fukushima-kouki')).toHaveCount(0);
  await toggle('koriyama-kouikiken').uncheck();
  await expect(area('koriyama-kouikiken')).toHaveCount(0);
  // A prefecture-wide union has no area; its layer is its members, いわき市 among them.
  await expect(svg.locator('circle[data-code="072044"]')).toHaveCount(0);
  await toggle('fukushima-kouki').check();
  await expect(svg.locator('circle[data-code="072044"]')).toHaveCount(1);
  await expect(area('fukushima-kouki')).toHaveCount(0);
});

test('choosing a framework highlights exactly its members on the map and in the list', async ({
  page,
}) => {
  await openMap(page);
  const card = page.locator('[data-framework="koriyama-kouikiken"][data-testid="framework"]');
  await card
    .getByRole('button', { name: 'こおりやま広域連携中枢都市圏（こおりやま広域圏）' })
    .click();
  await expect(page).toHaveURL(/fw=koriyama-kouikiken/);
  await expect(card).toHaveAttribute('data-selected', 'true');
  await expect.poll(() => highlightedLabels(page)).toEqual(members('koriyama-kouikiken'));
  expect(members('koriyama-kouikiken')).toHaveLength(17);

  await page
    .locator('[data-framework="fukushima-denen"][data-testid="framework"]')
    .getByRole('button', { name: 'ふくしま田園中枢都市圏' })
    .click();
  await expect.poll(() => highlightedLabels(page)).toEqual(members('fukushima-denen'));
  expect(members('fukushima-denen')).toHaveLength(9);
});

test('keeps the plan-vs-present difference visible for 二本松市', async ({ page }) => {
  await page.goto('/regions?city=nihonmatsu');
  const denen = page.locator('[data-framework="fukushima-denen"][data-testid="framework"]');
  await expect(denen.getByTestId('only-in-plan')).toContainText('白石市');
  await expect(denen.getByTestId('only-in-plan')).toContainText('米沢市');
  const koriyama = page.locator('[data-framework="koriyama-kouikiken"][data-testid="framework"]');
  await expect(koriyama.getByTestId('only-now')).toContainText('磐梯町');
});

test('a member chosen from the list shows every framework it belongs to', async ({ page }) => {
  await page.goto('/regions?city=nihonmatsu');
  const adachi = page.locator('[data-framework="adachi-kouiki"][data-testid="framework"]');
  await adachi.getByRole('button', { name: '二本松市', exact: true }).click();
  await expect(page).toHaveURL(/m=072109/);
  const panel = page.getByTestId('municipality-panel');
  await expect(panel.locator('li[data-framework]')).toHaveCount(7);
  await expect(panel.locator('li[data-framework="fukushima-denen"]')).toBeVisible();
  await expect(panel.locator('li[data-framework="koriyama-kouikiken"]')).toBeVisible();
});

test('pointing at a city hall on the WebGL map lists the frameworks it belongs to', async ({
  page,
}) => {
  await openMap(page, '?city=nihonmatsu');
  await expect(page.getByTestId('gl-map')).toHaveAttribute('data-idle', 'true');
  // The city's label sits 8 px right of and 9 px above its dot (RegionMap.svelte).
  const label = page.locator('[data-testid="map-label"][data-code="072109"]');
  const box = (await label.boundingBox())!;
  await page.mouse.move(box.x - 8, box.y + 9);
  const panel = page.getByTestId('municipality-panel');
  await expect(panel).toContainText('二本松市');
  await expect(panel.locator('li[data-framework]')).toHaveCount(7);
  await page.mouse.move(box.x - 200, box.y + 200);
  await expect(panel.locator('li[data-framework]')).toHaveCount(0);
});

test('the list draws its framework cards after the page, then what was left out', async ({
  page,
}) => {
  const card = '[data-testid="framework"]';
  const cardsAtReady = await countAtReady(page, card);
  const omittedAtReady = await countAtReady(page, '[data-testid="omitted"]');
  await page.goto('/regions?city=nihonmatsu');
  expect(await cardsAtReady()).toBe(0);
  expect(await omittedAtReady()).toBe(0);
  const ids = regions.frameworks.filter((f) => f.cities.includes('nihonmatsu'));
  expect(ids.length).toBeGreaterThan(2);
  await expect(page.locator(card)).toHaveCount(ids.length);
  await expect(page.getByTestId('framework-list')).toHaveAttribute('aria-busy', 'false');
  await expect(page.getByTestId('omitted')).toBeVisible();

  // A framework named in the URL is drawn with the page, wherever it sits in the list.
  const last = await page.locator(card).last().getAttribute('data-framework');
  const lastAtReady = await countAtReady(page, `${card}[data-framework="${last}"]`);
  await page.goto(`/regions?city=nihonmatsu&fw=${last}`);
  expect(await lastAtReady()).toBe(1);
  await expect(page.locator(`${card}[data-framework="${last}"]`)).toHaveAttribute(
    'data-selected',
    'true',
  );
});

test('the framework list works from the keyboard', async ({ page }) => {
  await page.goto('/regions?city=ichinoseki');
  const name = page.getByRole('button', { name: '一関・平泉定住自立圏' });
  await name.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/fw=ichinoseki-hiraizumi-teiju/);
  await expect(name).toHaveAttribute('aria-pressed', 'true');
});

test('the overview map places the four cities and links each to its partnership map', async ({
  page,
}) => {
  await page.goto('/regions');
  const overview = page.getByTestId('overview-map');
  await expect(overview.locator('circle[data-city]')).toHaveCount(4);
  await overview.getByRole('link', { name: 'いわき市の広域連携の地図' }).click();
  await expect(page).toHaveURL(/city=iwaki/);
  await expect(page.getByTestId('framework')).toHaveCount(3);
});

test('maplibre is loaded only on /regions and only when asked for, never on the home page', async ({
  page,
}) => {
  // A class name only maplibre's own code contains.
  const MARKER = 'maplibregl-canvas';
  const scripts: string[] = [];
  page.on('response', async (r) => {
    if (r.request().resourceType() === 'script') scripts.push(await r.text());
  });
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((s) => s.includes(MARKER))).toEqual([]);
  await page.goto('/regions');
  await expect(page.getByTestId('svg-map')).toBeVisible();
  await page.waitForLoadState('networkidle');
  // Not even on /regions until the reader asks to zoom: the wheel over the map is asking.
  expect(scripts.filter((s) => s.includes(MARKER))).toEqual([]);
  await page.getByTestId('map-box').hover();
  await page.mouse.wheel(0, -200);
  await expect(page.getByTestId('gl-map')).toHaveAttribute('data-ready', 'true', {
    timeout: 20_000,
  });
  expect(scripts.some((s) => s.includes(MARKER))).toBe(true);
});

for (const lang of ['ja', 'en'] as const) {
  test(`has no axe violations (${lang})`, async ({ page }) => {
    // axe walks the whole map page: ~15 s alone, twice that on a loaded machine.
    test.setTimeout(60_000);
    await openMap(page, lang === 'en' ? '?lang=en&fw=fukushima-denen' : '?fw=fukushima-denen');
    await loadEveryPart(page);
    const result = await new AxeBuilder({ page }).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  });
}

for (const [label, viewport] of [
  ['desktop', { width: 1280, height: 900 }],
  ['phone', { width: 390, height: 844 }],
] as const) {
  test(`screenshots of each city's map (${label})`, async ({ page }, info) => {
    // Four WebGL maps drawn in software, one after another: 22–25 s on an idle 2-core machine,
    // over the 30 s default on a loaded one.
    test.setTimeout(90_000);
    await page.setViewportSize(viewport);
    for (const city of CITIES) {
      await openMap(page, `?city=${city}`);
      await expect(
        page.locator('[data-testid="map-label"]').filter({ visible: true }).first(),
      ).toBeVisible();
      await expect(page.getByTestId('gl-map')).toHaveAttribute('data-idle', 'true');
      const path = info.outputPath(`regions-${city}-${label}.png`);
      await page.getByTestId('map-box').screenshot({ path });
      await page.screenshot({ path: info.outputPath(`regions-${city}-${label}-page.png`) });
    }
  });
}

test('without WebGL the SVG map stays and the page says why', async ({ page }) => {
  // What a browser without WebGL answers: no context for webgl or webgl2.
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (
      this: HTMLCanvasElement,
      type: string,
      ...rest: unknown[]
    ) {
      if (type.startsWith('webgl')) return null;
      return (original as (...a: unknown[]) => RenderingContext | null).call(this, type, ...rest);
    } as typeof original;
  });
  await page.goto('/regions?city=hiratsuka&fw=hiratsuka-joint-fire-command');
  await expect(page.getByTestId('map-box')).toContainText('WebGL');
  await expect(page.getByTestId('gl-map')).toHaveCount(0);
  // No button offers a map this browser cannot draw.
  await expect(page.getByTestId('explore-map')).toHaveCount(0);
  const codes = await page
    .getByTestId('svg-map')
    .locator('circle[data-highlighted="true"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-code')!).sort());
  expect(codes).toEqual(members('hiratsuka-joint-fire-command'));
});

test('URL values that name nothing are ignored with a notice, and dismissing drops them', async ({
  page,
}) => {
  await page.goto('/regions?city=osaka&fw=nope&m=999999&lang=en');
  const notice = page.getByRole('status').filter({ hasText: 'ignored' });
  await expect(notice).toContainText('city=osaka');
  await expect(notice).toContainText('fw=nope');
  await expect(notice).toContainText('m=999999');
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(1);
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
  const params = new URL(page.url()).searchParams;
  expect([params.get('city'), params.get('fw'), params.get('m'), params.get('lang')]).toEqual([
    null,
    null,
    null,
    'en',
  ]);
});
