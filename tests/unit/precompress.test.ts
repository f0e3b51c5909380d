// The build's gzip copies: each text file gets one that unpacks to exactly its bytes, and no other
// file gets one. Checked on a small tree with the kinds of file a build holds.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { precompress } from '../../scripts/precompress.mjs';

const dir = mkdtempSync(join(tmpdir(), 'precompress-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const framework = readFileSync(join('node_modules/svelte/src/internal/client/runtime.js'), 'utf8');
const files: Record<string, string | Buffer> = {
  'index.html': '<!doctype html><title>総合計画アトラス</title>'.repeat(20),
  '_app/immutable/chunks/app.js': framework,
  '_app/immutable/assets/0.css': 'main{max-width:78rem}'.repeat(50),
  'data/index.json': JSON.stringify({ cities: ['二本松市', '一関市', '平塚市', 'いわき市'] }),
  'data/sources/plan.txt': '第1章 基本構想\n'.repeat(400),
  'screenshot.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]),
};

describe('precompress', async () => {
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), body);
  }
  const result = await precompress(dir);

  it('writes one .gz per text file that unpacks to the same bytes', () => {
    const text = Object.keys(files).filter((f) => !f.endsWith('.png'));
    expect(result.files).toBe(text.length);
    for (const name of text) {
      const gz = readFileSync(join(dir, `${name}.gz`));
      expect(gunzipSync(gz).equals(readFileSync(join(dir, name)))).toBe(true);
    }
  });

  it('leaves images and its own temporary files out', () => {
    const all = (d: string): string[] =>
      readdirSync(d, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? all(join(d, e.name)) : [e.name],
      );
    expect(all(dir).filter((f) => f.endsWith('.png.gz') || f.endsWith('.tmp'))).toEqual([]);
  });

  it('packs code smaller than zlib at its best level', () => {
    const gz = readFileSync(join(dir, '_app/immutable/chunks/app.js.gz'));
    expect(gz.length).toBeLessThan(gzipSync(framework, { level: 9 }).length);
  });
});
