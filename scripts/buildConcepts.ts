// Writes static/data/concepts.json from the plans under static/data/plans: shared concepts across
// cities and each city's unique approaches (src/lib/analysis/makeConcepts.ts). Run by
// `npm run build:data` after the plans, by `npm run ingest`, or alone:
// `npx tsx scripts/buildConcepts.ts [<data dir>]`.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Concepts, Plan, PlanIndex } from '../src/lib/data/schemas';
import { makeConcepts } from '../src/lib/analysis/makeConcepts';
import { writeDataFiles } from './write/writeDataFiles';

const DATA = resolve(dirname(fileURLToPath(import.meta.url)), '../static/data');

/** The source texts the plans cite, by their `sources/…` name. */
export function readSources(plans: readonly Plan[], dataDir = DATA): Map<string, string> {
  const files = new Set(plans.flatMap((p) => p.sources.map((s) => s.file)));
  return new Map(
    [...files].flatMap((f) => {
      try {
        return [[f, readFileSync(join(dataDir, f), 'utf8')] as const];
      } catch {
        return [];
      }
    }),
  );
}

/** Concepts for these plans, checked against the contract and against the plans' item ids. */
export function buildConcepts(
  plans: readonly Plan[],
  sources: ReadonlyMap<string, string> = readSources(plans),
): Concepts {
  const concepts = Concepts.parse(makeConcepts(plans, { sources }));
  const ids = new Set(plans.flatMap((p) => p.items.map((i) => i.id)));
  const cities = new Set(plans.map((p) => p.id));
  for (const c of [...concepts.concepts, ...concepts.unique]) {
    for (const id of c.items)
      if (!ids.has(id)) throw new Error(`concepts.json: unknown item ${id}`);
  }
  for (const u of concepts.unique)
    if (!cities.has(u.city)) throw new Error(`concepts.json: unknown city ${u.city}`);
  return concepts;
}

/** The plans index.json lists, parsed with the contract's schema. */
export function readPlans(dataDir = DATA): Plan[] {
  const index = PlanIndex.parse(JSON.parse(readFileSync(join(dataDir, 'index.json'), 'utf8')));
  return index.cities.map((c) =>
    Plan.parse(JSON.parse(readFileSync(join(dataDir, c.file), 'utf8'))),
  );
}

export const toConceptsJson = (concepts: Concepts) => JSON.stringify(concepts, null, 2) + '\n';

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const dataDir = resolve(process.argv[2] ?? DATA);
  const plans = readPlans(dataDir);
  const concepts = buildConcepts(plans, readSources(plans, dataDir));
  writeDataFiles(dataDir, new Map([[join(dataDir, 'concepts.json'), toConceptsJson(concepts)]]));
  console.error(
    `wrote ${join(dataDir, 'concepts.json')}: ${concepts.concepts.length} shared concepts, ${concepts.unique.length} unique approaches`,
  );
}
