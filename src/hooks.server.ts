// Runs only while the pages are prerendered (the app is static): adds each page's first data files
// as preloads to its <head>. See $lib/data/firstData.ts.
import { readFileSync } from 'node:fs';
import type { Handle } from '@sveltejs/kit';
import { base } from '$app/paths';
import { firstDataFiles } from '$lib/data/firstData';
import { GeoIndex } from '$lib/data/contract/geo';

const land = GeoIndex.parse(JSON.parse(readFileSync('static/data/geo/index.json', 'utf8'))).land
  .file;

export const handle: Handle = ({ event, resolve }) => {
  const links = firstDataFiles(event.route.id, event.params as Record<string, string>, land)
    .map(
      (file) =>
        `<link rel="preload" href="${base}/data/${file}" as="fetch" crossorigin="anonymous">`,
    )
    .join('\n\t\t');
  return resolve(event, {
    transformPageChunk: ({ html }) =>
      links ? html.replace('</head>', `\t${links}\n\t</head>`) : html,
  });
};
