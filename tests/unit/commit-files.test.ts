// The all-or-nothing write every build script and the ingest command use: a failure at any step
// leaves the data directory exactly as it was, with no temporary or backup file behind.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  commitFiles,
  nodeFs,
  TransactionError,
  type FsSteps,
} from '../../scripts/write/commitFiles';

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'commit-'));
  temps.push(dir);
  mkdirSync(join(dir, 'plans'));
  writeFileSync(join(dir, 'index.json'), 'old index');
  writeFileSync(join(dir, 'concepts.json'), 'old concepts');
  writeFileSync(join(dir, 'plans/a.json'), 'old a');
  return dir;
}

const snapshot = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort()
    .map((f) => [f, readFileSync(join(dir, f), 'utf8')]);

const files = (dir: string) =>
  new Map([
    [join(dir, 'sources/new.txt'), 'new source'],
    [join(dir, 'plans/b.json'), 'new b'],
    [join(dir, 'index.json'), 'new index'],
    [join(dir, 'concepts.json'), 'new concepts'],
  ]);

/** The real file system, except that the n-th rename throws. */
function failingRename(n: number): FsSteps {
  let count = 0;
  return {
    ...nodeFs,
    rename: (from, to) => {
      if (++count === n) throw Object.assign(new Error('injected'), { code: 'EIO' });
      nodeFs.rename(from, to);
    },
  };
}

describe('commitFiles', () => {
  it('writes every file', () => {
    const dir = dataDir();
    commitFiles(dir, files(dir));
    expect(snapshot(dir)).toEqual([
      ['concepts.json', 'new concepts'],
      ['index.json', 'new index'],
      ['plans/a.json', 'old a'],
      ['plans/b.json', 'new b'],
      ['sources/new.txt', 'new source'],
    ]);
  });

  // Two new files (one rename each) and two replaced ones (two renames each): six renames.
  it.each([1, 2, 3, 4, 5, 6])('changes nothing when rename %i fails', (n) => {
    const dir = dataDir();
    const before = snapshot(dir);
    expect(() => commitFiles(dir, files(dir), failingRename(n))).toThrow(TransactionError);
    expect(snapshot(dir)).toEqual(before);
    expect(readdirSync(dir)).not.toContain('sources');
  });

  it('fails before writing when a target is a directory or a parent is a file', () => {
    const dir = dataDir();
    rmSync(join(dir, 'concepts.json'));
    mkdirSync(join(dir, 'concepts.json'));
    const before = snapshot(dir);
    expect(() => commitFiles(dir, files(dir))).toThrow(/concepts\.json is a directory/u);
    expect(snapshot(dir)).toEqual(before);
    const other = dataDir();
    rmSync(join(other, 'plans'), { recursive: true });
    writeFileSync(join(other, 'plans'), 'a file');
    expect(() => commitFiles(other, files(other))).toThrow(/plans is a file, not a directory/u);
    expect(readdirSync(other).sort()).toEqual(['concepts.json', 'index.json', 'plans']);
  });
});
