import { geoContains, geoDistance } from 'd3-geo';
import type { Feature, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { boundsOf, distanceKm, makeHull, type LonLat } from '../../src/lib/map/hull';
import { ringArea } from '../../src/lib/map/rewind';

const NIHONMATSU: LonLat = [140.4314, 37.5847];
const MOTOMIYA: LonLat = [140.3939, 37.5133];
const OTAMA: LonLat = [140.3711, 37.5344];
const KORIYAMA: LonLat = [140.3597, 37.4006];
const FUKUSHIMA: LonLat = [140.4747, 37.7608];
const asFeature = (geometry: Polygon): Feature<Polygon> => ({
  type: 'Feature',
  properties: {},
  geometry,
});
const EARTH_KM = 6371.0088;

/** The smallest distance from a point to the hull's vertices, in km. */
const nearestVertexKm = (hull: Polygon, p: LonLat) =>
  Math.min(...hull.coordinates[0]!.map((v) => geoDistance(p, v as LonLat) * EARTH_KM));

describe('makeHull', () => {
  it.each([
    ['one hall', [NIHONMATSU]],
    ['two halls', [NIHONMATSU, KORIYAMA]],
    ['three halls (安達)', [NIHONMATSU, MOTOMIYA, OTAMA]],
    ['five halls', [NIHONMATSU, MOTOMIYA, OTAMA, KORIYAMA, FUKUSHIMA]],
  ] as [string, LonLat[]][])('%s: contains every hall with the radius to spare', (_, points) => {
    const input = structuredClone(points);
    const hull = makeHull(points, { radiusKm: 6 });
    for (const p of points) {
      expect(geoContains(asFeature(hull), p)).toBe(true);
      // Within a few percent of the radius: the circles are polygons of 32 sides.
      expect(nearestVertexKm(hull, p)).toBeGreaterThan(6 * Math.cos(Math.PI / 32) - 0.05);
    }
    expect(points).toEqual(input);
  });

  it('closes its ring and winds it clockwise for d3', () => {
    const ring = makeHull([NIHONMATSU, KORIYAMA]).coordinates[0]!;
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    expect(ringArea(ring)).toBeLessThan(0);
  });

  it('leaves out a point far from the members', () => {
    const hull = makeHull([NIHONMATSU, MOTOMIYA, OTAMA], { radiusKm: 4 });
    expect(geoContains(asFeature(hull), KORIYAMA)).toBe(false);
  });

  it('rejects an empty member list', () => {
    expect(() => makeHull([])).toThrow();
  });
});

describe('boundsOf and distanceKm', () => {
  it.each([
    [
      [NIHONMATSU, KORIYAMA],
      0,
      [
        [140.3597, 37.4006],
        [140.4314, 37.5847],
      ],
    ],
    [[NIHONMATSU], 0, [NIHONMATSU, NIHONMATSU]],
  ] as [LonLat[], number, [LonLat, LonLat]][])('boundsOf %j pad %i', (points, pad, expected) => {
    expect(boundsOf(points, pad)).toEqual(expected);
  });

  it('pads by the given distance on every side', () => {
    const [[w, s], [e, n]] = boundsOf([NIHONMATSU], 10);
    expect(distanceKm([w, NIHONMATSU[1]], NIHONMATSU)).toBeCloseTo(10, 0);
    expect(distanceKm([NIHONMATSU[0], n], NIHONMATSU)).toBeCloseTo(10, 0);
    expect(e - NIHONMATSU[0]).toBeCloseTo(NIHONMATSU[0] - w, 9);
    expect(n - NIHONMATSU[1]).toBeCloseTo(NIHONMATSU[1] - s, 9);
  });

  it.each([
    [NIHONMATSU, KORIYAMA, 21.7],
    [NIHONMATSU, FUKUSHIMA, 19.8],
  ])('distanceKm %j → %j ≈ %f km', (a, b, km) => {
    expect(distanceKm(a, b)).toBeCloseTo(km, 0);
  });
});
