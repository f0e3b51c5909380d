// The ingest command on the plan shapes the reader accepts (HTML, PDF, EUC-JP, UTF-16), the PDFs
// it refuses, options it checks, paths typed in another folder, outputs it cannot make, a target
// it cannot replace, and two ingests running at once into one data directory.
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Plan, PlanIndex } from '../../src/lib/data/schemas';

const ROOT = resolve(import.meta.dirname, '../..');
const PLANS = join(ROOT, 'tests/fixtures/plans');
const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-cli-'));
  temps.push(dir);
  return dir;
}

const ARGS = ['--import', 'tsx', join(ROOT, 'scripts/ingest.ts')];
function ingest(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [...ARGS, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
  return { status: r.status, stderr: r.stderr, signal: r.signal };
}
const city = (input: string, out: string, id = 'kaso', extra: string[] = []) =>
  ingest([input, '--id', id, '--name', '架空市', '--out', out, ...extra]);
const json = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const files = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
const snapshot = (dir: string) => files(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]);

describe('ingest reads every format the reader accepts', () => {
  it.each([
    ['html-tsukimihara/plan.html', /html \(UTF-8\)/u],
    ['eucjp-hotarugawa/plan.txt', /text \(EUC-JP\)/u],
    ['utf16-tsubakigahama/plan.txt', /text \(UTF-16LE \(BOM\)\)/u],
    ['pdf-shirasagigawa/plan.pdf', /pdf, \d+ pages/u],
  ])('%s', (input, format) => {
    const out = tempDir();
    const r = city(join(PLANS, input), out);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(format);
    const plan = Plan.parse(json(join(out, 'plans/kaso.json')));
    expect(plan.items.length).toBeGreaterThan(20);
    const text = readFileSync(join(out, plan.sources[0]!.file), 'utf8');
    expect(text.length).toBeGreaterThan(500);
    if (input.endsWith('.pdf')) {
      expect(r.stderr).toMatch(/read page \d+ of \d+/u);
      expect(plan.items.every((i) => (i.source.page ?? 0) >= 1)).toBe(true);
    }
  });
});

describe('ingest refuses, with a message and nothing written', () => {
  it.each([
    ['a scanned PDF', join(ROOT, 'tests/fixtures/pdf/scanned.pdf'), [], 65, /no text layer/u],
    [
      'an encrypted PDF',
      join(ROOT, 'tests/fixtures/pdf/encrypted.pdf'),
      [],
      65,
      /password-protected/u,
    ],
    [
      '--max-bytes abc',
      join(PLANS, 'toc-suzunari/plan.txt'),
      ['--max-bytes', 'abc'],
      64,
      /--max-bytes abc: a positive number of bytes/u,
    ],
    [
      'a file over --max-bytes',
      join(PLANS, 'toc-suzunari/plan.txt'),
      ['--max-bytes', '1K'],
      65,
      /more than the 1024-byte limit/u,
    ],
    [
      'an unknown prefecture',
      join(PLANS, 'toc-suzunari/plan.txt'),
      ['--prefecture', '架空県'],
      64,
      /--prefecture 架空県: not one of the 47/u,
    ],
    [
      'a code with a wrong check digit',
      join(PLANS, 'toc-suzunari/plan.txt'),
      ['--code', '072100'],
      64,
      /--code 072100: .*check digit/u,
    ],
  ])('%s', (_, input, extra, status, message) => {
    const out = tempDir();
    const r = city(input, out, 'kaso', extra as string[]);
    expect(r.status, r.stderr).toBe(status);
    expect(r.stderr).toMatch(message);
    expect(files(out)).toEqual([]);
  });

  it('an --out that cannot be made, at once (it used to hang on /proc)', () => {
    const r = city(join(PLANS, 'toc-suzunari/plan.txt'), '/proc/plan-atlas-out');
    expect(r.signal).toBeNull();
    expect(r.status).toBe(73);
    expect(r.stderr).toMatch(/--out \/proc\/plan-atlas-out: cannot make it/u);
    const file = join(tempDir(), 'a-file');
    writeFileSync(file, '');
    expect(city(join(PLANS, 'toc-suzunari/plan.txt'), join(file, 'out')).status).toBe(73);
  });

  it('a concepts.json that is a directory: exit 73, every file as it was, no temporaries', () => {
    const out = tempDir();
    cpSync(join(ROOT, 'static/data'), out, { recursive: true });
    rmSync(join(out, 'concepts.json'));
    mkdirSync(join(out, 'concepts.json'));
    const before = snapshot(out);
    const r = city(join(PLANS, 'toc-suzunari/plan.txt'), out);
    expect(r.status, r.stderr).toBe(73);
    expect(r.stderr).toMatch(/cannot write \(.*concepts\.json is a directory\)/u);
    expect(snapshot(out)).toEqual(before);
  });
});

describe('ingest paths', () => {
  it('reads relative paths from the folder the command was typed in (INIT_CWD)', () => {
    const here = tempDir();
    cpSync(join(PLANS, 'toc-suzunari/plan.txt'), join(here, 'mine.txt'));
    const r = ingest(['mine.txt', '--id', 'kaso', '--name', '架空市', '--out', 'data'], {
      INIT_CWD: here,
    });
    expect(r.status, r.stderr).toBe(0);
    expect(files(join(here, 'data'))).toContain('plans/kaso.json');
  });
});

describe('two ingests at once into one data directory', () => {
  const run = (args: string[]) =>
    new Promise<number | null>((done) => {
      const child = spawn(process.execPath, [...ARGS, ...args], { cwd: ROOT, stdio: 'ignore' });
      child.on('exit', (code) => done(code));
    });

  it.each([1, 2, 3])(
    'trial %i: both cities are in index.json and concepts.json',
    { timeout: 60_000 },
    async () => {
      const out = tempDir();
      cpSync(join(ROOT, 'static/data'), out, { recursive: true });
      const codes = await Promise.all([
        run([join(PLANS, 'toc-suzunari/plan.txt'), '--id', 'aaa', '--name', '甲市', '--out', out]),
        run([
          join(PLANS, 'prose-kazamino/plan.txt'),
          '--id',
          'bbb',
          '--name',
          '乙市',
          '--out',
          out,
        ]),
      ]);
      expect(codes).toEqual([0, 0]);
      const ids = PlanIndex.parse(json(join(out, 'index.json'))).cities.map((c) => c.id);
      expect(ids).toEqual(expect.arrayContaining(['aaa', 'bbb', 'iwaki']));
      expect(ids).toHaveLength(6);
      const concepts = readFileSync(join(out, 'concepts.json'), 'utf8');
      expect(concepts).toMatch(/"aaa\//u);
      expect(concepts).toMatch(/"bbb\//u);
      expect(files(out).filter((f) => /\.tmp$|\.bak$|\.lock$/u.test(f))).toEqual([]);
    },
  );
});
