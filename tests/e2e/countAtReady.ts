import type { Page } from '@playwright/test';

/**
 * How many elements match `selector` in the task that marks the page ready (the layout's onMount
 * sets data-ready): a MutationObserver's callback runs at the end of that task, before any later
 * task has drawn more. Call before `page.goto`; read the count with the returned function.
 */
export async function countAtReady(page: Page, selector: string): Promise<() => Promise<number>> {
  await page.addInitScript((selector) => {
    new MutationObserver((_, observer) => {
      if (!document.documentElement.hasAttribute('data-ready')) return;
      observer.disconnect();
      (window as unknown as { countAtReady: number }).countAtReady =
        document.querySelectorAll(selector).length;
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-ready'] });
  }, selector);
  return () => page.evaluate(() => (window as unknown as { countAtReady: number }).countAtReady);
}
