// Data for the home page's overview map: Japan's outline and the compared cities' city halls.
// It reads only geo/index.json, the small Japan TopoJSON and municipalities.json, never maplibre.
import type { FeatureCollection } from 'geojson';
import { loadGeoIndex, loadTopology } from '$lib/data/contract/geo';
import { loadMunicipalities } from '$lib/data/contract/regions';
import { DataFileError } from '$lib/data/load';
import type { Localized, Municipality } from '$lib/data/schemas';
import { decodeLand } from './decode';
import type { Shape } from './features';

export interface OverviewCity {
  id: string;
  name: Localized;
  code: string;
}

export interface PlacedCity extends OverviewCity {
  lon: number;
  lat: number;
}

export interface OverviewData {
  land: FeatureCollection<Shape>;
  cities: PlacedCity[];
}

/** Main islands of Japan: the overview fits these, leaving the far south-western islands out. */
export const OVERVIEW_EXTENT: [[number, number], [number, number]] = [
  [129.5, 31.0],
  [145.8, 45.5],
];

export async function loadOverview(
  fetchFn: typeof fetch,
  base: string,
  cities: readonly OverviewCity[],
): Promise<OverviewData> {
  const [index, municipalities] = await Promise.all([
    loadGeoIndex(fetchFn, base),
    loadMunicipalities(fetchFn, base),
  ]);
  const topo = await loadTopology(fetchFn, base, index.land.file);
  let land: FeatureCollection<Shape>;
  try {
    land = decodeLand(topo, index.land.object);
  } catch (error) {
    throw new DataFileError(index.land.file, `cannot be drawn (${(error as Error).message})`);
  }
  return { land, cities: placeCities(cities, municipalities) };
}

/** Each city at its city hall (municipalities.json); a city without one is left off the map. */
export function placeCities(
  cities: readonly OverviewCity[],
  municipalities: readonly Municipality[],
): PlacedCity[] {
  const byCode = new Map(municipalities.map((m) => [m.code, m]));
  return cities.flatMap((c) => {
    const m = byCode.get(c.code);
    return m ? [{ ...c, lon: m.lon, lat: m.lat }] : [];
  });
}

export type LabelSide = 'left' | 'right';

/** Labels go right of their dot unless another dot sits just to the right, as いわき does for
 * 二本松 at the overview's scale. Points are in pixels. */
export function chooseLabelSides(
  points: readonly { x: number; y: number }[],
  near = 40,
): LabelSide[] {
  return points.map((p) =>
    points.some((q) => q !== p && q.x >= p.x && q.x - p.x < near && Math.abs(q.y - p.y) < 18)
      ? 'left'
      : 'right',
  );
}
