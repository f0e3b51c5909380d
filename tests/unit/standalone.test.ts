// The repository stands alone: nothing it builds, runs or tests from reads the folder that sat
// beside it while it was written. A clone in an empty folder has only itself.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const OUTSIDE = ['..', 'shared'].join('/');
const CODE = /\.(ts|js|mjs|cjs|svelte|json|sh)$|^run$/u;

function filesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const rel = join(dir, name);
    if (name === 'node_modules') return [];
    return statSync(join(ROOT, rel)).isDirectory() ? filesUnder(rel) : CODE.test(name) ? [rel] : [];
  });
}

describe('the repository', () => {
  it(`has no code that names ${OUTSIDE}`, () => {
    const files = [...['src', 'scripts', 'tests', '.ci'].flatMap(filesUnder), 'package.json'];
    expect(files.length).toBeGreaterThan(100);
    const naming = files.filter((f) => readFileSync(join(ROOT, f), 'utf8').includes(OUTSIDE));
    expect(naming).toEqual([]);
  });
});
