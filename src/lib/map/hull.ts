// Without municipal boundaries a framework is drawn as a rounded hull around its members' city
// halls: the convex hull of a circle around each hall. It is an approximate area, and the legend
// says so; with N03 polygons imported the maps draw the members' real shapes instead.
import { polygonHull } from 'd3-polygon';
import type { Polygon, Position } from 'geojson';
import { rewindForD3 } from './rewind';

export type LonLat = [lon: number, lat: number];

const KM_PER_DEG_LAT = 110.57;
const kmPerDegLon = (lat: number) => 111.32 * Math.cos((lat * Math.PI) / 180);

export interface HullOptions {
  /** Radius of the circle around each hall, in km. */
  radiusKm?: number;
  /** Points per circle: more is smoother. */
  steps?: number;
}

const DEFAULTS = { radiusKm: 6, steps: 32 } satisfies Required<HullOptions>;

/** A closed polygon around all points, at least `radiusKm` from each; d3 winding (clockwise). */
export function makeHull(points: readonly LonLat[], options: HullOptions = {}): Polygon {
  if (points.length === 0) throw new Error('makeHull needs at least one point');
  const { radiusKm, steps } = { ...DEFAULTS, ...options };
  // A local equirectangular plane around the points' mean latitude: distortion is negligible
  // at the scale of a prefecture.
  const lat0 = points.reduce((s, p) => s + p[1], 0) / points.length;
  const kx = kmPerDegLon(lat0);
  const ring: [number, number][] = [];
  for (const [lon, lat] of points) {
    for (let i = 0; i < steps; i++) {
      const a = (2 * Math.PI * i) / steps;
      ring.push([lon * kx + radiusKm * Math.cos(a), lat * KM_PER_DEG_LAT + radiusKm * Math.sin(a)]);
    }
  }
  const hull = polygonHull(ring);
  if (!hull) throw new Error('degenerate hull');
  const coords: Position[] = hull.map(([x, y]) => [x / kx, y / KM_PER_DEG_LAT]);
  coords.push(coords[0]!);
  return rewindForD3({ type: 'Polygon', coordinates: [coords] });
}

/** [[west, south], [east, north]] of the points, widened by `padKm` on every side. */
export function boundsOf(points: readonly LonLat[], padKm = 0): [LonLat, LonLat] {
  if (points.length === 0) throw new Error('boundsOf needs at least one point');
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  const south = Math.min(...lats);
  const north = Math.max(...lats);
  const dLat = padKm / KM_PER_DEG_LAT;
  const dLon = padKm / kmPerDegLon((south + north) / 2);
  return [
    [Math.min(...lons) - dLon, south - dLat],
    [Math.max(...lons) + dLon, north + dLat],
  ];
}

/** Great-circle distance in km (haversine). */
export function distanceKm(a: LonLat, b: LonLat): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLon = (b[0] - a[0]) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}
