import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test } from './test';
import { Evaluation, Taxonomy } from '../../src/lib/data/schemas';
import { index } from './data';
import { loadEveryPart } from './lazyParts';

const read = (f: string) => JSON.parse(readFileSync(`static/data/${f}`, 'utf8')) as unknown;
const taxonomy = Taxonomy.parse(read('taxonomy.json'));
const evaluation = Evaluation.parse(read('evaluation.json'));

test('the method page shows the taxonomy with examples and per-city counts', async ({ page }) => {
  await page.goto('/method');
  for (const category of taxonomy.categories) {
    const article = page.locator(`article[data-category="${category.id}"]`);
    await expect(article.getByRole('heading', { level: 3 })).toContainText(category.label.ja);
    await expect(article).toContainText(category.description.ja);
    for (const example of category.counts ?? []) await expect(article).toContainText(example.ja);
    for (const example of category.doesNotCount ?? [])
      await expect(article).toContainText(example.ja);
    for (const city of index.cities) {
      await expect(article.locator(`[data-city="${city.id}"]`)).toHaveText(
        `${city.name.ja} ${city.countsByCategory?.[category.id] ?? 0}`,
      );
    }
  }
});

test('the method page shows the evaluation figures of evaluation.json', async ({ page }) => {
  await page.goto('/method?lang=en');
  const table = page.getByTestId('eval-table');
  for (const c of evaluation.final.categories) {
    const row = table.locator(`tr[data-category="${c.id}"]`);
    await expect(row.locator('td')).toHaveText([
      String(c.support),
      c.precision.toFixed(3),
      c.recall.toFixed(3),
      c.f1.toFixed(3),
      evaluation.rulesOnly.categories.find((r) => r.id === c.id)!.f1.toFixed(3),
    ]);
  }
  await expect(page.getByTestId('macro-f1')).toContainText(evaluation.final.macroF1.toFixed(3));
  if (evaluation.pairs)
    await expect(page.getByTestId('pair-scores')).toContainText(
      `precision ${evaluation.pairs.precision.toFixed(3)}, recall ${evaluation.pairs.recall.toFixed(3)}`,
    );
  await expect(page.getByTestId('params').locator('tbody tr')).toHaveCount(
    Object.keys(evaluation.params).length,
  );
});

test('the method page shows the held-out label figures beside the training ones', async ({
  page,
}) => {
  const held = evaluation.heldOutLabels;
  expect(held, 'evaluation.json has held-out label figures').toBeTruthy();
  for (const [lang, training, heldOut, dev] of [
    ['ja', '学習時', '未知のデータ', '開発用データ'],
    ['en', 'training', 'held out', 'dev set'],
  ] as const) {
    await page.goto(`/method${lang === 'en' ? '?lang=en' : ''}`);
    const table = page.getByTestId('held-out-table');
    const cells = (
      f: { items: number; labelsStrict: number; macroF1: number; sdgsStrict: number },
      kind: string,
    ) => [
      kind,
      String(f.items),
      f.labelsStrict.toFixed(3),
      f.macroF1.toFixed(3),
      f.sdgsStrict.toFixed(3),
    ];
    await expect(table.locator('tr[data-row="seeds-training"] td')).toHaveText(
      cells(held!.loo.training, training),
    );
    await expect(table.locator('tr[data-row="seeds-loo"] td')).toHaveText(
      cells(held!.loo.heldOut, heldOut),
    );
    for (const c of held!.loo.cities)
      await expect(table.locator(`tr[data-row="loo-${c.city}"] td`)).toHaveText(
        cells(c.heldOut, heldOut),
      );
    if (held!.devSet)
      await expect(table.locator('tr[data-row="dev-labeller"] td')).toHaveText(
        cells(held!.devSet.labeller, dev),
      );
    // Each hand-written unseen list: its recorded first read (unseen) and its figure now (tuned on).
    const unseen = evaluation.unseenTitles ?? [];
    expect(unseen.length, 'evaluation.json scores the unseen-titles lists').toBeGreaterThan(0);
    for (const u of unseen) {
      await expect(table.locator(`tr[data-row="unseen-now-${u.file}"] td`)).toHaveText(
        cells(u, training),
      );
      if (u.firstRead)
        await expect(table.locator(`tr[data-row="unseen-first-${u.file}"] td`)).toHaveText([
          heldOut,
          String(u.items),
          u.firstRead.labelsStrict.toFixed(3),
          '—',
          u.firstRead.sdgsStrict.toFixed(3),
        ]);
    }
    expect(
      unseen.filter((u) => u.firstRead).length,
      'every unseen list records its first read',
    ).toBe(unseen.length);
  }
});

test('the method page shows concept precision and recall per method, training, held out and dev', async ({
  page,
}) => {
  const figures = evaluation.concepts!;
  await page.goto('/method?lang=en');
  const table = page.getByTestId('concept-pairs');
  await expect(table.locator('tbody tr')).toHaveCount(figures.methods.length * 3);
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  for (const method of figures.methods) {
    for (const set of ['training', 'leaveOneCityOut', 'dev'] as const) {
      const f = method[set];
      const row = table.locator(`tr[data-method="${method.id}"][data-set="${set}"]`);
      await expect(row.locator('td')).toHaveText([
        /./,
        pct(f.precision),
        pct(f.recall),
        `${f.tp} / ${f.fp} / ${f.fn}`,
      ]);
    }
  }
  const unique = page.getByTestId('concept-unique');
  await expect(unique.locator('tr[data-set="leaveOneCityOut"] td').first()).toHaveText(
    `${pct(figures.unique.leaveOneCityOut.recall)} (${figures.unique.leaveOneCityOut.found}/${figures.unique.leaveOneCityOut.gold})`,
  );
  const dev = figures.unique.dev;
  if (dev)
    await expect(unique.locator('tr[data-set="dev"] td')).toHaveText([
      `${pct(dev.recall)} (${dev.found}/${dev.gold})`,
      `${pct(dev.shownSharedRate)} (${dev.shownShared})`,
      String(dev.entries),
    ]);
});

for (const lang of ['ja', 'en']) {
  test(`axe: method (${lang})`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto(`/method${lang === 'en' ? '?lang=en' : ''}`);
    await expect(page.getByTestId('eval-table')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await loadEveryPart(page);
    const results = await new AxeBuilder({ page }).analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`),
    ).toEqual([]);
  });
}

test('the confusion matrix shows evaluation.json cell by cell', async ({ page }) => {
  await page.goto('/method');
  const rows = page.getByTestId('confusion').locator('tbody tr');
  const { matrix } = evaluation.final.confusion;
  await expect(rows).toHaveCount(matrix.length);
  for (const [r, row] of matrix.entries())
    await expect(rows.nth(r).locator('td')).toHaveText(row.map(String));
});
