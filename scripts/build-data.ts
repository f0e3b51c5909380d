// npm run build:data: extract every city's plan from its sources with its curation file, label the
// items, check every output against the contract and write static/data/plans/<city>.json and
// static/data/index.json atomically. generateData() runs the whole pipeline in memory so the
// stale-data test can compare its output with the committed files.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Plan, PlanIndex } from '../src/lib/data/schemas';
import { summarize } from '../src/lib/data/summarize';
import { buildPlan, Curation, type SourceText } from './extract/index';
import { labelPlans } from './labelPlans';
import { buildConcepts, readSources as readCitedSources, toConceptsJson } from './buildConcepts';
import { writeDataFiles } from './write/writeDataFiles';

export { summarize };

export const CITIES = ['nihonmatsu', 'ichinoseki', 'hiratsuka', 'iwaki'] as const;

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export function readCuration(city: string, root = ROOT): Curation {
  const raw: unknown = JSON.parse(
    readFileSync(join(root, 'scripts/curation', `${city}.json`), 'utf8'),
  );
  return Curation.parse(raw);
}

export function readSources(curation: Curation, root = ROOT): SourceText[] {
  return curation.sources.map(({ file }) => ({
    file,
    text: readFileSync(join(root, 'static/data', file), 'utf8'),
  }));
}

/**
 * Cities added by `npm run ingest` have no curation file: their plan file is their only source, so
 * a rebuild keeps them (relabelled with the current lexicon) instead of dropping them from the index.
 */
export function readIngestedPlans(root = ROOT): Plan[] {
  const indexPath = join(root, 'static/data/index.json');
  if (!existsSync(indexPath)) return [];
  const index = PlanIndex.parse(JSON.parse(readFileSync(indexPath, 'utf8')));
  const builtIn: readonly string[] = CITIES;
  return index.cities
    .filter((city) => !builtIn.includes(city.id))
    .map((city) =>
      Plan.parse(JSON.parse(readFileSync(join(root, 'static/data', city.file), 'utf8'))),
    );
}

const toJson = (value: unknown) => JSON.stringify(value, null, 2) + '\n';

/** The whole pipeline in memory: file path under static/data → file content. */
export function generateData(root = ROOT): Map<string, string> {
  const plans = CITIES.map((city) => {
    const curation = readCuration(city, root);
    return buildPlan(readSources(curation, root), curation);
  });
  const labelled = labelPlans([...plans, ...readIngestedPlans(root)]).map((p) => Plan.parse(p));
  const files = new Map<string, string>();
  for (const plan of labelled) files.set(`plans/${plan.id}.json`, toJson(plan));
  files.set('index.json', toJson(PlanIndex.parse({ version: 1, cities: labelled.map(summarize) })));
  files.set(
    'concepts.json',
    toConceptsJson(buildConcepts(labelled, readCitedSources(labelled, join(root, 'static/data')))),
  );
  return files;
}

/** Writes the files under static/data all or nothing, holding the data directory's lock. */
export function writeData(files: Map<string, string>, root = ROOT): void {
  const dataDir = join(root, 'static/data');
  writeDataFiles(
    dataDir,
    new Map([...files].map(([rel, content]) => [join(dataDir, rel), content])),
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const files = generateData();
  writeData(files);
  for (const [rel, content] of files)
    console.log(`wrote static/data/${rel} (${content.length} chars)`);
}
