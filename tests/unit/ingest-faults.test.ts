// The ingest faults tests/unit/ingest.test.ts leaves out: a 50 MB file, a broken PDF, an HTML
// page with nothing in its content, and an input that cannot be read (a symlink loop: the tests run as root, which reads any mode). Each
// must exit non-zero with a message that says why, write no file, and leave an output directory
// that already holds data exactly as it was.
import { spawnSync } from 'node:child_process';
import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-faults-'));
  temps.push(dir);
  return dir;
}

function file(name: string, content: string | Buffer): string {
  const path = join(tempDir(), name);
  writeFileSync(path, content);
  return path;
}

/** Every file under dir with its content, sorted by path. */
function snapshot(dir: string): [string, string][] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort()
    .map((p) => [p.slice(dir.length + 1), readFileSync(p, 'utf8')]);
}

const faults: [string, () => string, number, RegExp][] = [
  [
    'a 50 MB file',
    () => file('huge.txt', Buffer.alloc(50 * 1024 * 1024, '計画\n')),
    65,
    /more than the \d+-byte limit/u,
  ],
  [
    'a PDF that is not one',
    () => file('plan.pdf', '%PDF-1.7\nthis is no PDF body\n'),
    65,
    /not a readable PDF/u,
  ],
  [
    'an HTML page with no text in its content',
    () =>
      file(
        'plan.html',
        '<!DOCTYPE html><html><head><title>x</title></head><body><nav>ホーム</nav></body></html>',
      ),
    65,
    /no text to read/u,
  ],
  [
    'an input that cannot be read',
    () => {
      const path = join(tempDir(), 'loop.txt');
      symlinkSync(path, path);
      return path;
    },
    66,
    /cannot read \(ELOOP\)/u,
  ],
];

describe('ingest faults: clear message, non-zero exit, nothing written or overwritten', () => {
  it.each(faults)('%s', { timeout: 30_000 }, (_, makeInput, status, message) => {
    const out = tempDir();
    writeFileSync(join(out, 'index.json'), JSON.stringify({ version: 1, cities: [] }, null, 2));
    writeFileSync(join(out, 'concepts.json'), JSON.stringify({ concepts: [], unique: [] }));
    const before = snapshot(out);
    const r = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'scripts/ingest.ts',
        makeInput(),
        '--id',
        'hoshimigaoka',
        '--name',
        '星見ヶ丘市',
        '--prefecture',
        '長野県',
        '--out',
        out,
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(r.status).toBe(status);
    expect(r.stderr).toMatch(message);
    expect(snapshot(out)).toEqual(before);
  });
});
