import { expect, test } from './test';
import { readFileSync } from 'node:fs';
import { index, loadPlanJson } from './data';

const truncated = (file: string) => {
  const body = readFileSync(`static/data/${file}`, 'utf8');
  return body.slice(0, Math.floor(body.length / 2));
};

test('a corrupted index.json shows a panel naming it, and the header keeps working', async ({
  page,
}) => {
  await page.route('**/data/index.json', (route) =>
    route.fulfill({ body: truncated('index.json'), contentType: 'application/json' }),
  );
  await page.goto('/');
  const panel = page.getByRole('alert');
  await expect(panel).toContainText('データを読み込めませんでした');
  await expect(panel.getByTestId('error-file')).toHaveText('index.json');
  await expect(panel).toContainText('is not valid JSON');
  await expect(page.locator('article[data-city]')).toHaveCount(0);

  await page.getByTestId('lang-toggle').click();
  await expect(page.getByRole('alert')).toContainText('Could not load data');
  await page.unroute('**/data/index.json');
  await page.getByRole('link', { name: 'Home', exact: true }).click();
  await page.reload();
  await expect(page.locator('article[data-city]')).toHaveCount(index.cities.length);
});

test('a corrupted plan file shows the panel on its page while nav still works', async ({
  page,
}) => {
  await page.route('**/data/plans/hiratsuka.json', (route) =>
    route.fulfill({ body: truncated('plans/hiratsuka.json'), contentType: 'application/json' }),
  );
  await page.goto('/plans/hiratsuka');
  await expect(page.getByRole('alert').getByTestId('error-file')).toHaveText(
    'plans/hiratsuka.json',
  );
  await page
    .getByRole('navigation', { name: 'サイト内' })
    .getByRole('link', { name: 'ホーム' })
    .click();
  await expect(page.locator('article[data-city]')).toHaveCount(index.cities.length);
});

test('a plan file that parses but breaks the schema names the field', async ({ page }) => {
  const plan = loadPlanJson('iwaki');
  await page.route('**/data/plans/iwaki.json', (route) =>
    route.fulfill({ json: { ...plan, items: 'none' } }),
  );
  await page.goto('/plans/iwaki');
  const panel = page.getByRole('alert');
  await expect(panel.getByTestId('error-file')).toHaveText('plans/iwaki.json');
  await expect(panel).toContainText('items');
});

test('a source text that fails shows the panel inside the viewer only', async ({ page }) => {
  const item = loadPlanJson('iwaki').items[0]!;
  await page.route('**/data/sources/*.txt', (route) => route.fulfill({ status: 500, body: '' }));
  await page.goto(`/plans/iwaki?item=${encodeURIComponent(item.id)}`);
  const viewer = page.getByTestId('source-viewer');
  await expect(viewer.getByRole('alert').getByTestId('error-file')).toHaveText(item.source.file);
  await expect(viewer.getByRole('alert')).toContainText('HTTP 500');
  await expect(page.getByTestId('outline')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(1);
});
