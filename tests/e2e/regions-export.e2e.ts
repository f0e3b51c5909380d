// /regions downloads its map as PNG and SVG with title, legend, numbered key, the approximate-area
// note and 出典; the selected framework's members are all listed beside the map; frameworks with
// the same members are told apart. /shared links to its unique approaches from the top. Both
// languages, desktop and phone.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './test';
import { Municipalities, Regions, GeoIndex } from '../../src/lib/data/schemas';

const read = (f: string) => JSON.parse(readFileSync(`static/data/${f}`, 'utf8')) as unknown;
const regions = Regions.parse(read('regions.json'));
const munis = Municipalities.parse(read('municipalities.json'));
const geo = GeoIndex.parse(read('geo/index.json'));
const nameOf = (code: string, lang: 'ja' | 'en') => munis.find((m) => m.code === code)!.name[lang];

// A framework of a city, not prefecture-wide, with another of the same city with the same members.
function twinPair() {
  for (const f of regions.frameworks)
    for (const g of regions.frameworks) {
      if (f === g || f.scope === 'prefecture' || g.scope === 'prefecture') continue;
      const city = f.cities.find((c) => g.cities.includes(c));
      if (city && [...f.members].sort().join() === [...g.members].sort().join())
        return { city, first: f, second: g };
    }
  throw new Error('no two frameworks with the same members');
}

async function download(page: Page, button: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('regions-download').getByRole('button', { name: button }).click(),
  ]);
  return readFileSync((await file.path())!);
}

for (const lang of ['ja', 'en'] as const) {
  for (const [device, viewport] of [
    ['desktop', { width: 1280, height: 900 }],
    ['phone', { width: 412, height: 915 }],
  ] as const) {
    test(`/regions downloads the map as SVG and PNG with its 出典 (${lang}, ${device})`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      const big = [...regions.frameworks]
        .filter((f) => f.scope !== 'prefecture')
        .sort((a, b) => b.members.length - a.members.length)[0]!;
      const city = big.cities[0]!;
      await page.goto(`/regions?city=${city}&fw=${big.id}${lang === 'en' ? '&lang=en' : ''}`);
      // Every member of the selected framework is listed beside the map with its number.
      const key = page.getByTestId('member-key');
      await expect(key.locator('li')).toHaveCount(big.members.length);
      for (const code of big.members)
        await expect(key.locator(`li[data-code="${code}"]`)).toContainText(nameOf(code, lang));

      await page.getByTestId('regions-download').locator('summary').click();
      const svg = (await download(page, lang === 'ja' ? '地図（SVG）' : 'Map (SVG)')).toString();
      expect(svg.startsWith('<svg')).toBe(true);
      expect(svg).toContain(big.name[lang].replace(/&/g, '&amp;'));
      expect(svg).toContain(lang === 'ja' ? '出典：' : 'Sources:');
      expect(svg).toContain(lang === 'ja' ? '破線の面は' : 'Dashed areas');
      expect(svg).toContain(geo.land.source.title);
      for (const code of big.members) expect(svg).toContain(nameOf(code, lang));
      expect(svg).not.toMatch(/<image|href="http/);

      const png = await download(page, lang === 'ja' ? '地図（PNG）' : 'Map (PNG)');
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(png.readUInt32BE(16)).toBe(2400);
      await expect(page.getByTestId('regions-download').getByRole('alert')).toHaveCount(0);
    });
  }

  test(`frameworks with the same members are told apart (${lang})`, async ({ page }) => {
    const { city, first, second } = twinPair();
    await page.goto(`/regions?city=${city}${lang === 'en' ? '&lang=en' : ''}`);
    const map = page.getByTestId('svg-map');
    const a = map.locator(`path[data-framework="${first.id}"]`);
    const b = map.locator(`path[data-framework="${second.id}"]`);
    await expect(a).toHaveCount(1);
    await expect(b).toHaveCount(1);
    expect(await a.getAttribute('d')).toBe(await b.getAttribute('d'));
    const moved = [await a.getAttribute('transform'), await b.getAttribute('transform')];
    expect(moved.filter(Boolean)).toHaveLength(1);

    await page.getByTestId('regions-download').locator('summary').click();
    const svg = (await download(page, lang === 'ja' ? '地図（SVG）' : 'Map (SVG)')).toString();
    expect(svg).toContain('transform="translate(5 5)"');
    expect(svg).toMatch(
      lang === 'ja' ? /※ .+：構成市町村は「.+」と同じ/ : /※ .+: the same members as /,
    );
  });

  test(`/shared links from its top to the unique approaches (${lang}, phone)`, async ({ page }) => {
    await page.setViewportSize({ width: 412, height: 915 });
    await page.goto(`/shared${lang === 'en' ? '?lang=en' : ''}`);
    const link = page.getByTestId('jump-unique');
    await expect(link).toBeInViewport();
    await link.click();
    await expect(page.locator('#unique-heading')).toBeInViewport();
    await expect(page.locator('#unique-heading')).toBeFocused();
  });
}
