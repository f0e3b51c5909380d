// TopoJSON → GeoJSON for the renderers. The files were checked against TopologyFile (the parts the
// maps rely on); topojson-client wants its own Topology type, which that schema does not spell out
// arc by arc, hence the one cast here.
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { TopologyFile } from '$lib/data/schemas';
import type { Shape } from './features';

const asTopology = (file: TopologyFile) => file as unknown as Topology;

function decodeObject(file: TopologyFile, object: string): Feature[] {
  const topo = asTopology(file);
  const obj = topo.objects[object];
  if (!obj) throw new Error(`the topology has no object "${object}"`);
  const decoded = feature(topo, obj);
  return 'features' in decoded ? decoded.features : [decoded];
}

export function decodeLand(file: TopologyFile, object: string): FeatureCollection<Shape> {
  const features = decodeObject(file, object).filter(
    (f): f is Feature<Shape> =>
      f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon',
  );
  return { type: 'FeatureCollection', features };
}

/** Municipal polygons by 6-digit code, as written by `npm run geo:import`. */
export function decodeShapes(file: TopologyFile, object: string): Map<string, Shape> {
  const shapes = new Map<string, Shape>();
  for (const f of decodeObject(file, object)) {
    const code = (f.properties as { code?: unknown } | null)?.code;
    const g = f.geometry as Polygon | MultiPolygon | null;
    if (typeof code === 'string' && g && /Polygon$/.test(g.type)) shapes.set(code, g);
  }
  return shapes;
}
