import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS, Concepts, Plan, type Concept, type PlanItem } from '$lib/data/schemas';
import { makeSyntheticData } from '../../../scripts/bench/synthetic';
import { alignByConcept } from './alignByConcept';
import { AlignIndex } from './alignIndex';

const item = (id: string, categories: PlanItem['categories'] = ['health']): PlanItem => ({
  id,
  parent: null,
  kind: 'measure',
  title: id,
  source: { file: 'sources/a.txt', line: 1, quote: id },
  categories,
});
const concept = (id: string, items: string[]): Concept => ({
  id,
  label: { ja: id, en: id },
  items,
  why: { ja: '', en: '' },
});

describe('AlignIndex', () => {
  const itemsByCity = new Map([
    ['a', [item('a/1'), item('a/2'), item('a/3', ['safety']), item('a/4')]],
    ['b', [item('b/1'), item('b/2')]],
    ['c', [item('c/1'), item('c/2', ['sdgs'])]],
  ]);
  const concepts = [
    concept('x', ['a/4', 'b/1', 'a/1']),
    concept('small', ['a/1', 'b/1']),
    concept('big', ['a/1', 'b/1', 'c/1']),
    concept('y', ['a/3', 'b/2', 'c/2']),
  ];

  it.each([[['a', 'b', 'c']], [['c', 'a']], [['b']], [[]]])(
    'gives alignByConcept’s rows for %j',
    (cities) => {
      const index = new AlignIndex(itemsByCity, concepts);
      expect(index.rows('health', cities)).toEqual(
        alignByConcept({ cities, category: 'health', itemsByCity, concepts }),
      );
    },
  );

  it('answers a choice asked again with the same rows, read not recomputed', () => {
    const index = new AlignIndex(itemsByCity, concepts);
    const first = index.rows('health', ['a', 'b']);
    index.rows('safety', ['a', 'b']);
    expect(index.rows('health', ['a', 'b'])).toBe(first);
    expect(index.rows('health', ['b', 'a'])).not.toBe(first);
  });
});

const read = (file: string) => JSON.parse(readFileSync(`static/data/${file}`, 'utf8'));

describe('AlignIndex on the real plans and on 50 synthetic cities', () => {
  const { cities: summaries } = read('index.json') as { cities: { id: string; file: string }[] };
  const plans = summaries.map((c) => Plan.parse(read(c.file)));
  const { concepts } = Concepts.parse(read('concepts.json'));
  const itemsByCity = new Map(plans.map((p) => [p.id, p.items]));
  const ids = plans.map((p) => p.id);
  const choices = [ids, [...ids].reverse(), ids.slice(1, 3), [ids[2]!]];

  it.each(CATEGORY_IDS.map((c) => [c]))('%s: equal to alignByConcept', (category) => {
    const index = new AlignIndex(itemsByCity, concepts);
    for (const cities of choices)
      expect(index.rows(category, cities)).toEqual(
        alignByConcept({ cities, category, itemsByCity, concepts }),
      );
  });

  it('50 synthetic cities (the bench’s): equal to alignByConcept in every category', () => {
    const data = makeSyntheticData('static/data', 50);
    const synthetic = new Map(
      data.ids.map((id) => [id, (data.plan(id) as unknown as { items: PlanItem[] }).items]),
    );
    const all = (data.concepts as unknown as { concepts: Concept[] }).concepts;
    const index = new AlignIndex(synthetic, all);
    const without2 = data.ids.filter((_, i) => i !== 1);
    for (const category of CATEGORY_IDS)
      for (const cities of [data.ids, without2])
        expect(index.rows(category, cities)).toEqual(
          alignByConcept({ cities, category, itemsByCity: synthetic, concepts: all }),
        );
  });
});
