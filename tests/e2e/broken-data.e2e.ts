import { expect, test } from './test';
import { readFileSync } from 'node:fs';
import { MATRIX } from './brokenFiles';

// Each data file, broken three ways, on the page that reads it: a panel names the file and the
// problem, and a view that does not need the file still works in the same session (in-app
// navigation through the header, with the file still broken).
const FILES = [
  { file: 'index.json', route: '/', other: '/method' },
  { file: 'taxonomy.json', route: '/compare', other: '/' },
  { file: 'concepts.json', route: '/shared', other: '/compare' },
  { file: 'plans/hiratsuka.json', route: '/plans/hiratsuka', other: '/compare' },
  { file: 'evaluation.json', route: '/method', other: '/shared' },
  { file: 'regions.json', route: '/regions', other: '/' },
  { file: 'municipalities.json', route: '/regions', other: '/compare' },
  { file: 'geo/index.json', route: '/regions', other: '/shared' },
] as const;

const BREAKS = {
  truncated: {
    body: (file: string) => {
      const text = readFileSync(`static/data/${file}`, 'utf8');
      return text.slice(0, Math.floor(text.length * 0.6));
    },
    problem: /is not valid JSON/,
  },
  binary: {
    body: () => Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0xff, 0xfe, 0x00, 0x7b]),
    problem: /is not valid JSON/,
  },
  'wrong shape': {
    body: () => JSON.stringify({ version: 'two', cities: 'none', items: 7, frameworks: {} }),
    // The short messages load only on failure (schemaProblem.ts); zod's bare fallback would read
    // "Invalid input".
    problem: /expected \S+/,
  },
} as const;

for (const { file, route, other } of FILES) {
  for (const [how, broken] of Object.entries(BREAKS)) {
    test(`${file} ${how}: ${route} names it, ${other} still works`, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.route(`**/data/${file}`, (r) =>
        r.fulfill({ body: broken.body(file), contentType: 'application/json' }),
      );
      await page.goto(route);
      const panel = page
        .getByRole('alert')
        .filter({ has: page.getByTestId('error-file').getByText(file, { exact: true }) });
      await expect(panel).toBeVisible();
      await expect(panel).toContainText(broken.problem);
      await expect(panel).not.toContainText('Invalid input');
      await expect(page.locator('main h1').first()).toBeVisible();

      await page.locator(`header nav a[href="${other}"]`).click();
      await expect(page).toHaveURL(new RegExp(`${other === '/' ? '/$' : other}`));
      await expect(page.locator('main h1').first()).toBeVisible();
      await expect(page.getByRole('alert')).toHaveCount(0);
      expect(errors).toEqual([]);
    });
  }
}

// The corrupted-file matrix (brokenFiles.ts): each file broken each way, on every page that reads
// it. No page throws, none is left blank, and each names the broken file.
for (const { file, how, pages, body } of MATRIX) {
  test(`matrix: ${file} ${how} on ${pages.join(' ')}`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
    await page.route(`**/data/${file}`, (r) =>
      r.fulfill({ body, contentType: 'application/json' }),
    );
    for (const route of pages) {
      await page.goto(route);
      await expect(page.locator('main h1').first()).toBeVisible();
      await expect(
        page.getByTestId('error-file').getByText(file, { exact: true }).first(),
        `${route} names ${file}`,
      ).toBeVisible();
    }
    expect(errors).toEqual([]);
  });
}

test('a 13,132-city index.json is refused on /compare with its cap, not drawn', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const index = JSON.parse(readFileSync('static/data/index.json', 'utf8'));
  const cities = Array.from({ length: 13_132 }, (_, i) => ({
    ...index.cities[i % index.cities.length],
    id: `city-${i}`,
  }));
  await page.route('**/data/index.json', (r) => r.fulfill({ json: { ...index, cities } }));
  await page.goto('/compare');
  const panel = page.getByRole('alert');
  await expect(panel.getByTestId('error-file')).toHaveText('index.json');
  await expect(panel).toContainText('too many entries: 13132, at most 2000');
  await expect(page.locator('#matrix')).toHaveCount(0);
  expect(errors).toEqual([]);
});
