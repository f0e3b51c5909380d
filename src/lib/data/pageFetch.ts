// The fetch a page's load reads data files with. In the browser it is SvelteKit's. While the
// build prerenders a page, the files are read from static/ instead: SvelteKit would inline every
// response its own fetch returned into the page's HTML, and the browser already fetches them (each
// page preloads its first files from its HTML), so they would travel twice.
import type { Fetch } from './load';

export function pageFetch(fetchFn: Fetch): Fetch {
  return import.meta.env.SSR ? readStaticFile : fetchFn;
}

async function readStaticFile(input: RequestInfo | URL): Promise<Response> {
  const url = String(input);
  const path = decodeURIComponent(url.slice(url.indexOf('/data/')));
  const { readFile } = await import('node:fs/promises');
  try {
    return new Response(await readFile(`static${path}`));
  } catch {
    return new Response(null, { status: 404, statusText: `static${path} not found` });
  }
}
