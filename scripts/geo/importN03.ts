// npm run geo:import -- <N03 GeoJSON> [--all]
// Converts the official 国土数値情報 行政区域 (N03) GeoJSON into static/data/geo/municipalities.topojson
// and records it in geo/index.json, after which the maps draw real boundaries instead of hulls.
// By default only the municipalities in municipalities.json are kept; --all keeps every one.
import { readFileSync, writeFileSync } from 'node:fs';
import { Municipalities } from '../../src/lib/data/schemas';
import { updateGeoIndex } from './geoIndex';
import { importN03 } from './n03';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
  console.error('usage: npm run geo:import -- <N03 GeoJSON file> [--all]');
  process.exit(2);
}
const known = Municipalities.parse(
  JSON.parse(readFileSync('static/data/municipalities.json', 'utf8')),
);
const input = JSON.parse(readFileSync(file, 'utf8'));
if (input?.type !== 'FeatureCollection')
  throw new Error(`${file} is not a GeoJSON FeatureCollection`);
const result = importN03(input, args.includes('--all') ? {} : { known });
const text = JSON.stringify(result.topology);
writeFileSync('static/data/geo/municipalities.topojson', text);
updateGeoIndex({
  municipalities: {
    file: 'geo/municipalities.topojson',
    object: 'municipalities',
    source: {
      url: 'https://nlftp.mlit.go.jp/ksj/',
      title: '国土数値情報 行政区域データ (N03), 国土交通省',
    },
  },
});
const missing = known.filter((m) => !result.codes.includes(m.code)).map((m) => m.name.ja);
console.log(`municipalities.topojson: ${result.codes.length} municipalities, ${text.length} bytes`);
for (const s of result.skipped) console.log(`skipped ${s.count}: ${s.reason}`);
if (missing.length) console.log(`not in the file (drawn as points): ${missing.join('、')}`);
