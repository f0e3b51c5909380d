// First-load transfer per route, as gzip bytes on the wire (the response bodies' content-length),
// by kind. Counted until the network is idle after the page has drawn its heading; the service
// worker is blocked, so its precache (the offline copy, fetched after load) is not part of it.
import { chromium } from 'playwright-core';
import type { Kind } from './lighthouse';

export type Bytes = Record<Kind, number>;

function kindOf(path: string, type: string): Kind {
  if (path.startsWith('/data/')) return 'data';
  if (type === 'document') return 'doc';
  if (type === 'script') return 'js';
  if (type === 'stylesheet') return 'css';
  return 'other';
}

export async function measureTransfer(
  origin: string,
  routes: string[],
): Promise<Map<string, Bytes>> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const out = new Map<string, Bytes>();
  try {
    for (const route of routes) {
      const context = await browser.newContext({ baseURL: origin, serviceWorkers: 'block' });
      const page = await context.newPage();
      const bytes: Bytes = { doc: 0, js: 0, css: 0, data: 0, other: 0 };
      page.on('response', async (res) => {
        const headers = await res.allHeaders();
        const path = new URL(res.url()).pathname;
        bytes[kindOf(path, res.request().resourceType())] += Number(headers['content-length'] ?? 0);
      });
      await page.goto(route);
      try {
        await page.locator('main h1').first().waitFor({ timeout: 60_000 });
        await page.waitForLoadState('networkidle');
        out.set(route, bytes);
      } catch (error) {
        console.error(`transfer ${route}: the page did not draw (${(error as Error).message})`);
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return out;
}
