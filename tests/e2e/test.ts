// The e2e tests' `test`: page.goto and page.reload return once the app has taken over the
// prerendered page (the root layout marks <html data-ready>). Before that a click or a key press
// would reach static HTML, as it would for a reader, and the tests are about the app.
import { test as base, type Page } from '@playwright/test';

export { expect, type Page } from '@playwright/test';

async function untilReady(page: Page, response: Awaited<ReturnType<Page['goto']>>) {
  if (response?.headers()['content-type']?.startsWith('text/html'))
    await page.locator('html[data-ready]').waitFor({ state: 'attached' });
  return response;
}

export const test = base.extend({
  page: async ({ page }, use) => {
    const goto = page.goto.bind(page);
    const reload = page.reload.bind(page);
    page.goto = async (url, options) => untilReady(page, await goto(url, options));
    page.reload = async (options) => untilReady(page, await reload(options));
    await use(page);
  },
});
