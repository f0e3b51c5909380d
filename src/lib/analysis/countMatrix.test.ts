import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS, Plan, PlanIndex } from '$lib/data/schemas';
import { makeCountMatrix } from './countMatrix';
import { sortMatrixRows, type Sort } from './sortMatrix';

const cities = [
  { id: 'a', itemCount: 10, countsByCategory: { health: 5, safety: 2 } },
  { id: 'b', itemCount: 4, countsByCategory: { health: 1, safety: 4 } },
  { id: 'c', itemCount: 0 },
];

describe('makeCountMatrix', () => {
  it('counts and shares every city × category, zero when missing', () => {
    const copy = structuredClone(cities);
    const m = makeCountMatrix(cities, ['health', 'safety', 'sdgs']);
    expect(m.rows.map((r) => [r.city, r.total, r.cells.map((c) => [c.count, c.share])])).toEqual([
      [
        'a',
        10,
        [
          [5, 0.5],
          [2, 0.2],
          [0, 0],
        ],
      ],
      [
        'b',
        4,
        [
          [1, 0.25],
          [4, 1],
          [0, 0],
        ],
      ],
      [
        'c',
        0,
        [
          [0, 0],
          [0, 0],
          [0, 0],
        ],
      ],
    ]);
    expect([m.maxCount, m.maxShare]).toEqual([5, 1]);
    expect(cities).toEqual(copy);
  });

  it('has zero maxima for no cities', () => {
    expect(makeCountMatrix([], ['health'])).toEqual({ rows: [], maxCount: 0, maxShare: 0 });
  });
});

describe('sortMatrixRows', () => {
  const rows = makeCountMatrix(cities, ['health', 'safety']).rows;
  it.each([
    [{ key: 'order', metric: 'count', descending: false }, ['a', 'b', 'c']],
    [{ key: 'order', metric: 'count', descending: true }, ['c', 'b', 'a']],
    [{ key: 'total', metric: 'count', descending: true }, ['a', 'b', 'c']],
    [{ key: 'health', metric: 'count', descending: true }, ['a', 'b', 'c']],
    [{ key: 'safety', metric: 'count', descending: false }, ['c', 'a', 'b']],
    [{ key: 'safety', metric: 'share', descending: true }, ['b', 'a', 'c']],
    [{ key: 'sdgs', metric: 'share', descending: true }, ['a', 'b', 'c']],
  ] satisfies Array<[Sort, string[]]>)('%j → %j', (sort, expected) => {
    const copy = structuredClone(rows);
    expect(sortMatrixRows(rows, sort).map((r) => r.city)).toEqual(expected);
    expect(rows).toEqual(copy);
  });
});

describe('the matrix on the real data', () => {
  const index = PlanIndex.parse(JSON.parse(readFileSync('static/data/index.json', 'utf8')));

  it.each(index.cities.map((c) => [c.id, c] as const))(
    '%s: index.json counts agree with the items of its plan file',
    (_id, summary) => {
      const plan = Plan.parse(JSON.parse(readFileSync(`static/data/${summary.file}`, 'utf8')));
      const row = makeCountMatrix([summary], CATEGORY_IDS).rows[0]!;
      expect(row.total).toBe(plan.items.length);
      for (const cell of row.cells) {
        const counted = plan.items.filter((i) => i.categories?.includes(cell.category)).length;
        expect([cell.category, cell.count]).toEqual([cell.category, counted]);
        expect(cell.share).toBeCloseTo(counted / plan.items.length);
      }
    },
  );
});
