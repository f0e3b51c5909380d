// `geo/index.json` and the TopoJSON files it names.
// Part of the data contract; see ../schemas.ts.
import * as z from 'zod/mini';
import { loadDataFile, type Fetch } from '../load';
import { list, UrlSource } from './common';

/** `geo/index.json`: which geometry files exist; `municipalities` only after `npm run geo:import`. */
export const GeoLayerRef = z.object({ file: z.string(), object: z.string(), source: UrlSource });
export type GeoLayerRef = z.infer<typeof GeoLayerRef>;

export const GeoIndex = z.object({ land: GeoLayerRef, municipalities: z.optional(GeoLayerRef) });
export type GeoIndex = z.infer<typeof GeoIndex>;

/** Two numbers, x and y (a list rather than z.tuple, whose code every page would ship). */
const xy = list(z.number(), 2).check(z.minLength(2));

/** The parts of a TopoJSON topology the maps rely on; topojson-client decodes the rest, so the
 * objects keep their other keys (geometries, arcs) instead of being stripped. */
export const TopologyFile = z.looseObject({
  type: z.literal('Topology'),
  objects: z.record(z.string(), z.looseObject({ type: z.string() })),
  arcs: list(list(z.array(z.number()), 1_000_000), 500_000),
  transform: z.optional(z.object({ scale: xy, translate: xy })),
});
export type TopologyFile = z.infer<typeof TopologyFile>;

export const loadGeoIndex = (f: Fetch, base: string) =>
  loadDataFile(f, base, 'geo/index.json', GeoIndex);

export const loadTopology = (f: Fetch, base: string, file: string) =>
  loadDataFile(f, base, file, TopologyFile);
