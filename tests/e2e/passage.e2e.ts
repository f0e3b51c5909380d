// The viewer shows the passage, not the heading: the words that made a match (a search's terms, a
// label's evidence terms, a concept's terms) are marked inside the highlighted lines and the first
// is scrolled into view; every item of a plan page shows its categories and SDGs, and opening one
// shows its evidence. Both languages, and on a phone.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './test';
import { cityIds, loadPlanJson, readSourceLines } from './data';
import { Concepts, Taxonomy } from '../../src/lib/data/schemas';

const fold = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
const taxonomy = Taxonomy.parse(JSON.parse(readFileSync('static/data/taxonomy.json', 'utf8')));
const concepts = Concepts.parse(JSON.parse(readFileSync('static/data/concepts.json', 'utf8')));

/** The first item whose description (not its title) holds the term, and the line the term is on. */
function itemWithTermInText(term: string) {
  for (const city of cityIds) {
    for (const item of loadPlanJson(city).items) {
      if (fold(item.title).includes(fold(term)) || !fold(item.text ?? '').includes(fold(term)))
        continue;
      const lines = readSourceLines(item.source.file);
      const end = item.source.endLine ?? item.source.line;
      const at = lines.findIndex((l, i) => i + 1 > end && fold(l).includes(fold(term)));
      if (at >= 0) return { city, item, line: at + 1 };
    }
  }
  throw new Error(`no item has ${term} in its description only`);
}

async function expectMarked(page: Page, line: number, term: string) {
  const viewer = page.getByTestId('source-viewer');
  const row = viewer.locator(`li[data-line="${line}"]`);
  await expect(row).toHaveClass(/hit/);
  const mark = row.locator('mark.term').first();
  await expect(mark).toHaveText(term);
  await expect(mark).toBeInViewport();
  // The title's lines are highlighted too: the passage runs from the heading to its text.
  await expect(viewer.locator('li.hit').first()).toHaveAttribute('data-line', /\d+/);
}

for (const lang of ['ja', 'en'] as const) {
  for (const [device, viewport] of [
    ['desktop', { width: 1280, height: 900 }],
    ['phone', { width: 412, height: 915 }],
  ] as const) {
    test(`a search result opens its passage with the searched word marked (${lang}, ${device})`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      const term = '健康寿命';
      const { item, line } = itemWithTermInText(term);
      expect(line).toBeGreaterThan(item.source.endLine ?? item.source.line);
      await page.goto(`/search?q=${encodeURIComponent(term)}${lang === 'en' ? '&lang=en' : ''}`);
      await page.locator(`li[data-item="${item.id}"] a`).click();
      await expect(page).toHaveURL(/mark=/);
      await expectMarked(page, line, term);
      const caption = page.getByTestId('viewer-marked');
      await expect(caption).toContainText(lang === 'ja' ? '印を付けた語' : 'Marked:');
      await expect(caption.locator('[lang="ja"]')).toHaveText(term);
      await expect(caption).toContainText(lang === 'ja' ? '1か所' : '(1 place)');
    });
  }

  test(`every item shows its categories and SDGs; a label opens its evidence (${lang})`, async ({
    page,
  }) => {
    const city = 'ichinoseki';
    const plan = loadPlanJson(city);
    await page.goto(`/plans/${city}${lang === 'en' ? '?lang=en' : ''}`);
    const outline = page.getByTestId('outline');
    await page.getByRole('button', { name: lang === 'ja' ? 'すべて開く' : 'Expand all' }).click();
    const name = (id: string) => taxonomy.categories.find((c) => c.id === id)!.label[lang];
    const sdg = (n: number) => (lang === 'ja' ? `SDGs 目標${n}` : `SDG ${n}`);
    for (const item of plan.items) {
      const want = [...(item.categories ?? []).map(name), ...(item.sdgs ?? []).map(sdg)];
      const chips = outline.locator(
        `li[data-item="${item.id}"] > .row [data-testid="row-labels"] span`,
      );
      if (want.length) await expect(chips).toHaveText(want);
      else await expect(chips).toHaveCount(0);
    }

    // An item whose first category fired on terms of its own, opened, and that label's evidence.
    const item = plan.items.find((i) =>
      i.evidence?.some(
        (e) => e.label === i.categories?.[0] && e.terms.some((t) => t.from === 'self'),
      ),
    )!;
    const evidence = item.evidence!.find((e) => e.label === item.categories![0])!;
    await outline.locator(`li[data-item="${item.id}"] > .row button.item`).click();
    const labels = page.getByTestId('item-labels');
    await expect(labels.locator('button[data-label]')).toHaveCount(
      (item.categories?.length ?? 0) + (item.sdgs?.length ?? 0),
    );
    const chip = labels.locator(`button[data-label="${evidence.label}"]`);
    await chip.click();
    await expect(chip).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(new RegExp(`label=${evidence.label}`));
    const panel = page.getByTestId('label-evidence');
    await expect(panel.getByRole('heading')).toContainText(name(evidence.label));
    const rows = panel.locator('tbody tr');
    await expect(rows).toHaveCount(evidence.terms.length);
    const where = {
      ja: { self: 'この項目', parent: '上位の見出し', child: '下位の項目' },
      en: { self: 'this item', parent: 'the heading above', child: 'the items below' },
    }[lang];
    for (const [i, t] of evidence.terms.entries()) {
      await expect(rows.nth(i).locator('td').first()).toHaveText(t.term);
      await expect(rows.nth(i).locator('td').last()).toHaveText(where[t.from]);
    }
    // The open label's own terms, and only those, are marked in the passage.
    const own = new Set(evidence.terms.filter((t) => t.from === 'self').map((t) => fold(t.term)));
    const marks = page.getByTestId('source-viewer').locator('li.hit mark.term');
    await expect(marks.first()).toBeVisible();
    for (const text of await marks.allTextContents())
      expect([...own].some((t) => fold(text).includes(t) || t.includes(fold(text)))).toBe(true);
    await expect(panel.getByRole('link')).toHaveAttribute('href', new RegExp('/method.*#labels'));
  });

  test(`a concept's item opens with the concept's terms marked (${lang})`, async ({ page }) => {
    const concept = concepts.concepts.find((c) => c.terms?.length)!;
    await page.goto(`/shared?concept=${concept.id}${lang === 'en' ? '&lang=en' : ''}`);
    const card = page.locator(`article[data-concept="${concept.id}"]`);
    const link = card.locator('a[data-item]').first();
    await expect(link).toBeVisible();
    await link.click();
    await expect(page).toHaveURL(/mark=/);
    const marks = page.getByTestId('source-viewer').locator('li.hit mark.term');
    await expect(marks.first()).toBeInViewport();
    const terms = concept.terms!.map(fold);
    for (const text of await marks.allTextContents())
      expect(terms.some((t) => t.includes(fold(text)) || fold(text).includes(t))).toBe(true);
  });
}
