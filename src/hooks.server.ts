// Runs only while the pages are prerendered (the app is static): adds each page's first data files
// as preloads to its <head> (see $lib/data/firstData.ts), and to a page prerendered with its
// content the script that hides it while URL state is pending ($lib/urlStateHold.js).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Handle } from '@sveltejs/kit';
import { base } from '$app/paths';
import { firstDataFiles } from '$lib/data/firstData';
import { GeoIndex } from '$lib/data/contract/geo';
import { URL_STATE_HOLD } from '$lib/urlStateHold';

const land = GeoIndex.parse(JSON.parse(readFileSync('static/data/geo/index.json', 'utf8'))).land
  .file;

const holdScript = `<script>${URL_STATE_HOLD}</script>`;
const holdHash = `'sha256-${createHash('sha256').update(URL_STATE_HOLD).digest('base64')}'`;

/** A page prerendered with its content gets the URL-state hold, and its CSP allows that script. */
function addHold(html: string): { html: string; tags: string[] } {
  if (!html.includes('<main')) return { html, tags: [] };
  return {
    html: html.replace("script-src 'self'", `script-src 'self' ${holdHash}`),
    tags: [holdScript],
  };
}

export const handle: Handle = ({ event, resolve }) => {
  const preloads = firstDataFiles(event.route.id, event.params as Record<string, string>, land).map(
    (file) => `<link rel="preload" href="${base}/data/${file}" as="fetch" crossorigin="anonymous">`,
  );
  return resolve(event, {
    transformPageChunk: ({ html: page }) => {
      const { html, tags } = addHold(page);
      tags.push(...preloads);
      return tags.length ? html.replace('</head>', `\t${tags.join('\n\t\t')}\n\t</head>`) : html;
    },
  });
};
