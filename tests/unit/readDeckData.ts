// The slides' data as /present loads it, read from the committed files and parsed with the app's
// schemas, for the unit tests of src/lib/present and the e2e tests that compute expected titles.
import { readFileSync } from 'node:fs';
import {
  Concepts,
  Evaluation,
  GeoIndex,
  Municipalities,
  Plan,
  PlanIndex,
  Regions,
  Taxonomy,
  TopologyFile,
} from '../../src/lib/data/schemas';
import { decodeLand } from '../../src/lib/map/decode';
import type { DeckData } from '../../src/lib/present/deckData';

const read = (file: string) => JSON.parse(readFileSync(`static/data/${file}`, 'utf8')) as unknown;

export function readDeckData(): DeckData {
  const index = PlanIndex.parse(read('index.json'));
  const geo = GeoIndex.parse(read('geo/index.json'));
  return {
    index,
    taxonomy: Taxonomy.parse(read('taxonomy.json')),
    concepts: Concepts.parse(read('concepts.json')),
    regions: Regions.parse(read('regions.json')),
    municipalities: Municipalities.parse(read('municipalities.json')),
    evaluation: Evaluation.parse(read('evaluation.json')),
    geo,
    land: decodeLand(TopologyFile.parse(read(geo.land.file)), geo.land.object),
    plans: new Map(index.cities.map((c) => [c.id, Plan.parse(read(c.file))])),
  };
}
