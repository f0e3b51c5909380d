import type { Page } from '@playwright/test';

type CountsAtReady = { countsAtReady: Record<string, number> };

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
      const w = window as unknown as CountsAtReady;
      w.countsAtReady = {
        ...w.countsAtReady,
        [selector]: document.querySelectorAll(selector).length,
      };
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-ready'] });
  }, selector);
  return () =>
    page.evaluate(
      (selector) => (window as unknown as CountsAtReady).countsAtReady[selector]!,
      selector,
    );
}
