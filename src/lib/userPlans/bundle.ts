// A city of the user's own as the files `npm run ingest` writes — plans/<id>.json, the source
// text under sources/, and an index.json listing it — in one zip (fflate), so a planner can hand
// it to a colleague, import it in another browser, or copy it into a data folder.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { Plan } from '$lib/data/contract/plan';
import { PlanIndex } from '$lib/data/contract/planIndex';
import { summarize } from '$lib/data/summarize';
import type { StoredCity } from './store';

const toJson = (value: unknown) => JSON.stringify(value, null, 2) + '\n';

export function exportCity(city: StoredCity): Uint8Array {
  return zipSync({
    'index.json': strToU8(toJson({ version: 1, cities: [summarize(city.plan)] })),
    [`plans/${city.plan.id}.json`]: strToU8(toJson(city.plan)),
    [city.source.file]: strToU8(city.source.text),
  });
}

export class BundleError extends Error {}

/** The plans of an exported zip, each with its source text; what is wrong is said. */
export function importBundle(
  bytes: Uint8Array,
): { plan: Plan; source: { file: string; text: string } }[] {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch {
    throw new BundleError('not a zip file exported by Plan Atlas');
  }
  const index = files['index.json'];
  if (!index) throw new BundleError('the zip holds no index.json');
  const parsedIndex = PlanIndex.safeParse(JSON.parse(strFromU8(index)));
  if (!parsedIndex.success)
    throw new BundleError('its index.json does not match the data contract');
  return parsedIndex.data.cities.map((summary) => {
    const planBytes = files[summary.file];
    if (!planBytes) throw new BundleError(`the zip lacks ${summary.file}`);
    const plan = Plan.safeParse(JSON.parse(strFromU8(planBytes)));
    if (!plan.success) throw new BundleError(`${summary.file} does not match the data contract`);
    const file = plan.data.sources[0]!.file;
    const text = files[file];
    if (!text) throw new BundleError(`the zip lacks ${file}`);
    return { plan: plan.data, source: { file, text: strFromU8(text) } };
  });
}
