import { expect, test } from './test';

// Charts take their width from a ResizeObserver after the first layout; their boxes keep the
// chart's height meanwhile, so nothing below moves when a chart appears (Lighthouse's CLS). A
// prerendered plan page is painted before the app takes it over, which must change nothing: its
// outline is prerendered with the top level open, as the app draws it.
test.use({ viewport: { width: 412, height: 823 } });

const plans = ['nihonmatsu', 'ichinoseki', 'hiratsuka', 'iwaki'].map((id) => `/plans/${id}`);
for (const route of ['/', '/compare', '/shared', ...plans]) {
  test(`nothing shifts while ${route} first draws on a phone`, async ({ page }) => {
    await page.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { __shifts: number[] }).__shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          shifts.push((entry as unknown as { value: number }).value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(route);
    if (!route.startsWith('/plans/')) await page.locator('main svg').first().waitFor();
    await page.waitForLoadState('networkidle');
    // Two frames more, so the observer has reported the last drawn frame.
    await page.evaluate(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
    );
    const shifts = await page.evaluate(
      () => (window as unknown as { __shifts: number[] }).__shifts,
    );
    expect(shifts.reduce((a, b) => a + b, 0)).toBeLessThan(0.01);
  });
}
