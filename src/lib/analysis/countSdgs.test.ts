import { describe, expect, it } from 'vitest';
import { countSdgs } from './countSdgs';

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
