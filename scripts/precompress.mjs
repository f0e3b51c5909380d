// Writes a gzip copy beside every text file of a build (`app.js` → `app.js.gz`), compressed with
// zopfli: still gzip, so every browser reads it, but some 3–5 % smaller than zlib's best. A static
// host serves these as they are (nginx gzip_static, or scripts/serve.mjs), so the small first
// load is what readers really download. Very large files use zlib level 9 to keep the build quick.
// Usage: node scripts/precompress.mjs [dir=build]
import { gzipAsync } from '@gfx/zopfli';
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { COMPRESSIBLE } from './textTypes.mjs';

const ZOPFLI_MAX_BYTES = 128 * 1024;

/**
 * @param {string} dir
 * @returns {AsyncGenerator<string>}
 */
async function* textFiles(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* textFiles(path);
    else if (COMPRESSIBLE.has(extname(entry.name))) yield path;
  }
}

/** @param {string} dir */
export async function precompress(dir) {
  let files = 0;
  let raw = 0;
  let packed = 0;
  for await (const path of textFiles(dir)) {
    const body = await readFile(path);
    const gz =
      body.length <= ZOPFLI_MAX_BYTES
        ? Buffer.from(await gzipAsync(body, { numiterations: 3 }))
        : gzipSync(body, { level: 9 });
    // Written under a temporary name and renamed, so a reader never sees half a file.
    await writeFile(`${path}.gz.tmp`, gz);
    await rename(`${path}.gz.tmp`, `${path}.gz`);
    files += 1;
    raw += body.length;
    packed += gz.length;
  }
  return { files, raw, packed };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'build';
  const started = Date.now();
  const { files, raw, packed } = await precompress(dir);
  console.log(
    `precompressed ${files} files in ${dir}: ${(raw / 1024).toFixed(0)} KiB → ${(packed / 1024).toFixed(0)} KiB gzip (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
}
