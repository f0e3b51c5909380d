// Each city in index.json gets its own prerendered shell, so the plan page's code is preloaded with
// the document instead of being discovered after the SPA fallback has started. Cities added later
// (npm run ingest) get theirs on the next build; until then the fallback still serves them.
import { readFileSync } from 'node:fs';
import { PlanIndex } from '$lib/data/contract/planIndex';
import type { EntryGenerator } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
  PlanIndex.parse(JSON.parse(readFileSync('static/data/index.json', 'utf8'))).cities.map((c) => ({
    city: c.id,
  }));
