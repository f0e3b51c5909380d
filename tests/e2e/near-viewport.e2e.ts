import { expect, test, type Page } from './test';
import { readFileSync } from 'node:fs';
import { cityIds, index } from './data';

// /compare's parts below the first screen (the SDG strip, the grid's picker, the emphasis profiles
// and the plans' structure, the citation) load as the reader nears them, when the export menu is
// reached for, or on the first Tab, so a keyboard reader can tab into every part.
test.use({ viewport: { width: 1280, height: 720 } });

const lazyParts = (page: Page) => page.locator('main [data-loaded]');
const waiting = (page: Page) => page.locator('main [data-loaded="false"]');

async function openAtTop(page: Page) {
  await page.goto('/compare');
  await expect(page.locator('[data-testid="heatmap"] svg')).toBeVisible();
  await page.waitForLoadState('networkidle');
  // The SDG strip, the grid's picker, the overview and the citation.
  await expect(lazyParts(page)).toHaveCount(4);
  await expect(waiting(page)).toHaveCount(4);
}

test('the parts below the first screen load as the reader scrolls to them', async ({ page }) => {
  await openAtTop(page);
  await expect(page.locator('[data-testid="sdg-strip"]')).toHaveCount(0);
  // Their boxes hold a height meanwhile, so the page below does not jump when they arrive.
  for (const box of await waiting(page).all())
    expect((await box.boundingBox())!.height).toBeGreaterThan(40);

  // Read down the page with the mouse wheel, a screen at a time.
  await page.mouse.move(640, 360);
  while (
    await page.evaluate(() => scrollY + innerHeight < document.documentElement.scrollHeight - 1)
  ) {
    const before = await page.evaluate(() => scrollY);
    await page.mouse.wheel(0, 600);
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(before);
  }
  await expect(waiting(page)).toHaveCount(0);
  await expect(page.locator('[data-testid="sdg-strip"] g[data-goal]')).toHaveCount(
    17 * cityIds.length,
  );
  await expect(page.locator('#overview svg').first()).toBeVisible();
});

test('reaching for the export menu loads the charts it exports', async ({ page }) => {
  await openAtTop(page);
  await page.getByTestId('export-menu').locator('summary').hover();
  await expect(page.locator('#overview [data-loaded="true"]')).toHaveCount(1);
  await page.getByTestId('export-menu').locator('summary').click();
  // The charts are still off screen, yet their files come out whole.
  const city = index.cities[0]!.name.ja;
  for (const [button, expected] of [
    ['SDGs 17目標との対応（SVG）', 'data-goal="17"'],
    [
      `${city}の分類別の割合（掲載項目に占める割合）（SVG）`,
      `${city}の分類別の割合（掲載項目に占める割合）`,
    ],
  ]) {
    const pending = page.waitForEvent('download');
    await page.getByRole('button', { name: button }).click();
    const svg = readFileSync((await (await pending).path())!, 'utf8');
    expect(svg).toContain('<svg');
    expect(svg).toContain(expected);
  }
});

test('a keyboard reader finds every part when tabbing', async ({ page }) => {
  await openAtTop(page);
  await page.keyboard.press('Tab');
  await expect(waiting(page)).toHaveCount(0);
  await expect(page.locator('#overview svg').first()).toBeAttached();
});
