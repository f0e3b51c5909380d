// Comparisons a planner can trust: every place that compares cities says what each city's text is
// (its document kind, from the plans' `sources[].scope`), the default comparison is the level a
// category is named at, shares are labelled as shares of the items in the available text, and
// exports carry the scope in their footer and cite only the plans they show.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './test';
import { index } from './data';
import { KIND_NAMES, kindsText } from '../../src/lib/data/documentScope';
import { makeLevelMatrix } from '../../src/lib/analysis/categoryLevels';
import { CATEGORY_IDS } from '../../src/lib/data/schemas';

const LANGS = ['ja', 'en'] as const;
const suffix = (lang: 'ja' | 'en', sep = '?') => (lang === 'en' ? `${sep}lang=en` : '');

async function download(page: Page, button: RegExp): Promise<{ name: string; path: string }> {
  const menu = page.getByTestId('export-menu');
  if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open)))
    await menu.locator('summary').click();
  const pending = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await pending;
  return { name: file.suggestedFilename(), path: (await file.path())! };
}

for (const lang of LANGS) {
  test(`/compare names each city's document kind beside the heat map and the emphasis (${lang})`, async ({
    page,
  }) => {
    await page.goto(`/compare${suffix(lang)}`);
    const scopes = page.getByTestId('document-scopes');
    for (const city of index.cities)
      await expect(
        scopes.locator(`li[data-city="${city.id}"] [data-testid="document-kind"]`),
      ).toHaveText(kindsText(city, lang));
    // Under each city's name in the heat map itself.
    await expect(page.getByTestId('heatmap').locator('text.row-sub')).toHaveText(
      index.cities.map((c) => kindsText(c, lang)),
    );
    // No seed text is a whole plan, and the page does not pretend otherwise.
    await expect(scopes.getByTestId('document-kind')).not.toContainText([KIND_NAMES.whole[lang]]);

    // The default: the level each category is named at, with goal and policy counts.
    const level = page.getByRole('radio', {
      name:
        lang === 'ja'
          ? '掲げる段階（目標・施策・取組）'
          : 'Level addressed (goal, policy, measure)',
    });
    await expect(level).toBeChecked();
    const rows = makeLevelMatrix(index.cities, [...CATEGORY_IDS]);
    for (const row of rows)
      for (const cell of row.cells) {
        const g = page.locator(
          `[data-testid="heatmap"] g[data-city="${row.city}"][data-category="${cell.category}"]`,
        );
        const word = {
          ja: { goal: '目標', policy: '施策', measure: '取組', other: '方針等' },
          en: { goal: 'Goal', policy: 'Policy', measure: 'Measure', other: 'Other' },
        }[lang];
        await expect(g.locator('text').first()).toHaveText(cell.top ? word[cell.top] : '—');
        if (cell.top)
          await expect(g.locator('text.detail')).toHaveText(
            lang === 'ja'
              ? `目標${cell.counts.goal}・施策${cell.counts.policy}`
              : `G${cell.counts.goal} · P${cell.counts.policy}`,
          );
      }
    await expect(page.getByTestId('level-legend')).toBeVisible();

    // Shares stay available, labelled as shares of the items in the available text; in the URL.
    const share = lang === 'ja' ? '掲載項目に占める割合' : 'Share of items in the available text';
    await page.getByRole('radio', { name: share }).check();
    await expect(page).toHaveURL(/[?&]metric=share/);
    await expect(page.getByTestId('share-label')).toBeVisible();
    await page.reload();
    await expect(page.getByRole('radio', { name: share })).toBeChecked();
    await level.check();
    await expect(page).not.toHaveURL(/metric=/);

    // The emphasis bars: each city's kind beside its name, the heading says what the share is of.
    await page.locator('#overview').scrollIntoViewIfNeeded();
    const emphasis = page.getByTestId('emphasis');
    for (const city of index.cities)
      await expect(
        emphasis.locator(`figure[data-city="${city.id}"] [data-testid="document-kind"]`),
      ).toHaveText(kindsText(city, lang));
    await expect(page.locator('#overview')).toContainText(
      lang === 'ja' ? '掲載項目に占める割合' : 'share of items in the available text',
    );
  });

  test(`an export's footer names each text's kind, and one city's chart cites only its plan (${lang})`, async ({
    page,
  }) => {
    await page.goto(`/compare${suffix(lang)}`);
    const heat = await download(
      page,
      lang === 'ja' ? /分類ごとの比較.*SVG/ : /Categories compared.*SVG/,
    );
    const svg = readFileSync(heat.path, 'utf8');
    for (const city of index.cities) {
      expect(svg).toContain(city.plan.title.replace(/&/g, '&amp;'));
      expect(svg).toContain(kindsText(city, lang));
    }
    // The rotated column labels are inside the file's chart, not cut at its box.
    expect(svg).toMatch(/<svg[^>]+viewBox="-?\d+ -?\d+ \d+ \d+"[^>]*overflow="visible"/u);

    await page.locator('#overview').scrollIntoViewIfNeeded();
    await expect(page.getByTestId('emphasis').locator('figure[data-city="iwaki"]')).toBeVisible();
    const iwaki = index.cities.find((c) => c.id === 'iwaki')!;
    const one = await download(page, new RegExp(`${iwaki.name[lang]}.*SVG`));
    const text = readFileSync(one.path, 'utf8');
    expect(text).toContain(iwaki.plan.title);
    for (const other of index.cities.filter((c) => c.id !== 'iwaki'))
      expect(text).not.toContain(other.plan.title);
    expect(text).toContain(kindsText(iwaki, lang));

    // The citation names each text's kind, in both languages whatever the UI shows.
    await page.locator('footer').scrollIntoViewIfNeeded();
    await page
      .getByRole('heading', { name: lang === 'ja' ? 'この表示を引用する' : 'Cite this view' })
      .click();
    await expect(page.getByTestId('citation-ja')).toContainText(
      `一関市「${index.cities.find((c) => c.id === 'ichinoseki')!.plan.title}」（資料：概要版）`,
    );
    await expect(page.getByTestId('citation-en')).toContainText('(text: summary)');
  });

  test(`the emphasis slide says what each text is, and its PNG is the whole slide (${lang})`, async ({
    page,
  }) => {
    await page.goto(`/present?slide=3${suffix(lang, '&')}`);
    const slide = page.getByTestId('slide');
    await expect(slide.getByTestId('slide-figure')).toHaveAttribute('data-kind', 'categories');
    // The note and the 出典 line name each text's kind (compared without the line breaks).
    const words = (await slide.textContent())!.replace(/\s/gu, '');
    for (const city of index.cities)
      expect(words).toContain(kindsText(city, lang).replace(/\s/gu, ''));
    await page.mouse.move(200, 200);
    const pending = page.waitForEvent('download');
    await page.getByRole('button', { name: lang === 'ja' ? 'スライドPNG' : /PNG/ }).click();
    const png = readFileSync((await (await pending).path())!);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1920, 1080]);
  });

  test(`P while reading the unique approaches opens their slide, not the UpSet plot (${lang})`, async ({
    page,
  }) => {
    await page.goto(`/shared${suffix(lang)}`);
    await expect(page.getByTestId('upset')).toBeVisible();
    await page.locator('#unique-heading').evaluate((h) => h.scrollIntoView({ block: 'start' }));
    await page.locator('body').press('p');
    await expect(page).toHaveURL(/\/present\?/);
    expect(new URL(page.url()).searchParams.get('from')).toMatch(
      /^\/shared(\?lang=en)?#unique-heading$/,
    );
    await expect(page.getByTestId('slide').getByTestId('slide-figure')).toHaveAttribute(
      'data-kind',
      'unique',
    );
  });
}

test('on a 412px phone, /compare shows every city’s document kind and the level view fits', async ({
  page,
}) => {
  await page.setViewportSize({ width: 412, height: 915 });
  await page.goto('/compare');
  for (const city of index.cities)
    await expect(
      page
        .getByTestId('document-scopes')
        .locator(`li[data-city="${city.id}"] [data-testid="document-kind"]`),
    ).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const figure = page.getByTestId('heatmap');
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator('g.cell')).toHaveCount(index.cities.length * CATEGORY_IDS.length);
  // Each cell names its level in the words that fit: the short word, or in a column too narrow
  // for it the one-character mark the legend explains; either stays inside its cell.
  const rows = makeLevelMatrix(index.cities, [...CATEGORY_IDS]);
  const abbr = { goal: '目', policy: '施', measure: '取', other: '方' };
  const word = { goal: '目標', policy: '施策', measure: '取組', other: '方針等' };
  for (const cell of rows[0]!.cells) {
    const g = figure.locator(`g[data-city="${rows[0]!.city}"][data-category="${cell.category}"]`);
    const shown = (await g.locator('text').first().textContent())!.trim();
    expect(cell.top ? [abbr[cell.top], word[cell.top]] : ['—']).toContain(shown);
    const [rect, text] = [
      (await g.locator('rect').first().boundingBox())!,
      (await g.locator('text').first().boundingBox())!,
    ];
    expect(text.width).toBeLessThanOrEqual(rect.width);
  }
  await expect(page.getByTestId('level-legend')).toContainText('目標として掲げる（目）');
});
