// The overview map's own Mercator against d3-geo's, on the real Japan outline it draws.
import { readFileSync } from 'node:fs';
import { geoMercator } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { TopologyFile, GeoIndex } from '../../src/lib/data/schemas';
import { decodeLand } from '../../src/lib/map/decode';
import { fitMercator, shapePath, type LonLat } from '../../src/lib/map/mercator';
import { OVERVIEW_EXTENT } from '../../src/lib/map/overview';

const BOX: [LonLat, LonLat] = [
  [8, 8],
  [352, 392],
];

describe('fitMercator', () => {
  const d3 = geoMercator().fitExtent(BOX as [[number, number], [number, number]], {
    type: 'MultiPoint',
    coordinates: OVERVIEW_EXTENT,
  });
  const ours = fitMercator(OVERVIEW_EXTENT, BOX);

  it.each([
    ['二本松', [140.4317, 37.5849]],
    ['平塚', [139.3497, 35.3353]],
    ['稚内', [141.6733, 45.4156]],
    ['鹿児島', [130.5581, 31.5966]],
    ['the extent corner', OVERVIEW_EXTENT[0]],
  ] as [string, LonLat][])('places %s where d3-geo does', (_, point) => {
    const [x, y] = ours(point);
    const [dx, dy] = d3([point[0], point[1]])!;
    expect(x).toBeCloseTo(dx, 6);
    expect(y).toBeCloseTo(dy, 6);
  });

  it('fits the extent inside the box, centred along the slack side', () => {
    const [a, b] = OVERVIEW_EXTENT.map((p) => ours(p));
    const [left, right] = [Math.min(a![0], b![0]), Math.max(a![0], b![0])];
    const [top, bottom] = [Math.min(a![1], b![1]), Math.max(a![1], b![1])];
    expect(left).toBeGreaterThanOrEqual(8 - 1e-9);
    expect(right).toBeLessThanOrEqual(352 + 1e-9);
    expect(top).toBeGreaterThanOrEqual(8 - 1e-9);
    expect(bottom).toBeLessThanOrEqual(392 + 1e-9);
    // One axis is filled exactly; the other is centred.
    const filledX = Math.abs(right - left - 344) < 1e-6;
    const filledY = Math.abs(bottom - top - 384) < 1e-6;
    expect(filledX || filledY).toBe(true);
    if (!filledX) expect(left - 8).toBeCloseTo(352 - right, 6);
    if (!filledY) expect(top - 8).toBeCloseTo(392 - bottom, 6);
  });
});

describe('shapePath on the real Japan outline', () => {
  const index = GeoIndex.parse(JSON.parse(readFileSync('static/data/geo/index.json', 'utf8')));
  const topo = TopologyFile.parse(
    JSON.parse(readFileSync(`static/data/${index.land.file}`, 'utf8')),
  );
  const land = decodeLand(topo, index.land.object);
  const project = fitMercator(OVERVIEW_EXTENT, BOX);

  it('draws one closed subpath per ring, every vertex where d3-geo projects it', () => {
    const d3 = geoMercator().fitExtent(BOX as [[number, number], [number, number]], {
      type: 'MultiPoint',
      coordinates: OVERVIEW_EXTENT,
    });
    expect(land.features.length).toBeGreaterThan(0);
    for (const f of land.features) {
      const path = shapePath(f.geometry, project);
      const polygons =
        f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      const rings = polygons.flat();
      expect(path.match(/M/g)?.length).toBe(rings.length);
      expect(path.match(/Z/g)?.length).toBe(rings.length);
      const vertices = [...path.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [
        +m[1]!,
        +m[2]!,
      ]);
      const expected = rings.flatMap((r) => r.slice(0, -1)).map((p) => d3([p[0]!, p[1]!])!);
      expect(vertices.length).toBe(expected.length);
      vertices.forEach(([x, y], i) => {
        expect(Math.abs(x! - expected[i]![0])).toBeLessThanOrEqual(0.05 + 1e-9);
        expect(Math.abs(y! - expected[i]![1])).toBeLessThanOrEqual(0.05 + 1e-9);
      });
    }
  });
});
