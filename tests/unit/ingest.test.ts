// Runs the real `ingest` CLI against temporary output directories: the happy paths (UTF-8,
// Shift_JIS, web copy with long lines, stitched pages, into a copy of static/data) and every
// refusal, which must exit non-zero, say why, and leave the output directory as it was.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Concepts, Plan, PlanIndex } from '../../src/lib/data/schemas';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'tests/fixtures/ingest');
const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-test-'));
  temps.push(dir);
  return dir;
}

function ingest(input: string, out: string, ...extra: string[]) {
  const args = [
    '--import',
    'tsx',
    'scripts/ingest.ts',
    input,
    '--id',
    'hoshimigaoka',
    '--name',
    '星見ヶ丘市',
  ];
  const r = spawnSync(
    process.execPath,
    [...args, '--prefecture', '長野県', '--out', out, ...extra],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  return { status: r.status, stderr: r.stderr, stdout: r.stdout };
}

const json = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const key = (s: string) => s.normalize('NFKC').replace(/\s+/gu, '');

/** Every file under dir, relative, sorted. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

function readPlan(out: string): Plan {
  const plan = Plan.parse(json(join(out, 'plans/hoshimigaoka.json')));
  const lines = readFileSync(join(out, plan.sources[0]!.file), 'utf8').split('\n');
  for (const item of plan.items) {
    const { line, endLine = line, quote } = item.source;
    expect(key(lines.slice(line - 1, endLine).join('')), item.id).toContain(key(quote));
  }
  return plan;
}

describe('ingest: plans it accepts', () => {
  it('extracts, labels and indexes a UTF-8 plan with provenance for every item', () => {
    const out = tempDir();
    const r = ingest(join(FIXTURES, 'hoshimigaoka.txt'), out);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/read .*UTF-8/u);
    expect(r.stderr).toMatch(/extracted \d+ items/u);
    const plan = readPlan(out);
    expect(plan.plan.title).toBe('星見ヶ丘市総合計画');
    expect(plan.plan.period).toMatchObject({ start: 2025, end: 2034 });
    expect(plan.prefecture).toEqual({ ja: '長野県', en: 'Nagano' });
    const titles = plan.items.map((i) => i.title);
    for (const t of [
      '健康寿命の延伸',
      'フレイル予防教室の開催',
      '星空観光ツアーの造成',
      '自主防災組織の育成',
      '行政手続きのオンライン化',
    ]) {
      expect(titles).toContain(t);
    }
    const byTitle = new Map(plan.items.map((i) => [i.title, i]));
    expect(byTitle.get('フレイル予防教室の開催')!.parent).toBe(byTitle.get('健康寿命の延伸')!.id);
    expect(plan.items.every((i) => (i.categories ?? []).length > 0)).toBe(true);
    expect(readFileSync(join(out, plan.sources[0]!.file), 'utf8')).toBe(
      readFileSync(join(FIXTURES, 'hoshimigaoka.txt'), 'utf8'),
    );
    const index = PlanIndex.parse(json(join(out, 'index.json')));
    expect(index.cities.map((c) => c.id)).toEqual(['hoshimigaoka']);
    Concepts.parse(json(join(out, 'concepts.json')));
    expect(listFiles(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('reads a Shift_JIS copy to the same items', () => {
    const utf8 = tempDir();
    const sjis = tempDir();
    expect(ingest(join(FIXTURES, 'hoshimigaoka.txt'), utf8).status).toBe(0);
    const r = ingest(join(FIXTURES, 'hoshimigaoka-sjis.txt'), sjis);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/Shift_JIS/u);
    const titles = (out: string) => readPlan(out).items.map((i) => [i.id, i.title]);
    expect(titles(sjis)).toEqual(titles(utf8));
  });

  it('cuts long web-copy lines into list items that still point at their line', () => {
    const out = tempDir();
    const r = ingest(join(FIXTURES, 'hoshimigaoka-web.txt'), out);
    expect(r.status, r.stderr).toBe(0);
    const plan = readPlan(out);
    expect(plan.plan.title).toBe('星見ヶ丘市総合計画');
    const goals = plan.items.filter((i) => i.source.line === 3);
    expect(goals.map((i) => i.title)).toEqual([
      '健やかに暮らせるまち',
      '子どもが育ち学ぶまち',
      'にぎわいと仕事のあるまち',
      '安全で環境にやさしいまち',
    ]);
    // 「計画を進めるために ◇ … ◇ … ◇ …」: a section of its own with its three measures.
    const line4 = plan.items.filter((i) => i.source.line === 4);
    const section = line4.find((i) => i.title === '計画を進めるために')!;
    expect(section.parent).toBeNull();
    expect(line4.filter((i) => i.parent === section.id)).toHaveLength(3);
  });

  it('skips the furniture of stitched pages', () => {
    const out = tempDir();
    const r = ingest(join(FIXTURES, 'hoshimigaoka-pages.txt'), out);
    expect(r.status, r.stderr).toBe(0);
    const plan = readPlan(out);
    const titles = plan.items.map((i) => i.title);
    expect(titles.filter((t) => /先頭へ|＞|^- \d/u.test(t))).toEqual([]);
    expect(plan.items.filter((i) => i.parent === null).map((i) => i.title)).toEqual([
      '健やかに暮らせるまち',
      '子どもが育ち学ぶまち',
      'にぎわいと仕事のあるまち',
    ]);
  });

  it('joins the dashboard data: index, and concepts shared with the four cities', () => {
    const out = tempDir();
    cpSync(join(ROOT, 'static/data'), out, { recursive: true });
    const r = ingest(join(FIXTURES, 'hoshimigaoka.txt'), out);
    expect(r.status, r.stderr).toBe(0);
    const index = PlanIndex.parse(json(join(out, 'index.json')));
    expect(index.cities.map((c) => c.id)).toContain('hoshimigaoka');
    expect(index.cities).toHaveLength(5);
    const concepts = Concepts.parse(json(join(out, 'concepts.json')));
    const health = concepts.concepts.find((c) => c.id === 'healthy-life-expectancy')!;
    expect(health.items.some((id) => id.startsWith('hoshimigaoka/'))).toBe(true);
    expect(health.items.some((id) => id.startsWith('ichinoseki/'))).toBe(true);
    // check-data.mjs knows only the four built-in cities, so the cross-file check is done here.
    const ids = new Set(
      index.cities.flatMap((c) => Plan.parse(json(join(out, c.file))).items.map((i) => i.id)),
    );
    const referenced = [...concepts.concepts, ...concepts.unique].flatMap((c) => c.items);
    expect(referenced.filter((id) => !ids.has(id))).toEqual([]);
  });
});

describe('ingest: input it refuses, leaving the output alone', () => {
  const refusals: [string, () => string, number, RegExp][] = [
    ['an empty file', () => file('empty.txt', ''), 65, /empty/u],
    ['a whitespace-only file', () => file('blank.txt', '\n \n\u3000\n'), 65, /no text to read/u],
    [
      'binary data',
      () =>
        file(
          'image.png',
          Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
        ),
      65,
      /binary/u,
    ],
    [
      'text in no Japanese encoding',
      () => file('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a, 0xff, 0xfe, 0x80])),
      65,
      /not text in any encoding the reader knows \(accepted: UTF-8 .*Shift_JIS, EUC-JP/u,
    ],
    [
      'a file over the default size limit',
      () => file('huge.txt', Buffer.alloc(40 * 1024 * 1024 + 1, 'あ\n')),
      65,
      /more than the 41943040-byte limit for a plan/u,
    ],
    [
      'a path that does not exist',
      () => join(tempDir(), 'missing.txt'),
      66,
      /cannot read \(ENOENT\)/u,
    ],
    ['a directory', () => tempDir(), 66, /not a regular file/u],
  ];

  function file(name: string, content: string | Buffer): string {
    const path = join(tempDir(), name);
    writeFileSync(path, content);
    return path;
  }

  it.each(refusals)('%s', (_, makeInput, status, message) => {
    const out = tempDir();
    const r = ingest(makeInput(), out);
    expect(r.status).toBe(status);
    expect(r.stderr).toMatch(message);
    expect(listFiles(out)).toEqual([]);
  });

  it('refuses to replace a built-in city without --force', () => {
    const out = tempDir();
    const args = ['--import', 'tsx', 'scripts/ingest.ts', join(FIXTURES, 'hoshimigaoka.txt')];
    const r = spawnSync(
      process.execPath,
      [...args, '--id', 'iwaki', '--name', 'いわき市', '--out', out],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(r.status).toBe(64);
    expect(r.stderr).toMatch(/built-in cities; pass --force/u);
    expect(listFiles(out)).toEqual([]);
  });

  it('writes nothing when the output cannot be written, and keeps what was there', () => {
    const out = tempDir();
    writeFileSync(join(out, 'index.json'), JSON.stringify({ version: 1, cities: [] }));
    writeFileSync(join(out, 'concepts.json'), 'previous concepts');
    writeFileSync(join(out, 'plans'), 'a file where the plans directory should be');
    const before = listFiles(out).map((f) => [f, readFileSync(join(out, f), 'utf8')]);
    const r = ingest(join(FIXTURES, 'hoshimigaoka.txt'), out);
    expect(r.status).toBe(73);
    expect(r.stderr).toMatch(/cannot write/u);
    expect(listFiles(out).map((f) => [f, readFileSync(join(out, f), 'utf8')])).toEqual(before);
  });

  it('stops before writing when the existing index.json is broken', () => {
    const out = tempDir();
    writeFileSync(join(out, 'index.json'), '{ "version": 1, "cities": [ { "id": 3 } ] }');
    const r = ingest(join(FIXTURES, 'hoshimigaoka.txt'), out);
    expect(r.status).toBe(66);
    expect(r.stderr).toMatch(/index\.json: not a valid data file/u);
    expect(listFiles(out)).toEqual(['index.json']);
  });

  it('explains its usage when the id or name is missing', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/ingest.ts', 'plan.txt'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.status).toBe(64);
    expect(r.stderr).toMatch(/usage: npm run ingest/u);
  });
});
