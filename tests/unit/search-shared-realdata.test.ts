// The search index and the UpSet counts on the committed data: every item can be found by its
// own title, and the intersections account for every shared concept exactly once.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/lib/analysis/buildSearchIndex';
import { conceptCities, countIntersections } from '../../src/lib/analysis/countIntersections';
import { searchItems } from '../../src/lib/analysis/searchItems';
import { Concepts, Plan, PlanIndex } from '../../src/lib/data/schemas';

const DATA = resolve(import.meta.dirname, '../../static/data');
const read = (f: string) => JSON.parse(readFileSync(join(DATA, f), 'utf8')) as unknown;
const index = PlanIndex.parse(read('index.json'));
const cities = index.cities.map((c) => c.id);
const plans = readdirSync(join(DATA, 'plans'))
  .filter((f) => cities.includes(f.replace(/\.json$/, '')))
  .map((f) => Plan.parse(read(`plans/${f}`)));
const concepts = Concepts.parse(read('concepts.json'));

describe('search on the real plans', () => {
  const docs = plans.flatMap((p) =>
    p.items.map((i) => ({ id: i.id, city: p.id, kind: i.kind, title: i.title, text: i.text })),
  );
  const searchIndex = buildSearchIndex(docs);

  it('finds every item by its own title, in its own city', () => {
    expect(docs.length).toBe(index.cities.reduce((n, c) => n + c.itemCount, 0));
    const missed = docs.filter((doc) => {
      const found = searchItems(searchIndex, doc.title, cities);
      return !found.groups.some((g) => g.city === doc.city && g.docs.some((d) => d.id === doc.id));
    });
    expect(missed.map((d) => d.id)).toEqual([]);
  });

  it('returns only items that hold every part of the query', () => {
    const { groups } = searchItems(searchIndex, '子育て 支援', cities);
    const hits = groups.flatMap((g) => g.docs);
    expect(hits.length).toBeGreaterThan(0);
    const fold = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
    for (const doc of hits) {
      const text = fold(`${doc.title}${doc.text ?? ''}`);
      expect(text.includes('子育て') && text.includes('支援')).toBe(true);
    }
  });
});

describe('UpSet counts on concepts.json', () => {
  it.each([[cities], [cities.slice(0, 2)], [[...cities].reverse().slice(0, 3)]])(
    'chosen %j: each shared concept in exactly one intersection',
    (chosen) => {
      const shared = concepts.concepts.filter((c) => conceptCities(c, chosen).length >= 2);
      const { intersections, setSizes } = countIntersections(concepts.concepts, chosen);
      expect(intersections.flatMap((s) => s.concepts).sort()).toEqual(
        shared.map((c) => c.id).sort(),
      );
      for (const { city, size } of setSizes)
        expect(size).toBe(shared.filter((c) => conceptCities(c, chosen).includes(city)).length);
    },
  );
});
