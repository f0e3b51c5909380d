import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './test';
import { alignByConcept } from '../../src/lib/analysis/alignByConcept';
import { CATEGORY_IDS, Concepts } from '../../src/lib/data/schemas';
import { cityIds, index, loadPlanJson } from './data';
import { loadEveryPart } from './lazyParts';

const { concepts } = Concepts.parse(JSON.parse(readFileSync('static/data/concepts.json', 'utf8')));
const tableRows = (page: Page) => page.locator('[data-testid="matrix-table"] tbody tr');
const tableCities = async (page: Page) =>
  tableRows(page).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-city')));
// The table is drawn when the reader opens it, below the heat map.
async function openTable(page: Page) {
  await page.locator('details.table-view > summary').click();
  await expect(page.getByTestId('matrix-table')).toBeVisible();
}
// The heat map's rows in the order shown: one cell of the first category per row.
const heatRows = (page: Page) =>
  page.locator(`[data-testid="heatmap"] g.cell[data-category="${CATEGORY_IDS[0]}"]`);
const rowCities = async (page: Page) =>
  heatRows(page).evaluateAll((cells) => cells.map((c) => c.getAttribute('data-city')));

test('the matrix shows every city of index.json with its counts per category', async ({ page }) => {
  const planFetches: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/data/plans/')) planFetches.push(r.url());
  });
  await page.goto('/compare?metric=count');
  await expect(heatRows(page)).toHaveCount(cityIds.length);
  expect(await rowCities(page)).toEqual(cityIds);
  await openTable(page);
  expect(await tableCities(page)).toEqual(cityIds);
  for (const city of index.cities) {
    const cells = page.locator(`[data-testid="matrix-table"] tr[data-city="${city.id}"] td`);
    await expect(cells.first()).toHaveText(String(city.itemCount));
    for (const [i, category] of CATEGORY_IDS.entries()) {
      const expected = loadPlanJson(city.id).items.filter((it) =>
        it.categories?.includes(category),
      ).length;
      await expect(cells.nth(i + 1)).toHaveText(String(expected));
      await expect(
        page.locator(
          `[data-testid="heatmap"] g[data-city="${city.id}"][data-category="${category}"]`,
        ),
      ).toContainText(String(expected));
    }
  }
  // The strip is below the first screen, and loads as the reader scrolls to it.
  await page.getByRole('heading', { name: 'SDGs 17目標との対応' }).scrollIntoViewIfNeeded();
  const strip = page.locator('[data-testid="sdg-strip"]');
  await expect(strip.locator('g[data-goal]')).toHaveCount(17 * cityIds.length);
  const first = loadPlanJson(cityIds[0]!);
  const goal3 = first.items.filter((i) => i.sdgs?.includes(3)).length;
  const cell = strip.locator(`g[data-city="${cityIds[0]}"][data-goal="3"]`);
  if (goal3 > 0) await expect(cell).toContainText(String(goal3));
  else await expect(cell.locator('text')).toHaveCount(0);
  // The matrix and the strip come from index.json alone: no plan file is fetched for them.
  expect(planFetches).toEqual([]);
});

test('the matrix view exports every item of the chosen cities once the menu is used', async ({
  page,
}) => {
  const chosen = cityIds.slice(1, 3);
  await page.goto(`/compare?cities=${chosen.join(',')}`);
  await expect(heatRows(page)).toHaveCount(chosen.length);
  const loaded = Promise.all(
    chosen.map((c) => page.waitForResponse((r) => r.url().endsWith(`/data/plans/${c}.json`))),
  );
  await page.getByTestId('export-menu').locator('summary').click();
  await loaded;
  const rows = JSON.parse(await download(page, 'この表示の項目（JSON）')) as Array<{ id: string }>;
  const expected = chosen.flatMap((c) => loadPlanJson(c).items.map((i) => i.id));
  expect(rows.map((r) => r.id).sort()).toEqual([...expected].sort());
});

test('the share view and the table sort follow the data', async ({ page }) => {
  await page.goto('/compare');
  await page.getByRole('radio', { name: '掲載項目に占める割合' }).check();
  await expect(page).toHaveURL(/[?&]metric=share/);
  const city = index.cities[0]!;
  const share = Math.round(((city.countsByCategory?.health ?? 0) / city.itemCount) * 100);
  await expect(
    page.locator(`[data-testid="heatmap"] g[data-city="${city.id}"][data-category="health"]`),
  ).toContainText(`${share}%`);
  await openTable(page);
  await page.getByRole('button', { name: '全項目' }).click();
  const byTotal = [...index.cities].sort((a, b) => b.itemCount - a.itemCount).map((c) => c.id);
  await expect.poll(() => tableCities(page)).toEqual(byTotal);
  await expect(page.locator('th[aria-sort="descending"]')).toContainText('全項目');
});

test('a heat-map cell opens the grid at its category, aligned by concept', async ({ page }) => {
  await page.goto('/compare');
  const category = 'health';
  await page
    .locator(`[data-testid="heatmap"] g[data-city="${cityIds[0]}"][data-category="${category}"]`)
    .click();
  await expect(page).toHaveURL(new RegExp(`[?&]cat=${category}`));
  await expect(page.locator('#grid-heading')).toContainText('健康・医療・福祉');
  await expect(page.locator('#grid-heading')).toBeFocused();

  const plans = cityIds.map(loadPlanJson);
  const rows = alignByConcept({
    cities: cityIds,
    category,
    itemsByCity: new Map(plans.map((p) => [p.id, p.items])),
    concepts,
  });
  const grid = page.locator('[data-testid="concept-grid"]');
  await expect(grid.locator('> li')).toHaveCount(rows.length);
  const total = plans.flatMap((p) => p.items.filter((i) => i.categories?.includes(category)));
  await expect(grid.locator('article[data-item]')).toHaveCount(total.length);

  const shared = rows.find((r) => r.concept)!;
  const row = grid.locator(`li[data-concept="${shared.concept!.id}"]`);
  await expect(row.locator('h3')).toHaveText(shared.concept!.label.ja);
  for (const [i, city] of cityIds.entries()) {
    await expect(row.locator(`.cell[data-city="${city}"] article`)).toHaveCount(
      shared.cells[i]!.length,
    );
  }
  // Shared phrases are marked as spans of text, and an item opens its source line.
  await expect(grid.locator('mark').first()).toBeVisible();
  const item = shared.cells.flat()[0]!;
  const card = row.locator(`article[data-item="${item.id}"]`);
  await expect(card.locator('.title')).toHaveText(item.title);
  await card.getByRole('link').click();
  const city = item.id.split('/')[0]!;
  await expect(page).toHaveURL(
    new RegExp(`/plans/${city}\\?(.*&)?item=${encodeURIComponent(item.id)}`),
  );
  await expect(page.locator('[data-testid="source-viewer"] li.hit').first()).toBeVisible();
});

test('choosing and ordering cities is in the URL; back and forward restore it', async ({
  page,
}) => {
  const [a, b, c] = cityIds;
  await page.goto(`/compare?cities=${b},${a}&cat=safety&lang=en`);
  await expect.poll(() => rowCities(page)).toEqual([b, a]);
  await expect(page.locator('[data-testid="concept-grid"] > li').first()).toBeVisible();
  const name = (id: string) => index.cities.find((x) => x.id === id)!.name.en;

  await page.getByRole('checkbox', { name: name(c!) }).check();
  await expect(page).toHaveURL(new RegExp(`cities=${b}%2C${a}%2C${c}`));
  await expect.poll(() => rowCities(page)).toEqual([b, a, c]);

  await page.getByRole('button', { name: `Move ${name(c!)} earlier` }).click();
  await expect.poll(() => rowCities(page)).toEqual([b, c, a]);
  // The view changes in the frame of the click; the history entry follows after the paint.
  await expect(page).toHaveURL(new RegExp(`cities=${b}%2C${c}%2C${a}`));
  await expect(
    page.locator('[data-testid="concept-grid"] > li').first().locator('.cell').first(),
  ).toHaveAttribute('data-city', b!);

  await page.goBack();
  await expect.poll(() => rowCities(page)).toEqual([b, a, c]);
  await page.goBack();
  await expect.poll(() => rowCities(page)).toEqual([b, a]);
  await page.goForward();
  await expect.poll(() => rowCities(page)).toEqual([b, a, c]);
  await expect(page).toHaveURL(/cat=safety/);
  await expect(page).toHaveURL(/lang=en/);
  await expect(page.locator('h1')).toHaveText('Compare plans');
});

// Two controls in one task: the category menu to 子ども, and the picker's second box (the picker
// lists the cities in index.json's order, so that is the second city). Returns what the first
// frame after them shows.
const chooseChildrenAndDropSecondCity = (page: Page) =>
  page.evaluate(() => {
    const select = document.querySelector<HTMLSelectElement>('#grid select')!;
    select.value = 'children';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    document
      .querySelector<HTMLInputElement>('fieldset.city-picker li:nth-of-type(2) input')!
      .click();
    return new Promise<{ heading: string; busy: string | null; presentFrom: string | null }>(
      (resolve) =>
        requestAnimationFrame(() => {
          const present = document.querySelector<HTMLAnchorElement>('.site-footer a')!;
          resolve({
            heading: document.querySelector('#grid-heading')!.textContent!,
            busy: document.querySelector('[data-testid="concept-grid"]')!.getAttribute('aria-busy'),
            // The footer's presentation link carries the view it would open.
            presentFrom: new URL(present.href).searchParams.get('from'),
          });
        }),
    );
  });

test('a change shows at once, changes in quick succession all reach the URL, Back undoes them', async ({
  page,
}) => {
  await page.goto('/compare?cat=health');
  await expect(page.locator('#grid article[data-item]').first()).toBeVisible();
  const second = cityIds[1]!;
  // The grid switches before any navigation could have finished.
  const { heading: headingThen } = await chooseChildrenAndDropSecondCity(page);
  expect(headingThen).toContain('子ども');
  await expect(page).toHaveURL(/[?&]cat=children/);
  await expect(page).toHaveURL(new RegExp(`[?&]cities=(?![^&]*${second})`));
  await expect(page.locator(`#grid .cell[data-city="${second}"]`)).toHaveCount(0);
  await page.goBack();
  await expect(page).toHaveURL(/[?&]cat=health/);
  await expect(page).not.toHaveURL(/cities=/);
  await expect(page.locator('#grid-heading')).toContainText('健康');
  await expect(page.locator(`#grid .cell[data-city="${second}"]`).first()).toBeVisible();
});

test('the input frame shows the choice; the grid and the charts below follow, then are not busy', async ({
  page,
}) => {
  await page.goto('/compare?cat=health');
  const grid = page.getByTestId('concept-grid');
  await expect(grid.locator('article[data-item]').first()).toBeVisible();
  await expect(grid).toHaveAttribute('aria-busy', 'false');
  const second = cityIds[1]!;
  // What the first frame after the input shows: the picker and the headings have changed, the
  // grid below still shows the rows it had and says it is busy.
  const firstFrame = await chooseChildrenAndDropSecondCity(page);
  expect(firstFrame).toEqual({
    heading: expect.stringContaining('子ども'),
    busy: 'true',
    presentFrom: expect.stringMatching(/^\/compare\?/),
  });
  // Links that carry the view along follow the input in its own frame, not when the URL catches
  // up: the footer's presentation link already opens the new choice.
  const from = new URLSearchParams(firstFrame.presentFrom!.split('?')[1]);
  expect(from.get('cat')).toBe('children');
  expect(from.get('cities')?.split(',')).toEqual(cityIds.filter((c) => c !== second));
  // Then the grid is of the new category and city set, drawn in full.
  await expect(grid).toHaveAttribute('aria-busy', 'false');
  await expect(page.locator(`#grid .cell[data-city="${second}"]`)).toHaveCount(0);
  const expected = alignByConcept({
    cities: cityIds.filter((c) => c !== second),
    category: 'children',
    itemsByCity: new Map(cityIds.map((c) => [c, loadPlanJson(c).items])),
    concepts,
  });
  await expect(grid.locator('article[data-item]')).toHaveCount(
    expected.reduce((n, r) => n + r.cells.flat().length, 0),
  );
  await expect(heatRows(page)).toHaveCount(cityIds.length - 1);
});

test('a change still on its way to the URL is dropped when the reader goes to another page', async ({
  page,
}) => {
  await page.goto('/compare?cat=health');
  await expect(page.locator('#grid select')).toBeVisible();
  // The change and a click on the header's link in one task: the navigation starts before the
  // change could reach the URL.
  await page.evaluate(() => {
    const select = document.querySelector<HTMLSelectElement>('#grid select')!;
    select.value = 'children';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    document.querySelector<HTMLAnchorElement>('header a[href$="/shared"]')!.click();
  });
  await expect(page).toHaveURL(/\/shared$/);
  await expect(page.locator('h1')).toBeVisible();
  // Give an idle callback every chance to run: two frames and a task after the page settled.
  await page.evaluate(
    () => new Promise((r) => requestIdleCallback(() => requestAnimationFrame(() => setTimeout(r)))),
  );
  await expect(page).toHaveURL(/\/shared$/);
});

test('invalid parameters are ignored with a notice that names them', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`/compare?cities=tokyo,${cityIds[1]},${cityIds[1]}&cat=welfare&metric=%3Cb%3E`);
  const notice = page.locator('.notice');
  await expect(notice).toContainText('cities=tokyo');
  await expect(notice).toContainText(`cities=${cityIds[1]}`);
  await expect(notice).toContainText('cat=welfare');
  await expect(notice).toContainText('metric=<b>');
  await expect.poll(() => rowCities(page)).toEqual([cityIds[1]]);
  await expect(page.locator('#grid-heading')).toHaveText('項目の並列表示');
  await notice.getByRole('button').click();
  await expect(notice).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`/compare\\?cities=${cityIds[1]}$`));

  await page.goto('/compare?cities=%%,,');
  await expect(page.locator('.notice')).toContainText('%%');
  await expect(heatRows(page)).toHaveCount(cityIds.length);
  expect(errors).toEqual([]);
});

test('the phone layout stacks the grid without a horizontal page scroll', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/compare?cat=children');
  await expect(page.locator('[data-testid="concept-grid"] article').first()).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  // Stacked cells of cities with nothing on a row are left out on a phone.
  const plans = cityIds.map(loadPlanJson);
  const rows = alignByConcept({
    cities: cityIds,
    category: 'children',
    itemsByCity: new Map(plans.map((p) => [p.id, p.items])),
    concepts,
  });
  const emptyAt = rows.findIndex((r) => r.cells.some((c) => c.length === 0));
  expect(emptyAt).toBeGreaterThanOrEqual(0);
  const row = page.locator('[data-testid="concept-grid"] > li').nth(emptyAt);
  const city = cityIds[rows[emptyAt]!.cells.findIndex((c) => c.length === 0)]!;
  await expect(row.locator(`.cell[data-city="${city}"]`)).toBeHidden();
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(row.locator(`.cell[data-city="${city}"]`)).toBeVisible();
});

async function download(page: Page, button: string): Promise<string> {
  const menu = page.getByTestId('export-menu');
  if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open)))
    await menu.locator('summary').click();
  const pending = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  return readFileSync((await (await pending).path())!, 'utf8');
}

test('exports: the grid’s items as JSON, the heat map as SVG with title, legend and footer', async ({
  page,
}) => {
  const chosen = cityIds.slice(0, 2);
  await page.goto(`/compare?cities=${chosen.join(',')}&cat=industry`);
  await expect(page.locator('[data-testid="concept-grid"] article').first()).toBeVisible();
  const plans = chosen.map(loadPlanJson);
  const expected = plans.flatMap((p) =>
    p.items.filter((i) => i.categories?.includes('industry')).map((i) => i.id),
  );
  const rows = JSON.parse(await download(page, 'この表示の項目（JSON）')) as Array<{
    id: string;
    line: number;
  }>;
  expect(rows.map((r) => r.id).sort()).toEqual([...expected].sort());

  const svg = await download(page, '分類ごとの比較（掲げる段階（目標・施策・取組））（SVG）');
  expect(svg).toContain('<svg');
  expect(svg).toContain('分類ごとの比較（掲げる段階（目標・施策・取組））');
  expect(svg).toContain('出典：各市の総合計画を加工して作成');
  expect(svg).toContain('目標として掲げる');
  for (const plan of plans) expect(svg).toContain(plan.plan.title);
  const other = index.cities.find((c) => !chosen.includes(c.id))!;
  expect(svg).not.toContain(other.plan.title);
});

test('a city toggled off shrinks the heat map’s box, not its <svg>; its export shows the rows left', async ({
  page,
}) => {
  await page.goto('/compare');
  const svg = page.locator('[data-testid="heatmap"] svg');
  await expect(heatRows(page)).toHaveCount(cityIds.length);
  const height = async () =>
    svg.evaluate((el) => ({
      svg: Number(el.getAttribute('height')),
      drawn: Number(el.getAttribute('data-height')),
      box: el.parentElement!.getBoundingClientRect().height,
    }));
  const before = await height();
  expect(before.box).toBe(before.drawn);
  const heatSvg = '分類ごとの比較（掲げる段階（目標・施策・取組））（SVG）';
  // The chart's own <svg> inside the exported file: its height is the extent exported.
  const exportedHeight = async () =>
    Number(
      /<svg[^>]*>[\s\S]*?<svg[^>]*\sheight="([\d.]+)"/.exec(await download(page, heatSvg))![1],
    );
  const exportedBefore = await exportedHeight();
  const name = index.cities[1]!.name.ja;
  const box = page.locator('fieldset.city-picker').getByRole('checkbox', { name, exact: true });
  await box.click();
  await expect(heatRows(page)).toHaveCount(cityIds.length - 1);
  const after = await height();
  // One row (40 px) less in the box; the <svg> keeps its size, so no text in it is laid out again.
  expect(after).toEqual({ svg: before.svg, drawn: before.drawn - 40, box: before.drawn - 40 });
  // The export is of the rows shown, not of the <svg>'s kept size.
  expect(await exportedHeight()).toBe(exportedBefore - 40);
  await box.click();
  await expect(heatRows(page)).toHaveCount(cityIds.length);
  expect(await height()).toEqual(before);
});

for (const lang of ['ja', 'en']) {
  test(`axe: compare with the grid open (${lang})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(`/compare?cat=health${lang === 'en' ? '&lang=en' : ''}`);
    await expect(page.locator('[data-testid="concept-grid"] article').first()).toBeVisible();
    await loadEveryPart(page);
    await expect(page.locator('[data-testid="sdg-strip"] svg')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    const results = await new AxeBuilder({ page }).analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`),
    ).toEqual([]);
  });
}
