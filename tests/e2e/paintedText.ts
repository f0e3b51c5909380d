import type { Page } from '@playwright/test';

type Painted = { __painted: string[] };

/**
 * From the next page load on, records the text of `selector` in every frame the browser paints,
 * when a reader could see it (a prerendered page is in the DOM from the start, hidden while it
 * waits for its URL state). Read the record with paintedText(page).
 */
export async function recordPaintedText(page: Page, selector: string): Promise<void> {
  await page.addInitScript((selector) => {
    const seen: string[] = [];
    (window as unknown as Painted).__painted = seen;
    const sample = () => {
      const el = document.querySelector(selector);
      const text = el && getComputedStyle(el).visibility === 'visible' ? el.textContent : null;
      if (text && seen.at(-1) !== text) seen.push(text);
      requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  }, selector);
}

export const paintedText = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as Painted).__painted);
