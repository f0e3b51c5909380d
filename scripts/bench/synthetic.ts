// Synthetic cities for the interaction bench: n clones of the real plans (cycling through them),
// each under its own id, with concepts.json extended so the clones align like their originals.
// The bench serves these through Playwright's request routing; nothing is written to disk.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

type Json = Record<string, unknown>;
const read = (root: string, file: string) =>
  JSON.parse(readFileSync(join(root, file), 'utf8')) as Json;

interface CityClone {
  id: string;
  of: string;
}

export interface SyntheticData {
  index: Json;
  concepts: Json;
  plan(id: string): Json | undefined;
  ids: string[];
}

export function makeSyntheticData(root: string, n: number): SyntheticData {
  const index = read(root, 'index.json') as { cities: Json[] };
  const real = index.cities.map((c) => c.id as string);
  const clones: CityClone[] = Array.from({ length: n }, (_, k) => {
    const of = real[k % real.length]!;
    return { id: k < real.length ? of : `${of}-s${k}`, of };
  });
  const rename = (id: string, to: string) => id.replace(/^[^/]+\//, `${to}/`);
  const cities = clones.map(({ id, of }) => {
    const base = index.cities.find((c) => c.id === of)!;
    return { ...base, id, file: `plans/${id}.json` };
  });
  const concepts = read(root, 'concepts.json') as { concepts: Json[]; unique: Json[] };
  const cloneItems = (items: string[]) =>
    clones.flatMap(({ id, of }) =>
      items.filter((i) => i.startsWith(`${of}/`)).map((i) => rename(i, id)),
    );
  const plans = new Map<string, Json>();
  return {
    ids: clones.map((c) => c.id),
    index: { ...index, cities },
    concepts: {
      ...concepts,
      concepts: concepts.concepts.map((c) => ({ ...c, items: cloneItems(c.items as string[]) })),
    },
    plan(id) {
      const clone = clones.find((c) => c.id === id);
      if (!clone) return undefined;
      if (!plans.has(id)) {
        const plan = read(root, `plans/${clone.of}.json`) as { items: Json[] };
        plans.set(id, {
          ...plan,
          id,
          items: plan.items.map((item) => ({
            ...item,
            id: rename(item.id as string, id),
            parent: item.parent ? rename(item.parent as string, id) : null,
            ...(item.repeats ? { repeats: rename(item.repeats as string, id) } : {}),
          })),
        });
      }
      return plans.get(id);
    },
  };
}

/** Answers the page's requests for index.json, concepts.json and the plan files with `data`. */
export async function serveSyntheticData(page: Page, data: SyntheticData): Promise<void> {
  await page.route('**/data/index.json', (r) => r.fulfill({ json: data.index }));
  await page.route('**/data/concepts.json', (r) => r.fulfill({ json: data.concepts }));
  await page.route('**/data/plans/*.json', (r) => {
    const id = new URL(r.request().url()).pathname
      .split('/')
      .pop()!
      .replace(/\.json$/, '');
    const plan = data.plan(id);
    return plan ? r.fulfill({ json: plan }) : r.continue();
  });
}
