// Japan's outline for the maps: the Natural Earth country polygon (via world-atlas), keeping only
// the islands inside the extent the dashboard shows, simplified and quantized so the home page
// can afford it.
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify, filter, filterWeight } from 'topojson-simplify';
import type { Objects, Topology } from 'topojson-specification';

export type Extent = [west: number, south: number, east: number, north: number];

/** Main islands, Okinawa and the Nansei chain; leaves out the far Pacific islands. */
export const JAPAN_EXTENT: Extent = [122.5, 24, 146.5, 45.8];

function ringBox(ring: Position[]): Extent {
  const xs = ring.map((p) => p[0]!);
  const ys = ring.map((p) => p[1]!);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

const inside = (box: Extent, extent: Extent) =>
  box[0] >= extent[0] && box[2] <= extent[2] && box[1] >= extent[1] && box[3] <= extent[3];

/** The polygons of a (multi)polygon whose outer ring lies wholly inside the extent. */
export function keepInExtent(
  geometry: Polygon | MultiPolygon,
  extent: Extent,
): MultiPolygon | null {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const kept = polygons.filter((rings) => rings[0] && inside(ringBox(rings[0]), extent));
  return kept.length ? { type: 'MultiPolygon', coordinates: kept } : null;
}

export interface SimplifyOptions {
  /** Share of arc points to keep, by Visvalingam weight (0–1). */
  keep: number;
  quantization: number;
}

/** A TopoJSON topology of named features, simplified and quantized; tiny rings are dropped. */
export function toSimplifiedTopology(
  features: Record<string, Feature<Polygon | MultiPolygon>[]>,
  { keep, quantization }: SimplifyOptions,
): Topology {
  const input = Object.fromEntries(
    Object.entries(features).map(([name, list]) => [
      name,
      { type: 'FeatureCollection' as const, features: list },
    ]),
  );
  // presimplify drops the transform (arcs become absolute), so quantize only at the end.
  // The packages' typings disagree on the properties type parameter only.
  const topo = presimplify(topology(input) as Topology<Objects<object>>);
  const minWeight = quantile(topo, keep);
  const simplified = simplify(topo, minWeight);
  const kept = filter(simplified, filterWeight(simplified as Topology, minWeight));
  return quantize(kept as unknown as Parameters<typeof quantize>[0], quantization);
}
