import { expect, type Page } from '@playwright/test';

/**
 * Loads every part of the page that waits for the reader to near it (NearViewport), the way a
 * keyboard reader does: with a Tab, once the page has drawn from its data files.
 */
export async function loadEveryPart(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  // Lists drawn a few entries per task (aria-busy until done) put parts after them, such as
  // /shared's citation, only once they are complete; a Tab before that reaches no such part.
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await page.keyboard.press('Tab');
  await expect(page.locator('[data-loaded="false"]')).toHaveCount(0);
}
