// d3-geo reads polygon winding on the sphere: an exterior ring must run clockwise, or d3 takes the
// polygon for the rest of the globe. GeoJSON (RFC 7946) and N03 files run counter-clockwise;
// maplibre accepts either. Rewinding to d3's order keeps one geometry valid for both renderers.
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** Twice the signed planar area in lon/lat: positive when the ring runs counter-clockwise. */
export function ringArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x1, y1] = ring[j]!;
    const [x2, y2] = ring[i]!;
    sum += x1! * y2! - x2! * y1!;
  }
  return sum;
}

const orient = (ring: Position[], clockwise: boolean) =>
  ringArea(ring) < 0 === clockwise ? ring : [...ring].reverse();

const rewindRings = (rings: Position[][]) => rings.map((ring, i) => orient(ring, i === 0));

/** A copy with exterior rings clockwise and holes counter-clockwise (d3-geo's convention). */
export function rewindForD3<G extends Polygon | MultiPolygon>(geometry: G): G {
  if (geometry.type === 'Polygon')
    return { ...geometry, coordinates: rewindRings((geometry as Polygon).coordinates) };
  return { ...geometry, coordinates: (geometry as MultiPolygon).coordinates.map(rewindRings) };
}
