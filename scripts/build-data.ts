// npm run build:data: extract every city's plan from its sources with its curation file, label the
// items, check every output against the contract and write static/data/plans/<city>.json and
// static/data/index.json atomically. generateData() runs the whole pipeline in memory so the
// stale-data test can compare its output with the committed files.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CATEGORY_IDS,
  ITEM_KINDS,
  Plan,
  PlanIndex,
  type PlanSummary,
} from '../src/lib/data/schemas';
import { buildPlan, Curation, type SourceText } from './extract/index';
import { labelPlans } from './labelPlans';
import { buildConcepts, toConceptsJson } from './buildConcepts';
import { writeDataFiles } from './write/writeDataFiles';

export const CITIES = ['nihonmatsu', 'ichinoseki', 'hiratsuka', 'iwaki'] as const;

const SDG_KEYS = Array.from({ length: 17 }, (_, i) => String(i + 1));

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

/** Key counts in a fixed order (the order of `order`, then alphabetical), zero counts left out. */
function countBy(values: readonly string[], order: readonly string[] = []): Record<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  const keys = [...counts.keys()].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(keys.map((k) => [k, counts.get(k)!]));
}

export function summarize(plan: Plan): PlanSummary {
  const categories = plan.items.flatMap((it) => it.categories ?? []);
  const sdgs = plan.items.flatMap((it) => [...new Set(it.sdgs ?? [])].map(String));
  return {
    id: plan.id,
    name: plan.name,
    prefecture: plan.prefecture,
    code: plan.code,
    file: `plans/${plan.id}.json`,
    plan: plan.plan,
    itemCount: plan.items.length,
    countsByKind: countBy(
      plan.items.map((it) => it.kind),
      ITEM_KINDS,
    ),
    ...(categories.length ? { countsByCategory: countBy(categories, CATEGORY_IDS) } : {}),
    ...(sdgs.length ? { countsBySdg: countBy(sdgs, SDG_KEYS) } : {}),
  };
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
  files.set('concepts.json', toConceptsJson(buildConcepts(labelled)));
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
