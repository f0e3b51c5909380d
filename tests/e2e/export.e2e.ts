import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './test';
import { conceptCities } from '../../src/lib/analysis/countIntersections';
import { Concepts } from '../../src/lib/data/schemas';
import { cityIds, index, loadPlanJson } from './data';
import { loadEveryPart } from './lazyParts';

const concepts = Concepts.parse(JSON.parse(readFileSync('static/data/concepts.json', 'utf8')));
const items = new Map(cityIds.flatMap((c) => loadPlanJson(c).items.map((i) => [i.id, i])));

/** RFC 4180: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && ch === '"') {
      quoted = false;
    } else if (quoted) {
      field += ch;
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ',' || ch === '\n') {
      row.push(field);
      field = '';
      if (ch === '\n') {
        rows.push(row);
        row = [];
      }
    } else if (ch !== '\r') {
      field += ch;
    }
  }
  return rows;
}

async function download(page: Page, button: string): Promise<Buffer> {
  const menu = page.getByTestId('export-menu');
  if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open)))
    await menu.locator('summary').click();
  const pending = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await pending;
  return readFileSync((await file.path())!);
}

test('CSV of the view: a BOM, a header and one row per item with its source', async ({ page }) => {
  const chosen = cityIds.slice(0, 2);
  const concept = concepts.concepts.find((c) => conceptCities(c, chosen).length === 2)!;
  await page.goto(`/shared?cities=${chosen.join(',')}&concept=${concept.id}`);
  await expect(
    page.locator(`article[data-concept="${concept.id}"] a[data-item]`).first(),
  ).toBeVisible();
  const bytes = await download(page, 'この表示の項目（CSV）');
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, ...rows] = parseCsv(bytes.toString('utf8').slice(1));
  expect(header).toEqual([
    'city',
    'id',
    'kind',
    'title',
    'categories',
    'sdgs',
    'sourceFile',
    'line',
    'endLine',
    'quote',
  ]);
  const expected = concept.items.filter((id) => chosen.some((c) => id.startsWith(`${c}/`)));
  expect(rows.map((r) => r[1])).toEqual(expected);
  for (const row of rows) {
    const item = items.get(row[1]!)!;
    expect(row).toEqual([
      row[1]!.split('/')[0],
      item.id,
      item.kind,
      item.title,
      (item.categories ?? []).join(';'),
      (item.sdgs ?? []).join(';'),
      item.source.file,
      String(item.source.line),
      String(item.source.endLine ?? item.source.line),
      item.source.quote,
    ]);
  }
  await expect(page.getByTestId('export-menu').getByRole('status')).toHaveText(
    `${expected.length}件の項目を書き出しました。`,
  );
});

test('CSV and JSON of everything hold every item of every city', async ({ page }) => {
  await page.goto('/shared');
  await expect(page.locator('article[data-concept]').first()).toBeVisible();
  const csv = parseCsv((await download(page, '全市の全項目（CSV）')).toString('utf8').slice(1));
  expect(csv.length - 1).toBe(items.size);
  expect(new Set(csv.slice(1).map((r) => r[1]))).toEqual(new Set(items.keys()));
  const json = JSON.parse(
    (await download(page, '全市の全項目（JSON）')).toString('utf8'),
  ) as Array<{
    id: string;
    line: number;
    categories: string[];
  }>;
  expect(json.length).toBe(items.size);
  const sample = json[json.length - 1]!;
  expect(sample.line).toBe(items.get(sample.id)!.source.line);
  expect(sample.categories).toEqual(items.get(sample.id)!.categories ?? []);
});

test('the UpSet chart exports as SVG with title, legend and source footer, and as PNG', async ({
  page,
}) => {
  await page.goto('/shared');
  await expect(page.locator('[data-testid="upset"] a[data-set]').first()).toBeVisible();
  const svg = (await download(page, '市の組み合わせごとの共通概念の数（SVG）')).toString('utf8');
  expect(svg).toContain('<svg');
  expect(svg).toContain('市の組み合わせごとの共通概念の数');
  expect(svg).toContain('出典：各市の総合計画を加工して作成');
  expect(svg).toContain('縦棒：その組み合わせだけに共通する概念の数');
  for (const city of index.cities) expect(svg).toContain(city.plan.title);
  const bars = svg.match(/<rect[^>]*fill:\s*rgb\(31, 95, 168\)/g) ?? [];
  expect(bars.length).toBeGreaterThan(0);

  const png = await download(page, '市の組み合わせごとの共通概念の数（PNG）');
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  // IHDR width: the SVG at twice its size.
  const width = png.readUInt32BE(16);
  const svgWidth = Number(/<svg[^>]*width="(\d+)"/.exec(svg)![1]);
  expect(width).toBe(svgWidth * 2);
});

test('the citation names the view, the plans, the URL with its state and the date', async ({
  page,
}) => {
  const chosen = [cityIds[2]!, cityIds[0]!];
  await page.goto(`/shared?cities=${chosen.join(',')}&lang=en`);
  await expect(page.getByTestId('citation-ja')).toHaveCount(0);
  // At the page's end, it loads as the reader scrolls there; closed until asked for, its text's
  // code loads then.
  await page.locator('footer').scrollIntoViewIfNeeded();
  await page.getByRole('heading', { name: 'Cite this view' }).click();
  const ja = page.getByTestId('citation-ja');
  const en = page.getByTestId('citation-en');
  await expect(ja).toContainText('総合計画アトラス「共通する取り組みと独自の取り組み」');
  await expect(en).toContainText('Plan Atlas. “Shared and unique approaches.”');
  for (const id of chosen) {
    const city = index.cities.find((c) => c.id === id)!;
    await expect(ja).toContainText(`${city.name.ja}「${city.plan.title}」`);
    await expect(en).toContainText(city.name.en);
  }
  await expect(en).toContainText(`/shared?cities=${chosen.join(',')}&lang=en`);
  await expect(ja).toContainText(/\d{4}年\d{1,2}月\d{1,2}日閲覧/);
  await expect(en).toContainText(/accessed \d{4}-\d{2}-\d{2}/);
});

test('a Japanese page cites itself in English too, though its English UI strings are not loaded', async ({
  page,
}) => {
  await page.goto('/shared');
  await loadEveryPart(page);
  await page.getByRole('heading', { name: 'この表示を引用する' }).click();
  await expect(page.getByTestId('citation-ja')).toContainText(
    '総合計画アトラス「共通する取り組みと独自の取り組み」',
  );
  await expect(page.getByTestId('citation-en')).toContainText(
    'Plan Atlas. “Shared and unique approaches.”',
  );
  await page.goto('/search?q=防災');
  await loadEveryPart(page);
  await page.getByRole('heading', { name: 'この表示を引用する' }).click();
  await expect(page.getByTestId('citation-en')).toContainText(
    'Plan Atlas. “Search items: “防災”.”',
  );
});
