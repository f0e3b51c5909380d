// /add: a planner's own plans read in the browser and shown beside the published ones. Two made-up
// plans of the reader's dev set — a PDF (dropped on the form) and a Shift_JIS text (chosen) — are
// read, reviewed, added, found on /compare, in /search and on their plan pages, survive a reload,
// export and import again; no request leaves the page's origin. Every bad input says why and
// stores nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from './test';

const PLANS = join(import.meta.dirname, '../fixtures/plans');
const PDF = join(PLANS, 'pdf-shirasagigawa/plan.pdf');
const SJIS = join(PLANS, 'sjis-wakabagaoka/plan.txt');

function recordForeign(page: Page): string[] {
  const foreign: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['blob:', 'data:'].includes(url.protocol) && url.hostname !== '127.0.0.1')
      foreign.push(r.url());
  });
  return foreign;
}

/** Drops a file on the form the way a browser does: a drop event carrying a DataTransfer. */
async function drop(page: Page, path: string, type: string) {
  const bytes = [...readFileSync(path)];
  const name = path.split('/').pop()!;
  const transfer = await page.evaluateHandle(
    ({ bytes, name, type }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(bytes)], name, { type }));
      return dt;
    },
    { bytes, name, type },
  );
  await page.getByTestId('add-form').dispatchEvent('drop', { dataTransfer: transfer });
}

async function readAndAdd(page: Page, name: string, prefecture: string) {
  await page.locator('input[name=name]').fill(name);
  await page.locator('select[name=prefecture]').selectOption(prefecture);
  await page.getByRole('button', { name: '読み取る' }).click();
  const review = page.getByTestId('review');
  await expect(review).toBeVisible({ timeout: 60_000 });
  await expect(
    review.getByRole('heading', { name: `${name}：読み取った内容の確認` }),
  ).toBeVisible();
  await expect(page.getByTestId('review-items').locator('li').first()).toBeVisible();
  await page.getByTestId('confirm-add').click();
  await expect(page.getByTestId('added')).toContainText(`${name}を追加しました`);
}

test('a PDF dropped and a Shift_JIS text chosen join the dashboard, stay after a reload, export and import again, and nothing leaves the origin', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const foreign = recordForeign(page);
  await page.goto('/add');
  await expect(page.getByTestId('privacy')).toContainText('送信されません');

  await drop(page, PDF, 'application/pdf');
  await expect(page.locator('.hint')).toContainText('plan.pdf');
  await page.locator('input[name=name]').fill('白鷺川市');
  await page.locator('select[name=prefecture]').selectOption('長野県');
  await page.getByRole('button', { name: '読み取る' }).click();
  await expect(page.getByTestId('review')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('review')).toContainText('PDF、6ページ');
  await expect(page.getByTestId('review-items')).toContainText('田んぼダムの普及');
  await expect(page.getByTestId('review-items')).toContainText(/\d+行目（\d+ページ）/u);
  await page.getByTestId('confirm-add').click();
  await expect(page.getByTestId('added')).toContainText('白鷺川市を追加しました');

  await page.locator('input[name=plan]').setInputFiles(SJIS);
  await readAndAdd(page, '若葉ヶ丘町', '岩手県');
  const stored = page.getByTestId('stored').locator('li');
  await expect(stored).toHaveCount(2);

  // /compare: both in the picker, marked as the user's own, with rows in the heat map.
  await page.goto('/compare');
  const picker = page.getByRole('group', { name: '比較する市と並び順' });
  for (const name of ['白鷺川市', '若葉ヶ丘町']) {
    await expect(picker.getByText(name)).toBeVisible();
  }
  await expect(picker.getByTestId('own-badge')).toHaveCount(2);

  // /search finds items of each.
  await page.goto('/search?q=' + encodeURIComponent('田んぼダム'));
  await expect(page.getByRole('main')).toContainText('白鷺川市', { timeout: 30_000 });
  await page.goto('/search?q=' + encodeURIComponent('チームオレンジ'));
  await expect(page.getByRole('main')).toContainText('若葉ヶ丘町', { timeout: 30_000 });

  // Its plan page, with the source viewer on the text the reader saw; then a reload.
  await page.goto('/add');
  const href = await stored
    .filter({ hasText: '若葉ヶ丘町' })
    .getByRole('link')
    .getAttribute('href');
  await page.goto(href!);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('若葉ヶ丘町');
  await expect(page.getByTestId('own-badge').first()).toBeVisible();
  await page.getByRole('button', { name: 'すべて開く' }).click();
  await page
    .getByRole('button', { name: /チームオレンジ/u })
    .first()
    .click();
  await expect(page.getByTestId('source-viewer')).toContainText('チームオレンジ');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('若葉ヶ丘町');

  // Export one, remove it, import the zip: it is back, with its items.
  await page.goto('/add');
  const row = stored.filter({ hasText: '白鷺川市' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    row.getByRole('button', { name: '書き出す（zip）' }).click(),
  ]);
  const zip = await download.path();
  await row.getByRole('button', { name: '削除' }).click();
  await expect(stored).toHaveCount(1);
  await page.locator('input[name=bundle]').setInputFiles(zip);
  await expect(page.getByTestId('import-note')).toContainText('白鷺川市を読み込みました');
  await expect(stored).toHaveCount(2);
  await page.goto('/');
  await expect(page.getByRole('main')).toContainText('白鷺川市');

  expect(foreign).toEqual([]);
});

test.describe('bad input: a clear message, nothing stored', () => {
  const cases: [
    string,
    { name: string; mimeType: string; buffer: Buffer } | string,
    string,
    RegExp,
  ][] = [
    [
      'an empty file',
      { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
      '架空市',
      /ファイルが空です/u,
    ],
    [
      'a binary file',
      {
        name: 'image.png',
        mimeType: 'image/png',
        buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3]),
      },
      '架空市',
      /binary data/u,
    ],
    [
      'a scanned PDF',
      join(import.meta.dirname, '../fixtures/pdf/scanned.pdf'),
      '架空市',
      /no text layer/u,
    ],
    [
      'an encrypted PDF',
      join(import.meta.dirname, '../fixtures/pdf/encrypted.pdf'),
      '架空市',
      /password-protected/u,
    ],
    [
      'a file over the size limit',
      {
        name: 'huge.txt',
        mimeType: 'text/plain',
        buffer: Buffer.alloc(40 * 1024 * 1024 + 1, 0x61),
      },
      '架空市',
      /ファイルが大きすぎます/u,
    ],
    ['an empty name', SJIS, '', /市区町村名を入力してください/u],
    ['the name of a published city', SJIS, '一関市', /「一関市」は公開済みの計画/u],
  ];
  for (const [what, file, name, message] of cases) {
    test(what, async ({ page }) => {
      test.setTimeout(90_000);
      await page.goto('/add');
      await page.locator('input[name=plan]').setInputFiles(file);
      await page.locator('input[name=name]').fill(name);
      // The published names arrive with the page's first fetch.
      await page.waitForFunction(() =>
        performance.getEntriesByType('resource').some((e) => e.name.endsWith('/data/index.json')),
      );
      await page.getByRole('button', { name: '読み取る' }).click();
      await expect(page.getByTestId('add-error')).toContainText(message, { timeout: 60_000 });
      await expect(page.getByTestId('add-error')).toContainText('何も保存していません');
      await expect(page.getByTestId('review')).toHaveCount(0);
      await expect(page.getByTestId('stored')).toHaveCount(0);
    });
  }

  test('a stored city that no longer parses is named and can be removed; other pages are unaffected', async ({
    page,
  }) => {
    await page.goto('/add');
    await page.evaluate(async () => {
      const open = indexedDB.open('plan-atlas-user', 1);
      open.onupgradeneeded = () => {
        open.result.createObjectStore('cities', { keyPath: 'id' });
        open.result.createObjectStore('cache');
      };
      const db: IDBDatabase = await new Promise(
        (resolve) => (open.onsuccess = () => resolve(open.result)),
      );
      await new Promise((resolve) => {
        const tx = db.transaction('cities', 'readwrite');
        tx.objectStore('cities').put({
          id: 'mine-old001',
          version: 0,
          plan: { id: 'mine-old001' },
        });
        tx.oncomplete = resolve;
      });
      localStorage.setItem('plan-atlas:user-cities', JSON.stringify(['mine-old001']));
    });
    await page.reload();
    await expect(page.getByTestId('broken')).toContainText('mine-old001');
    await page.goto('/compare');
    await expect(page.getByRole('group', { name: '比較する市と並び順' })).toContainText('一関市');
    await page.goto('/add');
    await page.getByTestId('broken').getByRole('button', { name: '削除' }).click();
    await expect(page.getByTestId('broken')).toHaveCount(0);
  });
});
