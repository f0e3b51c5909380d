// On a 412 px phone the plan-structure table scrolls sideways instead of crushing its row labels
// (they were one character a line) and its cells.
import { expect, test } from './test';
import { loadEveryPart } from './lazyParts';

for (const lang of ['ja', 'en'] as const) {
  test(`/compare's plan-structure table keeps its row labels on one line on a phone (${lang})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 412, height: 915 });
    await page.goto(`/compare${lang === 'en' ? '?lang=en' : ''}`);
    await loadEveryPart(page);
    const table = page.getByTestId('plan-structure');
    await table.scrollIntoViewIfNeeded();
    const rows = table.locator('tbody th');
    expect(await rows.count()).toBeGreaterThan(3);
    for (const th of await rows.all()) {
      // The lines the label's text takes, by the tops of its boxes (the cell itself is as tall
      // as its row).
      const lines = await th.evaluate((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      });
      expect(lines).toBe(1);
    }
    for (const td of await table.locator('tbody td').all())
      expect((await td.boundingBox())!.width).toBeGreaterThan(120);
  });
}

for (const [lang, metric] of [
  ['ja', ''],
  ['en', ''],
  ['ja', 'share'],
  ['en', 'count'],
] as const) {
  test(`/compare's heat-map column labels neither overlap nor leave the figure on a phone (${lang}${metric ? `, ${metric}` : ''})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 412, height: 915 });
    const query = [lang === 'en' ? 'lang=en' : '', metric ? `metric=${metric}` : '']
      .filter(Boolean)
      .join('&');
    await page.goto(`/compare${query ? `?${query}` : ''}`);
    const svg = page.getByTestId('heatmap').locator('svg').first();
    await svg.scrollIntoViewIfNeeded();
    const labels = await svg.locator('text.col').evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      }),
    );
    expect(labels.length).toBe(7);
    const box = (await svg.boundingBox())!;
    for (const [i, a] of labels.entries()) {
      expect(a.left).toBeGreaterThanOrEqual(box.x - 1);
      expect(a.right).toBeLessThanOrEqual(box.x + box.width + 1);
      expect(a.top).toBeGreaterThanOrEqual(box.y - 1);
      const b = labels[i + 1];
      // Neighbours side by side: the next label starts where this one ends, or later.
      if (b) expect(b.left).toBeGreaterThanOrEqual(a.right - 1);
    }
  });
}
