import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS, Concepts, Plan, type Concept, type PlanItem } from '$lib/data/schemas';
import { alignByConcept, limitGrid, listAlignedIds, type AlignedRow } from './alignByConcept';

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

const itemsByCity = new Map([
  ['a', [item('a/1'), item('a/2'), item('a/3', ['safety']), item('a/4')]],
  ['b', [item('b/1'), item('b/2')]],
  ['c', [item('c/1'), item('c/2', ['sdgs'])]],
]);

const shape = (rows: ReturnType<typeof alignByConcept>) =>
  rows.map((r) => [r.concept?.id ?? null, r.cityCount, r.cells.map((c) => c.map((i) => i.id))]);

describe('alignByConcept', () => {
  it.each([
    [
      'rows by how many cities a concept spans; the rest last',
      [concept('two', ['a/2', 'b/2']), concept('three', ['a/1', 'b/1', 'c/1'])],
      ['a', 'b', 'c'],
      [
        ['three', 3, [['a/1'], ['b/1'], ['c/1']]],
        ['two', 2, [['a/2'], ['b/2'], []]],
        [null, 1, [['a/4'], [], []]],
      ],
    ],
    [
      'an item sits on one row only; a concept left with one city is dropped',
      [concept('small', ['a/1', 'b/1']), concept('big', ['a/1', 'b/1', 'c/1'])],
      ['a', 'b', 'c'],
      [
        ['big', 3, [['a/1'], ['b/1'], ['c/1']]],
        [null, 2, [['a/2', 'a/4'], ['b/2'], []]],
      ],
    ],
    [
      'only the chosen cities and the category count; columns follow the chosen order',
      [concept('x', ['a/1', 'c/1']), concept('y', ['a/3', 'b/1', 'c/2'])],
      ['c', 'a'],
      [
        ['x', 2, [['c/1'], ['a/1']]],
        [null, 1, [[], ['a/2', 'a/4']]],
      ],
    ],
    [
      'items of one concept keep source order within a cell',
      [concept('x', ['a/4', 'b/1', 'a/1'])],
      ['a', 'b'],
      [
        ['x', 2, [['a/1', 'a/4'], ['b/1']]],
        [null, 2, [['a/2'], ['b/2']]],
      ],
    ],
    ['no concepts → every item on the last row', [], ['c'], [[null, 1, [['c/1']]]]],
  ])('%s', (_name, concepts, cities, expected) => {
    const copy = structuredClone(concepts);
    expect(shape(alignByConcept({ cities, category: 'health', itemsByCity, concepts }))).toEqual(
      expected,
    );
    expect(concepts).toEqual(copy);
  });
});

describe('alignByConcept on the real data', () => {
  const index = JSON.parse(readFileSync('static/data/index.json', 'utf8')) as {
    cities: Array<{ id: string; file: string }>;
  };
  const plans = index.cities.map((c) =>
    Plan.parse(JSON.parse(readFileSync(`static/data/${c.file}`, 'utf8'))),
  );
  const { concepts } = Concepts.parse(
    JSON.parse(readFileSync('static/data/concepts.json', 'utf8')),
  );
  const cities = plans.map((p) => p.id);
  const itemsByCity = new Map(plans.map((p) => [p.id, p.items]));

  it.each(CATEGORY_IDS.map((c) => [c]))('%s: every item of the category shows once', (category) => {
    const rows = alignByConcept({ cities, category, itemsByCity, concepts });
    const expected = plans.flatMap((p) =>
      p.items.filter((i) => i.categories?.includes(category)).map((i) => i.id),
    );
    const ids = listAlignedIds(rows);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...expected].sort());
    for (const row of rows.filter((r) => r.concept))
      expect(row.cells.filter((c) => c.length > 0).length).toBeGreaterThanOrEqual(2);
  });

  it('aligns at least one concept across all four plans somewhere', () => {
    const best = Math.max(
      ...CATEGORY_IDS.flatMap((category) =>
        alignByConcept({ cities, category, itemsByCity, concepts })
          .filter((r) => r.concept)
          .map((r) => r.cityCount),
      ),
    );
    expect(best).toBe(cities.length);
  });
});

describe('limitGrid', () => {
  const row = (...sizes: number[]): AlignedRow => ({
    concept: null,
    cells: sizes.map((n) => Array.from({ length: n }, () => ({}) as PlanItem)),
    cityCount: sizes.filter((n) => n > 0).length,
  });
  const rows = [row(2, 1), row(0, 3), row(4, 4), row(1, 0)];

  it.each([
    [0, []],
    [1, [[1, 0]]],
    [3, [[2, 1]]],
    [
      4,
      [
        [2, 1],
        [0, 1],
      ],
    ],
    [
      8,
      [
        [2, 1],
        [0, 3],
        [2, 0],
      ],
    ],
    [
      15,
      [
        [2, 1],
        [0, 3],
        [4, 4],
        [1, 0],
      ],
    ],
    [
      100,
      [
        [2, 1],
        [0, 3],
        [4, 4],
        [1, 0],
      ],
    ],
  ] as [number, number[][]][])('%i items: %j', (items, limits) => {
    expect(limitGrid(rows, items)).toEqual({ rows: limits.length, limits });
  });

  it('never draws more items than allowed, and all of them once allowed', () => {
    const total = (l: number[][]) => l.flat().reduce((a, b) => a + b, 0);
    for (let items = 0; items <= 20; items++)
      expect(total(limitGrid(rows, items).limits)).toBe(Math.min(items, 15));
  });
});
