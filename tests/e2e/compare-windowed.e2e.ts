import AxeBuilder from '@axe-core/playwright';
import { alignByConcept } from '../../src/lib/analysis/alignByConcept';
import { CATEGORY_IDS, type Concept, type PlanItem } from '../../src/lib/data/schemas';
import { makeSyntheticData, serveSyntheticData } from '../../scripts/bench/synthetic';
import { expect, test, type Page } from './test';
import { cityIds, loadPlanJson } from './data';

// A long grid is drawn windowed: only what is near the screen is in the DOM, while Tab still
// walks every row and every item in reading order. Eight cities (clones of the four real plans,
// the bench's synthetic data) in the category with the most items make a grid long enough.
const N = 8;
const data = makeSyntheticData('static/data', N);
const plans = data.ids.map((id) => data.plan(id) as unknown as { id: string; items: PlanItem[] });
const concepts = (data.concepts as unknown as { concepts: Concept[] }).concepts;
const itemsByCity = new Map(plans.map((p) => [p.id, p.items]));
const inCategory = (category: string) =>
  cityIds
    .map(loadPlanJson)
    .reduce(
      (n, p) => n + p.items.filter((i) => i.categories?.includes(category as never)).length,
      0,
    );
const category = [...CATEGORY_IDS].sort((a, b) => inCategory(b) - inCategory(a))[0]!;
const rows = alignByConcept({ cities: data.ids, category, itemsByCity, concepts });
const itemIds = rows.flatMap((r) => r.cells.flat().map((i) => i.id));

const serveSynthetic = (page: Page) => serveSyntheticData(page, data);

const drawnItems = (page: Page) =>
  page.locator('[data-testid="concept-grid"] article[data-item]').count();

test('a windowed grid draws what is near the screen, and Tab reaches every row and item', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await serveSynthetic(page);
  await page.goto(`/compare?cat=${category}`);
  const grid = page.locator('[data-testid="concept-grid"]');
  await expect(grid.locator('article[data-item]').first()).toBeVisible();
  await expect(grid).toHaveAttribute('data-windowed', '');
  await expect(grid).toHaveAttribute('aria-busy', 'false');
  // Far fewer items in the DOM than on the grid; each drawn row says where it stands.
  expect(await drawnItems(page)).toBeLessThan(itemIds.length / 3);
  await expect(grid.locator('> li').first()).toHaveAttribute('aria-setsize', String(rows.length));
  await expect(grid.locator('> li').first()).toHaveAttribute('aria-posinset', '1');

  // From the category menu, Tab by Tab until the focus leaves the grid.
  await page.locator('#grid select').focus();
  const items = new Set<string>();
  const concepts = new Set<string>();
  let most = 0;
  for (let i = 0; i < itemIds.length * 2 + rows.length + 10; i++) {
    await page.keyboard.press('Tab');
    const at = await page.evaluate(() => {
      const el = document.activeElement;
      const row = el?.closest<HTMLElement>('[data-testid="concept-grid"] > li');
      return row
        ? {
            concept: row.dataset.concept!,
            item: el!.closest<HTMLElement>('article[data-item]')?.dataset.item ?? null,
            drawn: document.querySelectorAll('[data-testid="concept-grid"] article').length,
          }
        : null;
    });
    if (!at) {
      if (items.size) break;
      continue;
    }
    concepts.add(at.concept);
    if (at.item) items.add(at.item);
    most = Math.max(most, at.drawn);
  }
  expect([...concepts].sort()).toEqual(rows.map((r) => r.concept?.id ?? '').sort());
  expect([...items].sort()).toEqual([...itemIds].sort());
  // The DOM stayed a window all the way down.
  expect(most).toBeLessThan(itemIds.length / 3);
});

test('a windowed grid draws the rows scrolled to, and stacks on a phone', async ({ page }) => {
  await serveSynthetic(page);
  await page.goto(`/compare?cat=${category}`);
  const grid = page.locator('[data-testid="concept-grid"]');
  await expect(grid.locator('article[data-item]').first()).toBeVisible();
  const last = rows.at(-1)!;
  const lastItem = last.cells.flat().at(-1)!;
  await expect(grid.locator(`article[data-item="${lastItem.id}"]`)).toHaveCount(1);
  // Kept for the keyboard (Shift+Tab enters there), but not on screen: scroll to it.
  await page.evaluate(() => {
    const box = document.querySelector('[data-testid="concept-grid"]')!.getBoundingClientRect();
    scrollTo(0, scrollY + box.bottom - innerHeight);
  });
  const lastRow = grid.locator(`> li[data-concept="${last.concept?.id ?? ''}"]`);
  await expect(lastRow).toBeVisible();
  await expect(lastRow).toHaveAttribute('aria-posinset', String(rows.length));
  // The rows between the top (its first stop is kept for the keyboard) and the screen are not.
  expect(await grid.locator('> li').count()).toBeLessThan(rows.length - 1);

  await page.setViewportSize({ width: 375, height: 800 });
  await page.evaluate(() => document.querySelector('#grid')!.scrollIntoView());
  await expect(grid.locator('article[data-item]').first()).toBeVisible();
  // The grid re-measures its width in the frame after the resize: poll until it has.
  await expect
    .poll(() =>
      page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    )
    .toBeLessThanOrEqual(0);
  // Stacked: one column, so every drawn cell starts at the same left edge.
  const lefts = await grid
    .locator('.cell')
    .evaluateAll((cells) => [
      ...new Set(cells.map((c) => Math.round(c.getBoundingClientRect().left))),
    ]);
  expect(lefts).toHaveLength(1);
});

test('axe: a windowed grid', async ({ page }) => {
  test.setTimeout(120_000);
  await serveSynthetic(page);
  await page.goto(`/compare?cat=${category}`);
  await expect(page.locator('[data-testid="concept-grid"] article').first()).toBeVisible();
  await page.locator('#grid').scrollIntoViewIfNeeded();
  const results = await new AxeBuilder({ page }).include('#grid').analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`),
  ).toEqual([]);
});
