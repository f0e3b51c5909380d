// The list of an opened concept's or approach's items: its code (and the plan-file loading and
// title highlighting it brings) loads when a reader first opens one, not with the page.
import { loadOnce } from '$lib/loadOnce';
import { neverLoads } from '$lib/neverLoads';

export const loadItemRefs = loadOnce(
  import.meta.env.SSR ? neverLoads : () => import('./ItemRefs.svelte').then((m) => m.default),
);
