import { expect, test } from './test';

// Charts take their width from a ResizeObserver after the first layout; their boxes keep the
// chart's height meanwhile, so nothing below moves when a chart appears (Lighthouse's CLS). Lists
// drawn in batches draw with the page what the first screen shows, so the footer is not pushed
// down a wide screen as entries arrive. A prerendered plan page is painted before the app takes it
// over, which must change nothing: its outline is prerendered with the top level open, as the app
// draws it.
const screens = {
  phone: { width: 412, height: 823 },
  // Lighthouse's desktop preset.
  desktop: { width: 1350, height: 940 },
};
const plans = ['nihonmatsu', 'ichinoseki', 'hiratsuka', 'iwaki'].map((id) => `/plans/${id}`);

for (const [screen, viewport] of Object.entries(screens)) {
  test.describe(`on a ${screen}`, () => {
    test.use({ viewport });
    for (const route of ['/', '/compare', '/shared', '/regions', ...plans]) {
      test(`nothing shifts while ${route} first draws on a ${screen}`, async ({ page }) => {
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
        await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
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
  });
}
