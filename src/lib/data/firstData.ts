// The data files each page fetches before it can draw, by route id. The prerender hook
// (hooks.server.ts) turns them into <link rel="preload" as="fetch"> tags, so the browser fetches
// them alongside the code instead of after it; the page's own load then finds them already there.
// tests/e2e/preload.e2e.ts checks that every preloaded file is used, once, by its page.
/** `land` is the Japan outline named in geo/index.json, resolved at build time. */
export function firstDataFiles(
  routeId: string | null,
  params: Record<string, string>,
  land: string,
): string[] {
  switch (routeId) {
    case '/':
      return ['index.json', 'geo/index.json', 'municipalities.json', land];
    case '/compare':
    case '/print':
      return ['index.json', 'taxonomy.json'];
    case '/shared':
      return ['index.json', 'concepts.json'];
    case '/search':
      return ['index.json'];
    case '/method':
      return ['taxonomy.json', 'evaluation.json', 'index.json', 'concepts.json'];
    case '/regions':
      return ['regions.json', 'municipalities.json', 'geo/index.json', land];
    case '/plans/[city]':
      return params.city ? [`plans/${params.city}.json`, 'taxonomy.json'] : [];
    default:
      return [];
  }
}
