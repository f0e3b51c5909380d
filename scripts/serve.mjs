// Serves a static build on 127.0.0.1 the way a careful static host does: GET and HEAD only (405
// with Allow otherwise), 400 for a path that is not valid percent-encoding, gzip (the
// precompressed `.gz` beside a file when the build has one and it is no older than the file and
// unpacks to its size, see precompress.mjs; else compressed on the fly), SPA fallback, no cache,
// and security headers: nosniff, no referrer, and on a page the CSP of its own <meta> tag (the
// build writes one per page, with the hashes of that page's inline scripts).
// Usage: node scripts/serve.mjs <dir> [port] [--open]   (port 0: any free port, printed)
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

const ALLOWED = 'GET, HEAD';
const SECURITY = { 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' };
/** What a file that is neither a page nor a script may do, opened on its own: nothing. (A
 * script's CSP would bind a worker it starts, so scripts get none; a page gets its own.) */
const ASSET_CSP = "default-src 'none'";
const cspFor = (ext, body) =>
  ext === '.html'
    ? (metaCsp(body.toString('utf8')) ?? ASSET_CSP)
    : ext === '.js' || ext === '.mjs'
      ? undefined
      : ASSET_CSP;

/** The decoded path, or null when it is not valid percent-encoding (`%zz`, a cut `%E3%81`). */
function decodePath(pathname) {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

async function resolveFile(decoded) {
  const safe = normalize(decoded).replace(/^(\.\.[/\\])+/, '');
  const candidates = [join(root, safe), join(root, safe, 'index.html'), join(root, `${safe}.html`)];
  for (const file of candidates) {
    if (!file.startsWith(root)) continue;
    try {
      const info = await stat(file);
      if (info.isFile()) return { file, info, fallback: false };
    } catch {
      /* try the next candidate */
    }
  }
  const file = join(root, '200.html');
  return { file, info: await stat(file), fallback: true };
}

/** The page's own CSP, from its <meta http-equiv="content-security-policy">. */
function metaCsp(html) {
  const tag = /<meta\s[^>]*http-equiv="content-security-policy"[^>]*>/i.exec(html)?.[0];
  return tag ? /\scontent="([^"]*)"/i.exec(tag)?.[1].replaceAll('&#39;', "'") : undefined;
}

/**
 * The precompressed copy of `file`, if it is still that file's: written no earlier than the file,
 * and unpacking to its size (gzip's last four bytes hold the size mod 2^32). Else undefined, and
 * the caller compresses the file itself.
 */
async function freshGzip(file, info) {
  try {
    const gz = `${file}.gz`;
    const [gzInfo, packed] = await Promise.all([stat(gz), readFile(gz)]);
    const size = packed.length >= 4 ? packed.readUInt32LE(packed.length - 4) : -1;
    if (gzInfo.mtimeMs >= info.mtimeMs && size === info.size % 2 ** 32) return packed;
  } catch {
    /* no copy */
  }
  return undefined;
}

function answer(res, status, headers, body) {
  res.writeHead(status, { ...SECURITY, ...headers });
  res.end(body);
}

const plain = (message) => ({
  headers: { 'content-type': 'text/plain; charset=utf-8', 'content-security-policy': ASSET_CSP },
  body: message,
});

const server = createServer(async (req, res) => {
  try {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      const { headers, body } = plain(`method not allowed: ${req.method}`);
      return answer(res, 405, { ...headers, allow: ALLOWED }, body);
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const decoded = decodePath(url.pathname);
    if (decoded === null) {
      const { headers, body } = plain(`malformed percent-encoding in the path: ${url.pathname}`);
      return answer(res, 400, headers, body);
    }
    const { file, info, fallback } = await resolveFile(decoded);
    const ext = extname(file);
    const isAsset = url.pathname.startsWith('/_app/') || url.pathname.startsWith('/data/');
    if (fallback && isAsset) {
      const { headers, body } = plain(`not found: ${url.pathname}`);
      return answer(res, 404, headers, body);
    }
    let body = await readFile(file);
    const headers = {
      'content-type': types[ext] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    };
    const csp = cspFor(ext, body);
    if (csp) headers['content-security-policy'] = csp;
    if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      body = (await freshGzip(file, info)) ?? gzipSync(body, { level: 9 });
      headers['content-encoding'] = 'gzip';
      headers['vary'] = 'accept-encoding';
    }
    headers['content-length'] = body.length;
    answer(res, 200, headers, req.method === 'HEAD' ? undefined : body);
  } catch (error) {
    const { headers, body } = plain(String(error));
    answer(res, 500, headers, body);
  }
});

server.listen(port, '127.0.0.1', () => {
  const address = `http://127.0.0.1:${server.address().port}/`;
  console.log(`Plan Atlas served from ${root} at ${address}`);
  if (open) spawn('xdg-open', [address], { stdio: 'ignore', detached: true }).on('error', () => {});
});
