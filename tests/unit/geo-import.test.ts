import { readFileSync } from 'node:fs';
import { geoContains } from 'd3-geo';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { importN03, type N03Properties } from '../../scripts/geo/n03';
import { Municipalities } from '../../src/lib/data/schemas';

const fixture = JSON.parse(
  readFileSync('tests/fixtures/n03/n03-sample.geojson', 'utf8'),
) as FeatureCollection<Polygon, N03Properties>;
const known = Municipalities.parse(
  JSON.parse(readFileSync('static/data/municipalities.json', 'utf8')),
);

type Props = { code: string; name: string };
const decode = (topo: Topology) =>
  feature(topo, topo.objects.municipalities as GeometryCollection<Props>).features;

describe('importN03 on the N03-shaped fixture', () => {
  const before = structuredClone(fixture);
  // The fixture's squares have no vertex to spare, so nothing is simplified away here.
  const result = importN03(fixture, { known, keep: 1 });
  const features = decode(result.topology);
  const byCode = new Map(features.map((f) => [f.properties.code, f]));

  it('keeps the mapped municipalities by 6-digit code, wards under their city', () => {
    expect(result.codes).toEqual(['072109', '072141', '073229', '141500']);
    expect(byCode.get('141500')?.properties.name).toBe('相模原市');
  });

  it.each([
    ['no municipality code (所属未定地 etc.)', 1],
    ['not on the map', 1],
  ])('skips %s (%i)', (reason, count) => {
    expect(result.skipped).toContainEqual({ reason, count });
  });

  it.each([
    ['072109', 2],
    ['141500', 1],
    ['072141', 1],
  ])('dissolves %s into %i polygon(s)', (code, polygons) => {
    const geometry = byCode.get(code)?.geometry as MultiPolygon | Polygon;
    const count = geometry.type === 'Polygon' ? 1 : geometry.coordinates.length;
    expect(count).toBe(polygons);
  });

  it('puts each city hall inside its own polygon and no other', () => {
    for (const code of result.codes) {
      const hall = known.find((m) => m.code === code)!;
      const containing = features.filter((f) => geoContains(f, [hall.lon, hall.lat]));
      expect(containing.map((f) => f.properties.code)).toEqual([code]);
    }
  });

  it('shares the boundary arcs of neighbours', () => {
    const object = result.topology.objects.municipalities as GeometryCollection;
    const inner = mesh(result.topology, object, (a, b) => a !== b);
    expect(inner.coordinates.length).toBeGreaterThan(0);
  });

  it('keeps every municipality with --all, wards as their own units', () => {
    const all = importN03(fixture, { keep: 1 });
    expect(all.codes).toEqual(['072028', '072109', '072141', '073229', '141518', '141526']);
  });

  it('does not change its input', () => {
    expect(fixture).toEqual(before);
  });
});
