// concepts.json on the real data: it follows the contract, references only items that exist,
// is what buildConcepts makes of the committed plans, and agrees with matchItemPair pair by pair.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Concepts } from '../../src/lib/data/schemas';
import { describeItems, groupConcepts, cityOf } from '../../src/lib/analysis/groupConcepts';
import { matchSignatures } from '../../src/lib/analysis/matchConcepts';
import { buildConcepts, readPlans, toConceptsJson } from '../../scripts/buildConcepts';

const DATA = resolve(import.meta.dirname, '../../static/data');
const file = readFileSync(join(DATA, 'concepts.json'), 'utf8');
const concepts = Concepts.parse(JSON.parse(file));
const plans = readPlans(DATA);
const items = new Map(plans.flatMap((p) => p.items.map((i) => [i.id, i] as const)));

describe('concepts.json', () => {
  it('is what buildConcepts makes of the committed plans (run npm run build:data)', () => {
    expect(file).toBe(toConceptsJson(buildConcepts(plans)));
  });

  it('references only existing items; shared concepts span cities, unique ones one city', () => {
    for (const c of concepts.concepts) {
      for (const id of c.items) expect(items.has(id), `${c.id}: ${id}`).toBe(true);
      expect(new Set(c.items.map(cityOf)).size, c.id).toBeGreaterThan(1);
      expect(c.why.ja && c.why.en).toBeTruthy();
    }
    for (const u of concepts.unique) {
      for (const id of u.items) {
        expect(items.has(id), id).toBe(true);
        expect(cityOf(id)).toBe(u.city);
      }
    }
  });

  it.each([
    // The examples of one pursuit in different words, as the plans state them.
    ['healthy-life-expectancy', ['nihonmatsu', 'ichinoseki']],
    ['ebpm', ['nihonmatsu', 'hiratsuka']],
    ['city-promotion', ['nihonmatsu', 'ichinoseki', 'iwaki']],
    ['regional-cooperation', ['nihonmatsu', 'hiratsuka']],
    ['citizen-collaboration', ['nihonmatsu', 'ichinoseki', 'hiratsuka', 'iwaki']],
    ['dx', ['nihonmatsu', 'ichinoseki', 'hiratsuka', 'iwaki']],
    ['decarbonization', ['ichinoseki', 'hiratsuka']],
    ['disaster-resilience', ['ichinoseki', 'iwaki']],
    ['public-facilities', ['nihonmatsu', 'ichinoseki']],
    ['childcare-support', ['nihonmatsu', 'ichinoseki', 'iwaki']],
  ])('%s is shared by %j', (id, cities) => {
    const concept = concepts.concepts.find((c) => c.id === id);
    expect(concept, id).toBeDefined();
    const present = new Set(concept!.items.map(cityOf));
    for (const city of cities) expect(present, `${id} in ${city}`).toContain(city);
  });

  it('names unique approaches of every city, each with its reason', () => {
    expect(new Set(concepts.unique.map((u) => u.city))).toEqual(new Set(plans.map((p) => p.id)));
    const titles = concepts.unique.map((u) => u.label.ja);
    expect(titles).toContain('ILCの実現を見据えたまちづくり');
    expect(titles).toContain('二本松城跡総合整備事業');
  });

  it('groups two items of different cities together by key exactly when matchItemPair says so', () => {
    const all = [...items.values()].filter((i) => !i.repeats);
    const sigs = describeItems(all);
    const together = new Set<string>();
    // Keys only: near groups (close titles without a lexicon) are scored by closeMatches.ts.
    for (const g of groupConcepts(all, sigs, { near: false })) {
      for (const a of g.items) for (const b of g.items) together.add(`${a} ${b}`);
    }
    let same = 0;
    for (const a of all) {
      for (const b of all) {
        if (cityOf(a.id) >= cityOf(b.id)) continue;
        const match = matchSignatures(sigs.get(a.id)!, sigs.get(b.id)!);
        expect(together.has(`${a.id} ${b.id}`), `${a.title} / ${b.title}`).toBe(match.same);
        if (match.same) same++;
      }
    }
    expect(same).toBeGreaterThan(100);
  });
});
