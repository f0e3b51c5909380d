// The data files as this browser sees them once the planner has added cities of their own:
// index.json with those cities after the published ones, their plan files and source texts from
// IndexedDB, and concepts.json recomputed over every plan (in the reader's worker; kept until the
// cities or the published data change). Nothing is fetched from anywhere but the page's origin.
import { Concepts } from '$lib/data/contract/concepts';
import { Plan } from '$lib/data/contract/plan';
import { PlanIndex } from '$lib/data/contract/planIndex';
import { summarize } from '$lib/data/summarize';
import { USER_ID_PREFIX } from './flag';
import { runWorker } from './runWorker';
import { getCached, listCities, putCached, type StoredCity } from './store';

type Fetch = typeof fetch;

async function fetchText(fetchFn: Fetch, base: string, file: string): Promise<string> {
  const res = await fetchFn(`${base}/data/${file}`);
  if (!res.ok) throw new Error(`${file}: HTTP ${res.status}`);
  return res.text();
}

let stored: Promise<StoredCity[]> | undefined;
/** The stored cities, read once per page (a change on /add reloads what it shows). */
const cities = () => (stored ??= listCities().then((r) => r.cities));
export const forgetStoredCities = () => (stored = undefined);

const toJson = (value: unknown) => JSON.stringify(value);

async function hash(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest).slice(0, 8)]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('');
}

/** The file's text with the user's cities in it, or null when they do not touch it. */
export async function readUserDataFile(
  fetchFn: Fetch,
  base: string,
  file: string,
): Promise<string | null> {
  const mine = await cities();
  if (mine.length === 0) return null;
  if (file.startsWith(`plans/${USER_ID_PREFIX}`)) {
    const city = mine.find((c) => `plans/${c.id}.json` === file);
    return city ? toJson(city.plan) : null;
  }
  if (file.startsWith(`sources/${USER_ID_PREFIX}`)) {
    const city = mine.find((c) => c.source.file === file);
    return city ? city.source.text : null;
  }
  if (file === 'index.json') {
    const published = PlanIndex.parse(JSON.parse(await fetchText(fetchFn, base, file)));
    const known = new Set(published.cities.map((c) => c.id));
    return toJson({
      ...published,
      cities: [
        ...published.cities,
        ...mine.filter((c) => !known.has(c.id)).map((c) => summarize(c.plan)),
      ],
    });
  }
  if (file === 'concepts.json') {
    const publishedText = await fetchText(fetchFn, base, file);
    const key = `concepts:${await hash(publishedText)}:${mine.map((c) => `${c.id}@${c.addedAt}`).join(',')}`;
    const cached = await getCached<string>(key);
    if (cached) return cached;
    const published = PlanIndex.parse(JSON.parse(await fetchText(fetchFn, base, 'index.json')));
    const plans = await Promise.all(
      published.cities.map(async (c) =>
        Plan.parse(JSON.parse(await fetchText(fetchFn, base, c.file))),
      ),
    );
    // The published sources come from the site, the user's own from IndexedDB.
    const files = [...new Set(plans.flatMap((p) => p.sources.map((s) => s.file)))];
    const sources: [string, string][] = await Promise.all(
      files.map(async (f) => [f, await fetchText(fetchFn, base, f)] as [string, string]),
    );
    for (const c of mine) sources.push([c.source.file, c.source.text]);
    const { concepts } = await runWorker(
      { type: 'concepts', plans: [...plans, ...mine.map((c) => c.plan)], sources },
      'concepts',
    );
    const text = toJson(Concepts.parse(concepts));
    await putCached(key, text);
    return text;
  }
  return null;
}
