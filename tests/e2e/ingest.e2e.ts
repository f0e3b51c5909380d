// "The dashboard then shows the new city with no code change": ingest the made-up fixture city
// into a copy of static/data, serve that copy in place of the built data, and use the app.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './test';
import { Plan } from '../../src/lib/data/schemas';

let out = '';

test.beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'ingest-e2e-'));
  cpSync('static/data', out, { recursive: true });
  const r = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'scripts/ingest.ts',
      'tests/fixtures/ingest/hoshimigaoka.txt',
      '--id',
      'hoshimigaoka',
      '--name',
      '星見ヶ丘市',
      '--prefecture',
      '長野県',
      '--out',
      out,
    ],
    { encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`ingest failed: ${r.stderr}`);
});

test.afterAll(() => rmSync(out, { recursive: true, force: true }));

test('an ingested city gets its card and its plan page from the data alone', async ({ page }) => {
  test.setTimeout(60_000);
  await page.route('**/data/**', async (route) => {
    const rel = decodeURIComponent(new URL(route.request().url()).pathname).replace(
      /^.*?\/data\//u,
      '',
    );
    const file = join(out, rel);
    if (!existsSync(file)) return route.continue();
    const type = rel.endsWith('.json') ? 'application/json' : 'text/plain; charset=utf-8';
    await route.fulfill({ status: 200, contentType: type, body: readFileSync(file) });
  });
  const plan = Plan.parse(JSON.parse(readFileSync(join(out, 'plans/hoshimigaoka.json'), 'utf8')));

  await page.goto('/');
  await expect(page.locator('article[data-city]')).toHaveCount(5);
  const card = page.locator('article[data-city="hoshimigaoka"]');
  await expect(card.getByRole('heading', { level: 2 })).toContainText('星見ヶ丘市');
  await expect(card).toContainText('長野県');
  await expect(card).toContainText(`計 ${plan.items.length} 項目`);

  await page.goto('/plans/hoshimigaoka');
  const outline = page.getByTestId('outline');
  const top = plan.items.find((i) => i.parent === null && i.kind === 'goal')!;
  await expect(outline.locator(`li[data-item="${top.id}"]`)).toBeVisible();
});
