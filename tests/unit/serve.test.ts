// scripts/serve.mjs, the server of `npm start` and the e2e tests, run for real on a small build:
// what it answers to a malformed path and to methods it does not serve, the security headers it
// sends, and that a precompressed copy older than its file is never served in its place.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CSP = "default-src 'self'; script-src 'self' 'sha256-abc='; object-src 'none'";
const page = (title: string, csp = CSP) =>
  `<!doctype html><html><head><meta http-equiv="content-security-policy" content="${csp}"><title>${title}</title></head><body></body></html>`;

const dir = mkdtempSync(join(tmpdir(), 'serve-'));
const files: Record<string, string> = {
  'index.html': page('home'),
  '200.html': page('fallback', "default-src 'self'"),
  'compare.html': page('compare'),
  '_app/immutable/app.js': 'export const app = 1;\n'.repeat(50),
  'data/index.json': JSON.stringify({ cities: ['二本松市', 'いわき市'] }),
};
for (const [name, body] of Object.entries(files)) {
  mkdirSync(dirname(join(dir, name)), { recursive: true });
  writeFileSync(join(dir, name), body);
  writeFileSync(join(dir, `${name}.gz`), gzipSync(body));
}

let server: ChildProcess;
let port = 0;
beforeAll(async () => {
  server = spawn('node', ['scripts/serve.mjs', dir, '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  port = await new Promise<number>((resolve, reject) => {
    server.stdout!.on('data', (chunk: Buffer) => {
      const found = /127\.0\.0\.1:(\d+)/.exec(String(chunk));
      if (found) resolve(Number(found[1]));
    });
    server.on('exit', (code) => reject(new Error(`serve.mjs exited with ${code}`)));
  });
});
afterAll(() => {
  server?.kill();
  rmSync(dir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** One raw request (no client-side URL normalizing, so a malformed path reaches the server). */
function ask(path: string, method = 'GET', headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

const text = (a: Answer) =>
  (a.headers['content-encoding'] === 'gzip' ? gunzipSync(a.body) : a.body).toString('utf8');

describe('serve.mjs', () => {
  it('serves a page, an asset and the SPA fallback', async () => {
    expect(text(await ask('/compare'))).toBe(files['compare.html']);
    expect(text(await ask('/data/index.json'))).toBe(files['data/index.json']);
    expect(text(await ask('/plans/nowhere'))).toBe(files['200.html']);
    expect((await ask('/data/nowhere.json')).status).toBe(404);
  });

  it.each(['/%zz', '/%E3%81', '/plans/%', '/data/%C0%AF.json'])(
    'answers the malformed path %s with 400',
    async (path) => {
      const answer = await ask(path);
      expect(answer.status).toBe(400);
      expect(answer.body.toString()).toContain('malformed');
    },
  );

  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])(
    'answers %s with 405 and the methods it allows',
    async (method) => {
      const answer = await ask('/', method);
      expect(answer.status).toBe(405);
      expect(answer.headers.allow).toBe('GET, HEAD');
    },
  );

  it('answers HEAD like GET, without a body', async () => {
    const answer = await ask('/compare', 'HEAD');
    expect(answer.status).toBe(200);
    expect(answer.body.length).toBe(0);
  });

  it('sends the security headers, and on a page the CSP of its own meta tag', async () => {
    for (const path of ['/', '/compare', '/data/index.json', '/nowhere', '/%zz']) {
      const { headers } = await ask(path);
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['referrer-policy'], path).toBe('no-referrer');
    }
    expect((await ask('/')).headers['content-security-policy']).toBe(CSP);
    expect((await ask('/nowhere')).headers['content-security-policy']).toBe("default-src 'self'");
    expect((await ask('/data/index.json')).headers['content-security-policy']).toBe(
      "default-src 'none'",
    );
    // A script's CSP header would bind the workers it starts (the service worker): none.
    expect(
      (await ask('/_app/immutable/app.js')).headers['content-security-policy'],
    ).toBeUndefined();
  });

  it('never serves a precompressed copy older than its file', async () => {
    const gzip = { 'accept-encoding': 'gzip' };
    const first = await ask('/_app/immutable/app.js', 'GET', gzip);
    expect(first.headers['content-encoding']).toBe('gzip');
    expect(text(first)).toBe(files['_app/immutable/app.js']);
    // The file changes after the build: its .gz is stale (even with the same modification time).
    const changed = 'export const app = 2;\n'.repeat(60);
    writeFileSync(join(dir, '_app/immutable/app.js'), changed);
    const gzTime = new Date(Date.now() - 60_000);
    utimesSync(join(dir, '_app/immutable/app.js.gz'), gzTime, gzTime);
    expect(text(await ask('/_app/immutable/app.js', 'GET', gzip))).toBe(changed);
    const sameTime = new Date();
    utimesSync(join(dir, '_app/immutable/app.js'), sameTime, sameTime);
    utimesSync(join(dir, '_app/immutable/app.js.gz'), sameTime, sameTime);
    expect(text(await ask('/_app/immutable/app.js', 'GET', gzip))).toBe(changed);
  });
});
