// The planner's own cities, kept in this browser only (IndexedDB, through idb). Each record holds
// the checked plan and the text the reader saw, so the city survives a reload and going offline.
// A record that no longer parses (written by an older version) is reported, never shown.
import { openDB, type IDBPDatabase } from 'idb';
import * as z from 'zod/mini';
import { Plan } from '$lib/data/contract/plan';
import { USER_CITIES_KEY } from './flag';

const DB = 'plan-atlas-user';
const CITIES = 'cities';
const CACHE = 'cache';

export const StoredCity = z.object({
  id: z.string(),
  version: z.literal(1),
  addedAt: z.string(),
  fileName: z.string(),
  format: z.string(),
  encoding: z.optional(z.string()),
  pages: z.int(),
  plan: Plan,
  source: z.object({ file: z.string(), text: z.string() }),
});
export type StoredCity = z.infer<typeof StoredCity>;

export interface BrokenCity {
  id: string;
  problem: string;
}

let db: Promise<IDBPDatabase> | undefined;
const open = () =>
  (db ??= openDB(DB, 1, {
    upgrade(database) {
      database.createObjectStore(CITIES, { keyPath: 'id' });
      database.createObjectStore(CACHE);
    },
  }));

/** Keeps the list of ids in localStorage too: pages check it without opening the database. */
function remember(ids: readonly string[]) {
  try {
    if (ids.length) localStorage.setItem(USER_CITIES_KEY, JSON.stringify(ids));
    else localStorage.removeItem(USER_CITIES_KEY);
  } catch {
    // Storage may be off (a private window): the database is the record.
  }
}

export async function listCities(): Promise<{ cities: StoredCity[]; broken: BrokenCity[] }> {
  const records: unknown[] = await (await open()).getAll(CITIES);
  const cities: StoredCity[] = [];
  const broken: BrokenCity[] = [];
  for (const record of records) {
    const parsed = StoredCity.safeParse(record);
    if (parsed.success) cities.push(parsed.data);
    else {
      const id = typeof record === 'object' && record && 'id' in record ? String(record.id) : '?';
      const issue = parsed.error.issues[0];
      broken.push({
        id,
        problem: `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'does not match'}`,
      });
    }
  }
  cities.sort((a, b) => a.addedAt.localeCompare(b.addedAt));
  remember([...cities, ...broken].map((c) => c.id));
  return { cities, broken };
}

export async function getCity(id: string): Promise<StoredCity | undefined> {
  const parsed = StoredCity.safeParse(await (await open()).get(CITIES, id));
  return parsed.success ? parsed.data : undefined;
}

export async function putCity(city: StoredCity): Promise<void> {
  const database = await open();
  await database.put(CITIES, StoredCity.parse(city));
  await database.clear(CACHE);
  remember((await database.getAllKeys(CITIES)).map(String));
}

export async function deleteCity(id: string): Promise<void> {
  const database = await open();
  await database.delete(CITIES, id);
  await database.clear(CACHE);
  remember((await database.getAllKeys(CITIES)).map(String));
}

/** Derived data (concepts with the user's cities) kept until the cities change. */
export async function getCached<T>(key: string): Promise<T | undefined> {
  return (await (await open()).get(CACHE, key)) as T | undefined;
}

export async function putCached(key: string, value: unknown): Promise<void> {
  await (await open()).put(CACHE, value, key);
}
