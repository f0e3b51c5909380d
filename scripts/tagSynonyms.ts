// Tags every term of the synonym lexicon (src/lib/analysis/synonyms.json) with the seed cities
// whose plan text (item titles and texts) contains it: the cities that could have motivated it.
// The leave-one-city-out evaluation scores each city with the terms only it motivated removed.
// Run after editing the lexicon: `npx tsx scripts/tagSynonyms.ts` (a unit test checks the tags).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Plan } from '../src/lib/data/schemas';
import type { RawConcept } from '../src/lib/analysis/matchLexicon';
import { normalizeForMatch } from '../src/lib/analysis/extractTerms';
import { readPlans } from './buildConcepts';

const FILE = resolve(dirname(fileURLToPath(import.meta.url)), '../src/lib/analysis/synonyms.json');

/** Term → the cities (sorted) whose normalized plan text contains every atom of it. */
export function tagTerms(
  concepts: readonly RawConcept[],
  plans: readonly Pick<Plan, 'id' | 'items'>[],
): Record<string, Record<string, string[]>> {
  const texts = plans.map((p) => ({
    id: p.id,
    text: p.items.map((i) => normalizeForMatch(`${i.title}\n${i.text ?? ''}`)).join('\n'),
  }));
  const out: Record<string, Record<string, string[]>> = {};
  for (const c of concepts) {
    const tags: Record<string, string[]> = {};
    for (const term of c.terms) {
      const atoms = term.split('+').map(normalizeForMatch);
      tags[term] = texts
        .filter((t) => atoms.every((a) => t.text.includes(a)))
        .map((t) => t.id)
        .sort();
    }
    out[c.id] = tags;
  }
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const json = JSON.parse(readFileSync(FILE, 'utf8')) as { concepts: RawConcept[] };
  const tags = tagTerms(json.concepts, readPlans());
  for (const c of json.concepts) c.motivatedBy = tags[c.id];
  writeFileSync(FILE, JSON.stringify(json, null, 2) + '\n');
  console.error(`tagged ${json.concepts.reduce((n, c) => n + c.terms.length, 0)} terms`);
}
