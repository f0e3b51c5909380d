// Every fetch of a data file goes through here: check res.ok, parse JSON, then safeParse with the
// file's schema. Failures become a DataFileError that names the file, so a page can show what broke
// and keep the rest of the dashboard working.
import * as z from 'zod/mini';
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
} from './schemas';

export class DataFileError extends Error {
  readonly file: string;
  readonly problem: string;

  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'DataFileError';
    this.file = file;
    this.problem = problem;
  }
}

type Fetch = typeof fetch;

export async function loadDataFile<T>(
  fetchFn: Fetch,
  base: string,
  file: string,
  schema: z.ZodMiniType<T>,
): Promise<T> {
  const url = `${base}/data/${file}`;
  let res: Response;
  try {
    res = await fetchFn(url);
  } catch (error) {
    throw new DataFileError(file, `could not be fetched (${(error as Error).message})`);
  }
  if (!res.ok) throw new DataFileError(file, `HTTP ${res.status} ${res.statusText}`.trim());
  let json: unknown;
  try {
    json = JSON.parse(await res.text());
  } catch (error) {
    throw new DataFileError(file, `is not valid JSON (${(error as Error).message})`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new DataFileError(file, z.prettifyError(parsed.error));
  return parsed.data;
}

export const loadIndex = (f: Fetch, base: string) => loadDataFile(f, base, 'index.json', PlanIndex);
export const loadPlan = (f: Fetch, base: string, city: string) =>
  loadDataFile(f, base, `plans/${city}.json`, Plan);
export const loadTaxonomy = (f: Fetch, base: string) =>
  loadDataFile(f, base, 'taxonomy.json', Taxonomy);
export const loadEvaluation = (f: Fetch, base: string) =>
  loadDataFile(f, base, 'evaluation.json', Evaluation);
export const loadConcepts = (f: Fetch, base: string) =>
  loadDataFile(f, base, 'concepts.json', Concepts);
export const loadMunicipalities = (f: Fetch, base: string) =>
  loadDataFile(f, base, 'municipalities.json', Municipalities);
export const loadRegions = (f: Fetch, base: string) =>
  loadDataFile(f, base, 'regions.json', Regions);

export const loadGeoIndex = (f: Fetch, base: string) =>
  loadDataFile(f, base, 'geo/index.json', GeoIndex);
/** A TopoJSON file named in geo/index.json (`file` is relative to static/data). */
export const loadTopology = (f: Fetch, base: string, file: string) =>
  loadDataFile(f, base, file, TopologyFile);

export async function loadSourceText(fetchFn: Fetch, base: string, file: string): Promise<string> {
  let res: Response;
  try {
    res = await fetchFn(`${base}/data/${file}`);
  } catch (error) {
    throw new DataFileError(file, `could not be fetched (${(error as Error).message})`);
  }
  if (!res.ok) throw new DataFileError(file, `HTTP ${res.status} ${res.statusText}`.trim());
  return res.text();
}

/** A load result a page can render either way: the data, or which file failed and why. */
export type Settled<T> = { ok: true; data: T } | { ok: false; file: string; problem: string };

/** Turns a DataFileError into a value so one broken file shows a panel instead of an error page. */
export async function settle<T>(pending: Promise<T>): Promise<Settled<T>> {
  try {
    return { ok: true, data: await pending };
  } catch (error) {
    if (error instanceof DataFileError)
      return { ok: false, file: error.file, problem: error.problem };
    throw error;
  }
}
