// Serves a static build on 127.0.0.1 the way a static host does: gzip (the precompressed `.gz`
// beside a file when the build has one, see precompress.mjs; else compressed on the fly), SPA
// fallback, no cache.
// Usage: node scripts/serve.mjs <dir> [port] [--open]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { spawn } from 'node:child_process';
import { COMPRESSIBLE } from './textTypes.mjs';

const [dirArg = 'build', portArg = '4173'] = process.argv
  .slice(2)
  .filter((a) => !a.startsWith('--'));
const root = resolve(dirArg);
const port = Number(portArg);
const open = process.argv.includes('--open');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.topojson': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

async function resolveFile(pathname) {
  const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const candidates = [join(root, safe), join(root, safe, 'index.html'), join(root, `${safe}.html`)];
  for (const file of candidates) {
    if (!file.startsWith(root)) continue;
    try {
      if ((await stat(file)).isFile()) return { file, fallback: false };
    } catch {
      /* try the next candidate */
    }
  }
  return { file: join(root, '200.html'), fallback: true };
}

const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const { file, fallback } = await resolveFile(url.pathname);
    const ext = extname(file);
    const isAsset = url.pathname.startsWith('/_app/') || url.pathname.startsWith('/data/');
    if (fallback && isAsset) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`not found: ${url.pathname}`);
      return;
    }
    let body = await readFile(file);
    const headers = {
      'content-type': types[ext] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    };
    if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      body = await readFile(`${file}.gz`).catch(() => gzipSync(body, { level: 9 }));
      headers['content-encoding'] = 'gzip';
      headers['vary'] = 'accept-encoding';
    }
    headers['content-length'] = body.length;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch (error) {
    res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(String(error));
  }
});

server.listen(port, '127.0.0.1', () => {
  const address = `http://127.0.0.1:${port}/`;
  console.log(`Plan Atlas served from ${root} at ${address}`);
  if (open) spawn('xdg-open', [address], { stdio: 'ignore', detached: true }).on('error', () => {});
});
