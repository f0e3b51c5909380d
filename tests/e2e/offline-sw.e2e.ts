import { expect, test } from './test';
import { index, loadPlanJson } from './data';

// The one test that lets the service worker run (playwright.config blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

test('after one visit the dashboard works with no network', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.locator('article[data-city]')).toHaveCount(index.cities.length);
  // Installed and controlling: the precache is complete once the worker is activated.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r));
    }
  });

  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('article[data-city]')).toHaveCount(index.cities.length);

  // Pages and data files never opened while online come from the precache too.
  const item = loadPlanJson('iwaki').items[0]!;
  await page.goto(`/plans/iwaki?item=${encodeURIComponent(item.id)}`);
  await expect(page.getByTestId('viewer-title')).toHaveText(item.title);
  await expect(page.getByTestId('source-viewer').locator('li.hit').first()).toBeVisible();

  await page.goto('/compare?cat=health');
  await expect(page.locator('main h1')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);

  await page.goto('/shared');
  await expect(page.locator('main h1')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  // The tab keeps its icon: a PNG, precached like every file under static/ but the README's.
  const icon = await page.evaluate(async () => {
    const href = document.querySelector<HTMLLinkElement>('link[rel="icon"]')!.href;
    const res = await fetch(href);
    return { ok: res.ok, type: res.headers.get('content-type') };
  });
  expect(icon).toEqual({ ok: true, type: 'image/png' });
  // Still no network: a file no cache holds fails. (navigator.onLine is no witness: Chromium 150
  // reports true again after a navigation while the emulated network stays down.)
  const uncached = await page.evaluate(async () => {
    try {
      return `status ${(await fetch(`/not-precached-${Date.now()}.json`)).status}`;
    } catch {
      return 'failed';
    }
  });
  expect(uncached).toBe('failed');

  // The slides too, the map slide's data included.
  await page.goto('/present?slide=7');
  await expect(page.getByTestId('slide').getByTestId('slide-figure')).toHaveAttribute(
    'data-kind',
    'regions',
  );
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('the service worker is registered only after the first page is drawn', async ({ page }) => {
  // Its install precaches the whole site; started at the load event it slowed the first render.
  await page.addInitScript(() => {
    const times: Record<string, number> = {};
    (window as unknown as { times: Record<string, number> }).times = times;
    new MutationObserver((_, observer) => {
      if (!document.documentElement.hasAttribute('data-ready')) return;
      times.ready = performance.now();
      observer.disconnect();
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
    const register = ServiceWorkerContainer.prototype.register;
    ServiceWorkerContainer.prototype.register = function (...args) {
      times.registered = performance.now();
      times.loadedBefore = document.readyState === 'complete' ? 1 : 0;
      return register.apply(this, args);
    };
  });
  await page.goto('/compare');
  await page.evaluate(() => navigator.serviceWorker.ready);
  const times = await page.evaluate(
    () => (window as unknown as { times: Record<string, number> }).times,
  );
  expect(times.ready, 'the page was marked ready').toBeGreaterThan(0);
  expect(times.registered, 'registered after the page was drawn').toBeGreaterThan(times.ready!);
  expect(times.loadedBefore, 'registered after the load event').toBe(1);
});
