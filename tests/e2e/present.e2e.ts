// /present: the default track walked by keyboard at a projector's sizes, the print deck, the slide
// PNGs, the presenter view in step with the audience view, the keys of a room, the track builder,
// bad URLs, the old in-page links, accessibility, and what /present loads.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './test';
import { makeDefaultTrack } from '../../src/lib/present/makeDefaultTrack';
import { parseTrack, serializeTrack, toView, type Track } from '../../src/lib/present/track';
import { readDeckData } from '../unit/readDeckData';

const data = readDeckData();
const track = makeDefaultTrack(data, 'ja');

async function expectSlide(page: Page, n: number, slides: Track = track) {
  await expect(page.getByTestId('slide')).toHaveAttribute('data-slide', String(n));
  await expect(page.getByTestId('slide-counter')).toHaveText(`${n} / ${slides.length}`);
  await expect(page.getByTestId('slide').locator('h1')).toHaveText(slides[n - 1]!.title);
  await expect(page.getByTestId('slide-announce')).toContainText(`${n}/${slides.length}`);
  // Opened without ?slide= (or at a view's slide with ?from=), the URL names no slide yet.
  const raw = new URL(page.url()).searchParams.get('slide');
  if (raw !== null) expect(raw).toBe(String(n));
}

/** The controls show while the pointer moves over the slide, as they do for a presenter. */
async function showControls(page: Page) {
  await page.mouse.move(200, 200);
  await page.mouse.move(210, 210);
  await expect(page.getByTestId('present-controls')).toHaveCSS('opacity', '1');
}

/** What a room would see wrong on the slide on screen. */
function inspectSlide(page: Page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    const stage = document.querySelector('[data-testid="slide"]')!.getBoundingClientRect();
    const small: string[] = [];
    const outside: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const el = node.parentElement;
      if (!text || !el || !el.checkVisibility({ visibilityProperty: true })) continue;
      const box = el.getBoundingClientRect();
      // A visually hidden element (the live region, the slide's heading) is a 1 px box.
      if (box.width * box.height < 4) continue;
      let size = parseFloat(getComputedStyle(el).fontSize);
      if (el instanceof SVGGraphicsElement) {
        const ctm = el.getScreenCTM()!;
        size *= Math.hypot(ctm.c, ctm.d);
      }
      if (size < 18) small.push(`${text.slice(0, 24)} (${size.toFixed(1)} px)`);
      const range = document.createRange();
      range.selectNodeContents(node);
      const r = range.getBoundingClientRect();
      const inSlide = el.closest('[data-testid="slide"]');
      if (
        inSlide &&
        (r.left < stage.left - 1 ||
          r.right > stage.right + 1 ||
          r.top < stage.top - 1 ||
          r.bottom > stage.bottom + 1)
      )
        outside.push(text.slice(0, 24));
    }
    const figure = document.querySelector('[data-testid="slide"] [data-testid="slide-figure"]')!;
    const f = figure.getBoundingClientRect();
    return {
      scrolls: root.scrollHeight > innerHeight || root.scrollWidth > innerWidth,
      small,
      outside,
      figure: {
        kind: figure.getAttribute('data-kind'),
        marks: figure.querySelectorAll('rect, path, circle, line').length,
        share: (f.width * f.height) / (stage.width * stage.height),
      },
      stage: { width: stage.width, height: stage.height },
    };
  });
}

for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
] as const) {
  test(`the default track walked by keyboard at ${width}×${height}: no scroll, no text under 18 px, a figure on every slide`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width, height });
    await page.goto('/present');
    const keys = ['ArrowRight', 'Space', 'PageDown'];
    for (let n = 1; n <= track.length; n++) {
      await expectSlide(page, n);
      const seen = await inspectSlide(page);
      expect(seen.stage).toEqual({ width, height });
      expect(seen.scrolls, `slide ${n} scrolls`).toBe(false);
      expect(seen.small, `slide ${n}`).toEqual([]);
      expect(seen.outside, `slide ${n}`).toEqual([]);
      expect(seen.figure.kind, `slide ${n}`).not.toBe('none');
      expect(seen.figure.marks, `slide ${n}`).toBeGreaterThan(3);
      expect(seen.figure.share, `slide ${n}`).toBeGreaterThan(0.3);
      if (n < track.length) await page.keyboard.press(keys[n % keys.length]!);
    }
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, track.length);
    await page.keyboard.press('Home');
    await expectSlide(page, 1);
    await page.keyboard.press('ArrowLeft');
    await expectSlide(page, 1);
    await page.keyboard.press('End');
    await expectSlide(page, track.length);
    await page.keyboard.press('PageUp');
    await expectSlide(page, track.length - 1);
    await page.keyboard.press('Shift+Space');
    await expectSlide(page, track.length - 2);
  });
}

test('the default track tells the story of the plans, each title a finding from the data', async ({
  page,
}) => {
  await page.goto('/present');
  const kinds = [
    'periods',
    'scope',
    'categories',
    'upset',
    'concept',
    'unique',
    'regions',
    'labels',
  ];
  for (const [i, kind] of kinds.entries()) {
    await expectSlide(page, i + 1);
    await expect(page.getByTestId('slide').getByTestId('slide-figure')).toHaveAttribute(
      'data-kind',
      kind,
    );
    await page.keyboard.press('ArrowRight');
  }
  // The slide on what each plan covers says that none is a whole plan, and names each document.
  await page.goto('/present?slide=2');
  const note = page.getByTestId('slide').getByTestId('slide-note-line');
  await expect(note.first()).toContainText('どれも計画の全体ではない');
  const figure = await page.getByTestId('slide').getByTestId('slide-figure').textContent();
  for (const plan of data.plans.values())
    for (const source of plan.sources) expect(figure).toContain(source.title);
});

test('printing /present gives one 16:9 page per slide', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/present');
  await expectSlide(page, 1);
  await expect(page.getByTestId('print-deck').getByTestId('slide-svg')).toHaveCount(track.length);
  const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString(
    'latin1',
  );
  const pages = pdf.match(/\/Type\s*\/Page(?!s)/g) ?? [];
  expect(pages).toHaveLength(track.length);
  const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)];
  expect(boxes.length).toBeGreaterThanOrEqual(1);
  for (const [, w, h] of boxes) expect(Number(w) / Number(h)).toBeCloseTo(16 / 9, 2);
});

test('every slide exports as a 1920×1080 PNG with its 出典', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/present');
  for (let n = 1; n <= track.length; n++) {
    await expectSlide(page, n);
    await expect(page.getByTestId('slide').getByTestId('slide-source-line').first()).toContainText(
      '出典',
    );
    const pending = page.waitForEvent('download');
    await showControls(page);
    await page.getByRole('button', { name: 'スライドPNG' }).click();
    const file = await pending;
    expect(file.suggestedFilename()).toBe(`slide-${n}.png`);
    const png = readFileSync((await file.path())!);
    expect([...png.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1920, 1080]);
    await expect(page.getByRole('status').filter({ hasText: '1920×1080' })).toBeVisible();
    if (n < track.length) await page.keyboard.press('ArrowRight');
  }
});

test('P opens the presenter view in a second window, and each window follows the other', async ({
  page,
}) => {
  await page.goto('/present?slide=2');
  await expectSlide(page, 2);
  const opening = page.waitForEvent('popup');
  await page.keyboard.press('p');
  const presenter = await opening;
  await presenter.locator('html[data-ready]').waitFor({ state: 'attached' });
  const counter = presenter.getByTestId('presenter-counter');
  await expect(counter).toHaveText(`2 / ${track.length}`);
  await expect(presenter.getByTestId('speaker-notes')).toHaveText(track[1]!.notes);
  await expect(presenter.getByTestId('presenter-next-title')).toHaveText(track[2]!.title);
  await expect(presenter.getByTestId('presenter-timer')).toHaveText(/^\d\d:\d\d$/);

  await presenter.keyboard.press('ArrowRight');
  await expect(counter).toHaveText(`3 / ${track.length}`);
  await expectSlide(page, 3);
  await page.keyboard.press('PageDown');
  await expectSlide(page, 4);
  await expect(counter).toHaveText(`4 / ${track.length}`);
  await expect(presenter.getByTestId('speaker-notes')).toHaveText(track[3]!.notes);

  await presenter.keyboard.press('b');
  await expect(page.getByTestId('black-screen')).toBeVisible();
  await presenter.keyboard.press('.');
  await expect(page.getByTestId('black-screen')).toHaveCount(0);
  await presenter.keyboard.press('End');
  await expectSlide(page, track.length);
  await expect(presenter.getByTestId('presenter-next')).toContainText('最後のスライドです');
});

test('B and . black the screen and bring it back; Esc leaves to the slide’s view', async ({
  page,
}) => {
  await page.goto('/present?slide=3');
  await expectSlide(page, 3);
  await page.keyboard.press('b');
  await expect(page.getByTestId('black-screen')).toBeVisible();
  await page.keyboard.press('b');
  await expect(page.getByTestId('black-screen')).toHaveCount(0);
  await page.keyboard.press('.');
  await expect(page.getByTestId('black-screen')).toBeVisible();
  // Esc first lifts the black screen, then leaves.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('black-screen')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.locator('.site-header')).toBeVisible();
  const url = new URL(page.url());
  expect(`${url.pathname}${url.search}${url.hash}`).toBe(track[2]!.view);
});

test('F asks for full screen and F again leaves it', async ({ page }) => {
  await page.goto('/present');
  await expectSlide(page, 1);
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
});

test('a shared track opens at its slide; the builder adds any chart view, retitles, reorders, removes', async ({
  page,
}) => {
  const mine: Track = [
    { view: '/regions?city=iwaki', title: '広域連携から', notes: '地図' },
    { view: '/compare?cat=safety#matrix', title: '安全の比較', notes: '' },
    { view: '/search?q=防災', title: '検索', notes: '' },
  ];
  await page.goto(`/present?track=${serializeTrack(mine)}&slide=2`);
  await expectSlide(page, 2, mine);
  await expect(page.getByTestId('slide').getByTestId('slide-figure')).toHaveAttribute(
    'data-kind',
    'categories',
  );
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 3, mine);
  // A view with no chart keeps its place in the track and says so.
  await expect(page.getByTestId('slide').getByTestId('slide-figure')).toHaveAttribute(
    'data-kind',
    'none',
  );
  await page.keyboard.press('Home');

  await showControls(page);
  await page.getByRole('button', { name: 'トラック編集' }).click();
  const builder = page.getByTestId('track-builder');
  await expect(builder.getByTestId('track-slide')).toHaveCount(3);
  // Keys typed into the builder's fields are text, not commands.
  const title = builder.getByTestId('track-slide').first().getByLabel('タイトル');
  await title.fill('いわき市の広域連携');
  await title.press('ArrowLeft');
  await title.press('Enter');
  await builder
    .getByRole('group', { name: 'スライド 1' })
    .getByRole('button', { name: '下へ' })
    .click();
  // A view's query is kept as the URL encodes it.
  const moved = [
    { ...mine[1]! },
    { ...mine[0]!, title: 'いわき市の広域連携' },
    { ...mine[2]!, view: toView(mine[2]!.view)! },
  ];
  await expectSlide(page, 2, moved);
  expect(parseTrack(new URL(page.url()).searchParams.get('track')!)).toEqual({
    ok: true,
    track: moved,
  });
  await expect(builder.getByTestId('share-url')).toHaveValue(page.url());

  await builder
    .getByRole('group', { name: 'スライド 3' })
    .getByRole('button', { name: '削除' })
    .click();
  await expect(builder.getByTestId('track-slide')).toHaveCount(2);

  // Any chart view of the dashboard: here the SDG strip, added after the slide on screen.
  await builder.getByLabel('スライドを追加').selectOption({ label: 'SDGs' });
  await builder.getByRole('button', { name: '追加', exact: true }).click();
  await expect(builder.getByTestId('track-slide')).toHaveCount(3);
  await expect(page.getByTestId('slide-counter')).toHaveText('3 / 3');
  await expect(page.getByTestId('slide').getByTestId('slide-figure')).toHaveAttribute(
    'data-kind',
    'sdgs',
  );
  await expect(page.getByTestId('slide').locator('h1')).toContainText('SDGs');
  const added = parseTrack(new URL(page.url()).searchParams.get('track')!);
  expect(added.ok && added.track.map((s) => s.view)).toEqual([
    mine[1]!.view,
    mine[0]!.view,
    '/compare#sdgs',
  ]);
});

test('a custom track survives leaving: browse, press P, add the view; reset to default', async ({
  page,
}) => {
  const mine: Track = [{ view: '/regions', title: '広域連携', notes: '' }];
  await page.goto(`/present?track=${serializeTrack(mine)}&slide=1`);
  await expectSlide(page, 1, mine);
  await page.keyboard.press('Escape');
  await expect(page.locator('.site-header')).toBeVisible();
  await page.goto('/shared');
  await expect(page.getByTestId('upset')).toBeVisible();
  await page.locator('body').press('p');
  await expect(page).toHaveURL(/\/present\?/);
  await expect(page.getByTestId('slide-counter')).toHaveText('1 / 1');
  await showControls(page);
  await page.getByRole('button', { name: 'トラック編集' }).click();
  await page.getByRole('button', { name: '開いていた表示（/shared）を追加' }).click();
  await expect(page.getByTestId('slide-counter')).toHaveText('2 / 2');
  await expect(page.getByTestId('slide').getByTestId('slide-figure')).toHaveAttribute(
    'data-kind',
    'upset',
  );
  const parsed = parseTrack(new URL(page.url()).searchParams.get('track')!);
  expect(parsed.ok && parsed.track.map((s) => s.view)).toEqual(['/regions', '/shared']);

  await page.getByRole('button', { name: '既定のトラックに戻す' }).click();
  await expectSlide(page, 1);
  expect(new URL(page.url()).searchParams.has('track')).toBe(false);
});

test('P on a page of the default track opens /present at that view’s slide', async ({ page }) => {
  await page.goto('/regions');
  await expect(page.getByTestId('svg-map')).toBeVisible();
  await page.locator('body').press('p');
  await expectSlide(page, track.findIndex((s) => s.view === '/regions') + 1);
});

for (const [name, query, notice] of [
  ['a malformed track', 'track=not*valid', 'トラックを読めませんでした'],
  ['a track that is not JSON', `track=${Buffer.from('{').toString('base64url')}`, 'not JSON'],
  ['a slide past the end', 'slide=99', 'スライド「99」はありません'],
  ['a slide that is not a number', 'slide=abc', 'スライド「abc」はありません'],
] as const) {
  test(`${name} in the URL says so and shows the default track`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`/present?${query}`);
    await expect(page.getByRole('alert')).toContainText(notice);
    await expect(page.getByTestId('slide')).toHaveAttribute('data-slide', '1');
    await expect(page.getByTestId('slide').locator('h1')).toHaveText(track[0]!.title);
    await page.getByRole('alert').getByRole('button', { name: '閉じる' }).click();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, 2);
    expect(errors).toEqual([]);
  });
}

test('the old in-page links (?present=1) lead to /present with their track and slide', async ({
  page,
}) => {
  const mine: Track = [
    { view: '/', title: 'はじめに', notes: '' },
    { view: '/compare?metric=share#matrix', title: '重点', notes: '' },
  ];
  await page.goto(`/compare?metric=share&present=1&track=${serializeTrack(mine)}&slide=2#matrix`);
  await expect(page).toHaveURL(/\/present\?/);
  await expectSlide(page, 2, mine);
});

test('an old in-page link without a track opens the default track at its view', async ({
  page,
}) => {
  await page.goto('/regions?present=1');
  await expect(page).toHaveURL(/\/present\?/);
  await expectSlide(page, track.findIndex((s) => s.view === '/regions') + 1);
});

test('the language toggle retells the default track in English', async ({ page }) => {
  await page.goto('/present?slide=1');
  await expectSlide(page, 1);
  await showControls(page);
  await page.getByTestId('present-controls').getByTestId('lang-toggle').click();
  await expect(page).toHaveURL(/lang=en/);
  const newest = data.index.cities.reduce((a, b) =>
    (b.plan.period?.start ?? 0) > (a.plan.period?.start ?? 0) ? b : a,
  );
  await expect(page.getByTestId('slide').locator('h1')).toContainText(
    `${newest.name.en}’s plan is the newest (from FY${newest.plan.period!.start})`,
  );
  await expect(page.getByTestId('slide-counter')).toHaveText(`1 / ${track.length}`);
});

for (const lang of ['ja', 'en'] as const) {
  test(`axe: /present with the builder open, and the presenter view (${lang})`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const q = lang === 'en' ? '&lang=en' : '';
    await page.goto(`/present?slide=7${q}`);
    await expect(page.getByTestId('slide-svg').first()).toBeVisible();
    await showControls(page);
    await page
      .getByTestId('present-controls')
      .getByRole('button', { name: lang === 'en' ? 'Edit track' : 'トラック編集' })
      .click();
    await expect(page.getByTestId('track-builder')).toBeVisible();
    const audience = await new AxeBuilder({ page }).analyze();
    expect(
      audience.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`),
    ).toEqual([]);
    await page.goto(`/present?slide=7&presenter=1${q}`);
    await expect(page.getByTestId('presenter-view')).toBeVisible();
    const presenter = await new AxeBuilder({ page }).analyze();
    expect(
      presenter.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`),
    ).toEqual([]);
  });
}

test('/present loads no maplibre, and its code loads on no other page', async ({ page }) => {
  const scripts: string[] = [];
  page.on('response', async (r) => {
    if (r.request().resourceType() === 'script') scripts.push(await r.text());
  });
  // A class name only maplibre's code holds; the name of /present's channel only its code does.
  const MAPLIBRE = 'maplibregl-canvas';
  const PRESENT = 'plan-atlas:present';
  for (const route of ['/', '/compare', '/shared', `/plans/${data.index.cities[0]!.id}`]) {
    await page.goto(route);
    await page.waitForLoadState('networkidle');
  }
  expect(scripts.filter((s) => s.includes(PRESENT))).toEqual([]);
  await page.goto('/present?slide=7');
  await expect(page.getByTestId('slide').getByTestId('slide-figure')).toHaveAttribute(
    'data-kind',
    'regions',
  );
  await page.waitForLoadState('networkidle');
  expect(scripts.some((s) => s.includes(PRESENT))).toBe(true);
  expect(scripts.filter((s) => s.includes(MAPLIBRE))).toEqual([]);
});
