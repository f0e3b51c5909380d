import { readFileSync } from 'node:fs';
import { geoContains } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { GeoIndex, TopologyFile } from '../../src/lib/data/schemas';
import { decodeLand } from '../../src/lib/map/decode';

const index = GeoIndex.parse(JSON.parse(readFileSync('static/data/geo/index.json', 'utf8')));
const raw = readFileSync(`static/data/${index.land.file}`, 'utf8');
// Parsed as the app parses it: the schema must keep what topojson-client needs.
const land = decodeLand(TopologyFile.parse(JSON.parse(raw)), index.land.object);

describe('the Japan outline after validation and decoding', () => {
  it('stays small enough for the home page', () => {
    expect(raw.length).toBeLessThan(30_000);
  });

  it.each([
    ['二本松市役所', [140.4314, 37.5847]],
    ['一関市役所', [141.1264, 38.9344]],
    ['平塚市役所', [139.3497, 35.3356]],
    ['いわき市役所', [140.8878, 37.0506]],
    ['Naha', [127.68, 26.21]],
  ] as [string, [number, number]][])('contains %s', (_, point) => {
    expect(land.features.some((f) => geoContains(f, point))).toBe(true);
  });

  it.each([
    ['the Pacific off Iwaki', [141.6, 37.0]],
    ['Seoul', [126.98, 37.57]],
  ] as [string, [number, number]][])('does not contain %s', (_, point) => {
    expect(land.features.some((f) => geoContains(f, point))).toBe(false);
  });
});
