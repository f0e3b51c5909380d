// Every fetch of a data file goes through here: check res.ok, parse JSON, then safeParse with the
// file's schema (each contract/ module offers the loader of its own file). Failures become a DataFileError that names the file, so a page can show what broke
// and keep the rest of the dashboard working.
import type * as z from 'zod/mini';
import { USER_ID_PREFIX, userCityIds } from '$lib/userPlans/flag';

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

export type Fetch = typeof fetch;

export async function loadDataFile<T>(
  fetchFn: Fetch,
  base: string,
  file: string,
  schema: z.ZodMiniType<T>,
): Promise<T> {
  let json: unknown;
  try {
    json = JSON.parse(await readText(fetchFn, base, file));
  } catch (error) {
    if (error instanceof DataFileError) throw error;
    throw new DataFileError(file, `is not valid JSON (${(error as Error).message})`);
  }
  let parsed: ReturnType<typeof schema.safeParse> | undefined;
  try {
    parsed = schema.safeParse(json);
  } catch {
    // Too much for zod to check (its stack overflows): schemaProblem says so.
  }
  if (!parsed?.success) throw new DataFileError(file, await describeSchemaProblem(schema, json));
  // Checking a file and drawing what it holds are separate tasks: a page's first render does not
  // also carry the parse (and the schema's first use) in one long task.
  await nextTask();
  return parsed.data;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function describeSchemaProblem(schema: z.ZodMiniType, value: unknown): Promise<string> {
  try {
    const { schemaProblem } = await import('./schemaProblem');
    return schemaProblem(schema, value);
  } catch {
    return 'does not match its schema';
  }
}

/**
 * A data file's text: fetched, or, for the files the user's own cities touch (index.json,
 * concepts.json, their plans and sources), composed in the browser from what /add stored. The
 * code for that loads only when this browser holds such a city.
 */
async function readText(fetchFn: Fetch, base: string, file: string): Promise<string> {
  if (touchesUserCities(file)) {
    const { readUserDataFile } = await import('$lib/userPlans/userData');
    const text = await readUserDataFile(fetchFn, base, file);
    if (text !== null) return text;
  }
  let res: Response;
  try {
    res = await fetchFn(`${base}/data/${file}`);
  } catch (error) {
    throw new DataFileError(file, `could not be fetched (${(error as Error).message})`);
  }
  if (!res.ok) throw new DataFileError(file, `HTTP ${res.status} ${res.statusText}`.trim());
  return res.text();
}

const touchesUserCities = (file: string) =>
  typeof localStorage !== 'undefined' &&
  (file === 'index.json' ||
    file === 'concepts.json' ||
    file.startsWith(`plans/${USER_ID_PREFIX}`) ||
    file.startsWith(`sources/${USER_ID_PREFIX}`)) &&
  userCityIds().length > 0;

export async function loadSourceText(fetchFn: Fetch, base: string, file: string): Promise<string> {
  return readText(fetchFn, base, file);
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
