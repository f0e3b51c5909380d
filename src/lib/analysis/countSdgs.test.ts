import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Plan, PlanIndex } from '$lib/data/schemas';
import { countSdgs, readSdgCounts } from './countSdgs';

const at = (pairs: Array<[number, number]>) => {
  const out = new Array<number>(17).fill(0);
  for (const [goal, n] of pairs) out[goal - 1] = n;
  return out;
};

describe('countSdgs', () => {
  it.each([
    ['no items', [], at([])],
    ['items without sdgs', [{}, { sdgs: [] }], at([])],
    [
      'counts each goal per item',
      [{ sdgs: [3, 17] }, { sdgs: [3] }],
      at([
        [3, 2],
        [17, 1],
      ]),
    ],
    ['counts a repeated goal once per item', [{ sdgs: [5, 5] }], at([[5, 1]])],
    ['ignores goals outside 1–17', [{ sdgs: [0, 18, 1] }], at([[1, 1]])],
  ])('%s', (_name, items, expected) => {
    const copy = structuredClone(items);
    expect(countSdgs(items)).toEqual(expected);
    expect(items).toEqual(copy);
  });
});

describe('readSdgCounts', () => {
  it.each([
    ['nothing', undefined, at([])],
    [
      'keys 1–17',
      { '1': 2, '17': 5 },
      at([
        [1, 2],
        [17, 5],
      ]),
    ],
    ['ignores other keys', { '0': 1, '18': 1, x: 3, '4': 1 }, at([[4, 1]])],
  ])('%s', (_name, counts, expected) => {
    expect(readSdgCounts(counts)).toEqual(expected);
  });
});

describe('SDG counts on the real data', () => {
  const index = PlanIndex.parse(JSON.parse(readFileSync('static/data/index.json', 'utf8')));
  it.each(index.cities.map((c) => [c.id, c] as const))(
    '%s: index.json countsBySdg equals the counts from its plan file',
    (_id, summary) => {
      const plan = Plan.parse(JSON.parse(readFileSync(`static/data/${summary.file}`, 'utf8')));
      expect(readSdgCounts(summary.countsBySdg)).toEqual(countSdgs(plan.items));
    },
  );
});
