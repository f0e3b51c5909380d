// npm run geo:build — writes static/data/geo/japan.topojson from world-atlas (Natural Earth 1:10m,
// public domain) and records it in static/data/geo/index.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { JAPAN_EXTENT, keepInExtent, toSimplifiedTopology } from './land';
import { updateGeoIndex } from './geoIndex';

const JAPAN_ISO_NUMERIC = '392';
const require = createRequire(import.meta.url);
const world = JSON.parse(
  readFileSync(require.resolve('world-atlas/countries-10m.json'), 'utf8'),
) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const countries = feature(world, world.objects.countries);
const japan = countries.features.find((f) => String(f.id) === JAPAN_ISO_NUMERIC);
if (!japan || !japan.geometry || !/Polygon/.test(japan.geometry.type))
  throw new Error('no Japan in world-atlas');
const kept = keepInExtent(japan.geometry as Polygon | MultiPolygon, JAPAN_EXTENT);
if (!kept) throw new Error('nothing of Japan inside the extent');
const land: Feature<MultiPolygon> = {
  type: 'Feature',
  properties: {
    name: 'Japan',
    source: 'Natural Earth 1:10m via world-atlas 2.0.2 (public domain)',
  },
  geometry: kept,
};
const topo = toSimplifiedTopology({ land: [land] }, { keep: 0.25, quantization: 1e4 });
const text = JSON.stringify(topo);
writeFileSync('static/data/geo/japan.topojson', text);
updateGeoIndex({
  land: {
    file: 'geo/japan.topojson',
    object: 'land',
    source: {
      url: 'https://www.naturalearthdata.com/',
      title: 'Natural Earth 1:10m (world-atlas 2.0.2), public domain',
    },
  },
});
console.log(`japan.topojson: ${kept.coordinates.length} polygons, ${text.length} bytes`);
