import { base } from '$app/paths';
import { settle } from '$lib/data/load';
import { loadGeoIndex, loadTopology } from '$lib/data/contract/geo';
import { loadMunicipalities, loadRegions } from '$lib/data/contract/regions';
import type { PageLoad } from './$types';

// maplibre is not loaded here: the page paints an SVG map from these files first and imports
// maplibre afterwards (see RegionMap.svelte).
export const load: PageLoad = async ({ fetch }) => {
  const [regions, municipalities, geo] = await Promise.all([
    settle(loadRegions(fetch, base)),
    settle(loadMunicipalities(fetch, base)),
    settle(loadGeoIndex(fetch, base)),
  ]);
  const land = geo.ok ? await settle(loadTopology(fetch, base, geo.data.land.file)) : geo;
  const shapesRef = geo.ok ? geo.data.municipalities : undefined;
  const shapes = shapesRef ? await settle(loadTopology(fetch, base, shapesRef.file)) : null;
  return { regions, municipalities, geo, land, shapes };
};
