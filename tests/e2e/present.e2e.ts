// Presentation mode: the default track stepped by keyboard, a shared custom track, the builder,
// the keys it must leave alone, accessibility and the 1920×1080 slide PNG.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './test';
import { Concepts, Regions, Taxonomy } from '../../src/lib/data/schemas';
import { makeDefaultTrack } from '../../src/lib/present/makeDefaultTrack';
import { parseTrack, serializeTrack, type Track } from '../../src/lib/present/track';
import { index } from './data';
import { loadEveryPart } from './lazyParts';

const read = (file: string) => JSON.parse(readFileSync(`static/data/${file}`, 'utf8')) as unknown;
const data = {
  index,
  taxonomy: Taxonomy.parse(read('taxonomy.json')),
  concepts: Concepts.parse(read('concepts.json')),
  regions: Regions.parse(read('regions.json')),
};
const track = makeDefaultTrack(data, 'ja');

/** The view and slide the address bar shows. */
function where(page: Page) {
  const url = new URL(page.url());
  const slide = url.searchParams.get('slide');
  for (const p of ['present', 'slide', 'track', 'lang']) url.searchParams.delete(p);
  const query = url.searchParams.toString();
  return { view: `${url.pathname}${query ? `?${query}` : ''}${url.hash}`, slide };
}

async function expectSlide(page: Page, n: number, slides: Track = track) {
  const slide = slides[n - 1]!;
  await expect(page.getByTestId('slide-counter')).toHaveText(`${n} / ${slides.length}`);
  await expect(page.getByTestId('slide-title')).toHaveText(slide.title);
  await expect(page.getByTestId('slide-announce')).toContainText(slide.title);
  expect(where(page)).toEqual({ view: slide.view, slide: String(n) });
}

test('the default track steps forward and back by keyboard, Esc leaves', async ({ page }) => {
  await page.goto('/?present=1');
  await expectSlide(page, 1);
  await expect(page.locator('.site-header')).toHaveCount(0);
  await expect(page.locator('html')).toHaveClass(/presenting/);
  const forward = ['ArrowRight', 'PageDown', 'ArrowRight', 'PageDown'];
  for (const [i, key] of forward.entries()) {
    await page.keyboard.press(key);
    await expectSlide(page, i + 2);
  }
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, track.length);
  await page.keyboard.press('PageUp');
  await expectSlide(page, track.length - 1);
  await page.keyboard.press('ArrowLeft');
  await expectSlide(page, track.length - 2);

  await page.keyboard.press('n');
  await expect(page.getByTestId('speaker-notes')).toHaveText(track[track.length - 3]!.notes);

  await page.keyboard.press('Escape');
  await expect(page.locator('.site-header')).toBeVisible();
  await expect(page.getByTestId('slide-title')).toHaveCount(0);
  expect(new URL(page.url()).searchParams.has('present')).toBe(false);
  expect(where(page).view).toBe(track[track.length - 3]!.view);
});

test('P enters on any page; a view outside the track steps onto it', async ({ page }) => {
  await page.goto('/search?lang=en');
  await expect(page.locator('.site-header')).toBeVisible();
  await page.locator('body').press('p');
  await expect(page.getByTestId('slide-counter')).toHaveText(`– / ${track.length}`);
  await expect(page.getByTestId('slide-title')).toHaveText('A view outside the track');
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 1, makeDefaultTrack(data, 'en'));
  expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
});

test('a shared track opens at its slide; the builder reorders and removes', async ({ page }) => {
  const mine: Track = [
    { view: '/regions', title: '広域連携から', notes: '地図' },
    { view: '/compare?cat=safety', title: '安全の比較', notes: '' },
    { view: '/', title: 'まとめ', notes: '' },
  ];
  await page.goto(`/compare?cat=safety&present=1&track=${serializeTrack(mine)}&slide=2`);
  await expectSlide(page, 2, mine);
  await page.keyboard.press('ArrowLeft');
  await expectSlide(page, 1, mine);

  await page.getByRole('button', { name: 'トラック編集' }).click();
  const builder = page.getByTestId('track-builder');
  await expect(builder.getByTestId('track-slide')).toHaveCount(3);
  // Keys typed into the builder's fields are text, not commands.
  const title = builder.getByTestId('track-slide').first().getByLabel('タイトル');
  await title.fill('広域連携の地図');
  await title.press('ArrowLeft');
  await title.press('Enter');
  await builder
    .getByRole('group', { name: 'スライド 1' })
    .getByRole('button', { name: '下へ' })
    .click();
  const moved = [{ ...mine[1]! }, { ...mine[0]!, title: '広域連携の地図' }, mine[2]!];
  await expectSlide(page, 2, moved);
  const code = new URL(page.url()).searchParams.get('track')!;
  expect(parseTrack(code)).toEqual({ ok: true, track: moved });
  await expect(builder.getByTestId('share-url')).toHaveValue(page.url());

  await builder
    .getByRole('group', { name: 'スライド 3' })
    .getByRole('button', { name: '削除' })
    .click();
  await expect(builder.getByTestId('track-slide')).toHaveCount(2);
  await expectSlide(page, 2, moved.slice(0, 2));

  await builder.getByRole('button', { name: 'この表示を追加' }).click();
  await expect(builder.getByTestId('track-slide')).toHaveCount(3);
  await expect(page.getByTestId('slide-counter')).toHaveText('3 / 3');
  expect(where(page).view).toBe('/regions');
});

test('a custom track survives leaving: browse, press P, add the view; reset to default', async ({
  page,
}) => {
  const mine: Track = [{ view: '/regions', title: '広域連携', notes: '' }];
  await page.goto(`/regions?present=1&track=${serializeTrack(mine)}&slide=1`);
  await expectSlide(page, 1, mine);
  await page.keyboard.press('Escape');
  await expect(page.locator('.site-header')).toBeVisible();
  await page.goto('/shared');
  await expect(page.getByTestId('upset')).toBeVisible();
  await page.locator('body').press('p');
  await expect(page.getByTestId('slide-counter')).toHaveText('– / 1');
  await page.getByRole('button', { name: 'トラック編集' }).click();
  await page.getByRole('button', { name: 'この表示を追加' }).click();
  await expect(page.getByTestId('slide-counter')).toHaveText('2 / 2');
  const code = new URL(page.url()).searchParams.get('track')!;
  const parsed = parseTrack(code);
  expect(parsed.ok && parsed.track.map((s) => s.view)).toEqual(['/regions', '/shared']);

  await page.getByRole('button', { name: '既定のトラックに戻す' }).click();
  await expectSlide(page, 1);
  expect(new URL(page.url()).searchParams.has('track')).toBe(false);
});

test('a broken track in the URL says so and falls back to the default', async ({ page }) => {
  await page.goto('/?present=1&track=not*valid');
  await expect(page.getByRole('alert')).toContainText('トラックを読めませんでした');
  await expect(page.getByTestId('slide-counter')).toHaveText(`1 / ${track.length}`);
  await page.getByRole('alert').getByRole('button', { name: '閉じる' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('axe: presentation mode with notes and the builder open', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/?present=1&slide=1');
  await expect(page.locator('article[data-city]').first()).toBeVisible();
  await page.keyboard.press('n');
  await page.getByRole('button', { name: 'トラック編集' }).click();
  await expect(page.getByTestId('track-builder')).toBeVisible();
  await loadEveryPart(page);
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`),
  ).toEqual([]);
});

test('the slide PNG is 1920×1080', async ({ page }) => {
  await page.goto('/compare?metric=share&present=1&slide=2#matrix');
  await expect(page.getByTestId('heatmap').locator('svg')).toBeVisible();
  const pending = page.waitForEvent('download');
  await page.getByRole('button', { name: 'スライドPNG' }).click();
  const file = await pending;
  expect(file.suggestedFilename()).toBe('slide-2.png');
  const png = readFileSync((await file.path())!);
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1920, 1080]);
  await expect(page.getByRole('status').filter({ hasText: '1920×1080' })).toBeVisible();
  if (process.env.SLIDE_PNG_OUT) await file.saveAs(process.env.SLIDE_PNG_OUT);
});

test('Esc closes an open download menu before it leaves the presentation', async ({ page }) => {
  await page.goto('/compare?metric=share&present=1&slide=2#matrix');
  const menu = page.getByTestId('export-menu');
  await menu.locator('summary').click();
  await expect(menu).toHaveAttribute('open', '');
  await page.keyboard.press('Escape');
  await expect(menu).not.toHaveAttribute('open', '');
  await expect(page.getByTestId('slide-counter')).toHaveText(`2 / ${track.length}`);
  await page.keyboard.press('Escape');
  await expect(page.locator('.site-header')).toBeVisible();
});

test('the language toggle in the controls retells the default track in English', async ({
  page,
}) => {
  await page.goto('/?present=1&slide=1');
  await expectSlide(page, 1);
  await page.getByTestId('present-controls').getByTestId('lang-toggle').click();
  await expectSlide(page, 1, makeDefaultTrack(data, 'en'));
  expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
});

test('the slide PNG button says when a view has no chart', async ({ page }) => {
  await page.goto('/?present=1&slide=1');
  await expectSlide(page, 1);
  await page.getByRole('button', { name: 'スライドPNG' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: '書き出せる図がありません' }),
  ).toBeVisible();
});
