// What a lazy import stands in for in the prerender build. Written as
//   const loadX = import.meta.env.SSR ? neverLoads : () => import('./X.svelte');
// the import is dropped from that build, so SvelteKit does not put X's CSS in every page's <head>
// (it adds the CSS of imports it can see there). The import itself has to stay at the call site.
export const neverLoads = (): Promise<never> => new Promise<never>(() => {});
