import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test } from './test';
import { conceptCities, countIntersections } from '../../src/lib/analysis/countIntersections';
import { Concepts } from '../../src/lib/data/schemas';
import { cityIds, index, loadPlanJson } from './data';
import { countAtReady } from './countAtReady';
import { loadEveryPart } from './lazyParts';

const concepts = Concepts.parse(JSON.parse(readFileSync('static/data/concepts.json', 'utf8')));
const setKey = (cities: string[]) => cities.join('+');

test('the UpSet plot and the list show every combination of the chosen cities', async ({
  page,
}) => {
  await page.goto('/shared');
  const upset = countIntersections(concepts.concepts, cityIds);
  expect(upset.intersections.length).toBeGreaterThan(0);
  const columns = page.locator('[data-testid="upset"] a[data-set]');
  await expect(columns).toHaveCount(upset.intersections.length);
  for (const set of upset.intersections) {
    const key = setKey(set.cities);
    await expect(page.locator(`[data-testid="upset"] a[data-set="${key}"] text.count`)).toHaveText(
      String(set.concepts.length),
    );
    const group = page.locator(`[data-testid="concepts"] section[data-set="${key}"]`);
    await expect(group.locator('article[data-concept]')).toHaveCount(set.concepts.length);
  }
  // A column links to its combination's list.
  const last = upset.intersections.at(-1)!;
  await page.locator(`[data-testid="upset"] a[data-set="${setKey(last.cities)}"]`).click();
  await expect(page).toHaveURL((url) => url.hash === `#set-${setKey(last.cities)}`);
  await expect(page.locator(`section[id="set-${setKey(last.cities)}"]`)).toBeInViewport();
  for (const size of upset.setSizes) {
    await expect(page.locator(`[data-testid="upset"] g[data-city="${size.city}"]`)).toContainText(
      String(size.size),
    );
  }
});

test('the first render draws 6 cards and no chart; the chart and the rest follow', async ({
  page,
}) => {
  // The chart is drawn once, at the width its box measures; the cards after the first 6, in
  // batches after it.
  const chartsAtReady = await countAtReady(page, '[data-testid="upset"] svg');
  const cardsAtReady = await countAtReady(page, 'article[data-concept]');
  await page.goto('/shared');
  expect(await chartsAtReady()).toBe(0);
  expect(await cardsAtReady()).toBe(6);
  const upset = countIntersections(concepts.concepts, cityIds);
  const total = upset.intersections.reduce((n, set) => n + set.concepts.length, 0);
  await expect(page.locator('article[data-concept]')).toHaveCount(total);
  await expect(page.locator('[data-testid="upset"] svg')).toHaveCount(1);
  await expect(page.locator('[data-testid="concepts"]')).toHaveAttribute('aria-busy', 'false');
});

test('opening a concept shows each city’s items side by side, linked to their lines', async ({
  page,
}) => {
  const concept = concepts.concepts.find((c) => conceptCities(c, cityIds).length === 4)!;
  await page.goto('/shared');
  const card = page.locator(`article[data-concept="${concept.id}"]`);
  await card.getByRole('button', { name: '各市の項目を表示' }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]concept=${concept.id}`));
  await expect(card).toContainText(concept.why.ja);
  for (const city of cityIds) {
    const plan = loadPlanJson(city);
    const ids = concept.items.filter((id) => id.startsWith(`${city}/`));
    const column = card.locator(`section[data-city="${city}"]`);
    await expect(column.locator('a[data-item]')).toHaveCount(ids.length);
    const first = plan.items.find((i) => i.id === ids[0])!;
    const link = column.locator(`a[data-item="${first.id}"]`);
    await expect(link).toHaveText(first.title);
    await expect(link).toHaveAttribute(
      'href',
      // The concept's terms ride along, for the viewer to mark.
      `/plans/${city}?${new URLSearchParams({
        item: first.id,
        mark: (concept.terms ?? []).map((t) => t.normalize('NFKC').toLowerCase()).join(' '),
      })}`,
    );
  }
  await page.goBack();
  await expect(page).not.toHaveURL(/concept=/);
  await expect(card.locator('section[data-city]')).toHaveCount(0);
});

test('a member matched by a sentence of its text shows that sentence and its line', async ({
  page,
}) => {
  const concept = concepts.concepts.find(
    (c) => conceptCities(c, cityIds).length >= 2 && c.members?.some((mm) => mm.from === 'text'),
  )!;
  const member = concept.members!.find((mm) => mm.from === 'text')!;
  await page.goto(`/shared?concept=${concept.id}`);
  const card = page.locator(`article[data-concept="${concept.id}"]`);
  const quote = card.locator(`[data-quote-for="${member.item}"]`);
  await expect(quote).toContainText(`本文の文（${member.source.line}行目）`);
  await expect(quote.locator('q')).toHaveText(member.source.quote);
  await expect(card.locator('[data-level]')).toHaveAttribute('data-level', concept.level!);
});

test('?cities= limits and orders the comparison; unknown values get a notice', async ({ page }) => {
  const chosen = [cityIds[3]!, cityIds[1]!];
  await page.goto(`/shared?cities=${chosen.join(',')},atlantis`);
  await expect(page.getByRole('status').filter({ hasText: 'atlantis' })).toBeVisible();
  const upset = countIntersections(concepts.concepts, chosen);
  await expect(page.locator('[data-testid="upset"] a[data-set]')).toHaveCount(
    upset.intersections.length,
  );
  await expect(page.locator('[data-testid="upset"] g[data-city]')).toHaveCount(2);
  const names = await page.locator('[data-testid="unique"] h3').allTextContents();
  const byId = new Map(index.cities.map((c) => [c.id, c.name.ja]));
  expect(names).toEqual(chosen.map((c) => byId.get(c)));
});

test('an unknown ?concept= is ignored with a notice', async ({ page }) => {
  await page.goto('/shared?concept=no-such-concept');
  await expect(page.getByRole('status').filter({ hasText: 'no-such-concept' })).toBeVisible();
  await expect(page.locator('article[data-concept]').first()).toBeVisible();
});

test('each city lists its unique approaches with the reason and the items', async ({ page }) => {
  await page.goto('/shared?lang=en');
  for (const city of cityIds) {
    const own = concepts.unique.filter((u) => u.city === city);
    const section = page.locator(`[data-testid="unique"] section[data-city="${city}"]`);
    await expect(section.locator('article')).toHaveCount(own.length);
    if (own[0]) await expect(section).toContainText(own[0].why.en);
  }
  const approach = concepts.unique[0]!;
  const section = page.locator(`[data-testid="unique"] section[data-city="${approach.city}"]`);
  await section.locator('article').first().getByRole('button').click();
  await expect(section.locator('article').first().locator('a[data-item]')).toHaveCount(
    approach.items.length,
  );
});

for (const lang of ['ja', 'en']) {
  test(`axe: shared with a concept open (${lang})`, async ({ page }) => {
    test.setTimeout(90_000);
    const concept = concepts.concepts.find((c) => conceptCities(c, cityIds).length >= 2)!;
    await page.goto(`/shared?concept=${concept.id}${lang === 'en' ? '&lang=en' : ''}`);
    await expect(
      page.locator(`article[data-concept="${concept.id}"] a[data-item]`).first(),
    ).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await loadEveryPart(page);
    const results = await new AxeBuilder({ page }).analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`),
    ).toEqual([]);
  });
}

test('at phone width no view of this set scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const concept = concepts.concepts.find((c) => conceptCities(c, cityIds).length === 4)!;
  for (const [path, ready] of [
    [`/shared?concept=${concept.id}`, `article[data-concept="${concept.id}"] a[data-item]`],
    ['/search?q=%E9%98%B2%E7%81%BD', 'li[data-item]'],
    ['/method?lang=en', '[data-testid="confusion"]'],
  ] as const) {
    await page.goto(path);
    await expect(page.locator(ready).first()).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
