// `geo/index.json` and the TopoJSON files it names.
// Part of the data contract; see ../schemas.ts.
import * as z from 'zod/mini';
import { loadDataFile, type Fetch } from '../load';
import { UrlSource } from './common';

/** `geo/index.json`: which geometry files exist; `municipalities` only after `npm run geo:import`. */
export const GeoLayerRef = z.object({ file: z.string(), object: z.string(), source: UrlSource });
export type GeoLayerRef = z.infer<typeof GeoLayerRef>;

export const GeoIndex = z.object({ land: GeoLayerRef, municipalities: z.optional(GeoLayerRef) });
export type GeoIndex = z.infer<typeof GeoIndex>;

/** The parts of a TopoJSON topology the maps rely on; topojson-client decodes the rest, so the
 * objects keep their other keys (geometries, arcs) instead of being stripped. */
export const TopologyFile = z.looseObject({
  type: z.literal('Topology'),
  objects: z.record(z.string(), z.looseObject({ type: z.string() })),
  arcs: z.array(z.array(z.array(z.number()))),
  transform: z.optional(
    z.object({
      scale: z.tuple([z.number(), z.number()]),
      translate: z.tuple([z.number(), z.number()]),
    }),
  ),
});
export type TopologyFile = z.infer<typeof TopologyFile>;

export const loadGeoIndex = (f: Fetch, base: string) =>
  loadDataFile(f, base, 'geo/index.json', GeoIndex);

export const loadTopology = (f: Fetch, base: string, file: string) =>
  loadDataFile(f, base, file, TopologyFile);
