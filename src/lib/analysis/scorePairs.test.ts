import { describe, expect, it } from 'vitest';
import { scorePairs } from './scorePairs';

describe('scorePairs', () => {
  it.each([
    [
      'counts each cell of the 2×2 table',
      [
        { a: 'x/1', b: 'y/1', same: true },
        { a: 'x/2', b: 'y/2', same: true },
        { a: 'x/3', b: 'y/3', same: false },
        { a: 'x/4', b: 'y/4', same: false },
      ],
      { 'x/1': true, 'x/2': false, 'x/3': true, 'x/4': false },
      { tp: 1, fn: 1, fp: 1, tn: 1, missing: 0, precision: 0.5, recall: 0.5 },
    ],
    [
      'leaves pairs with unknown items out of the scores',
      [
        { a: 'x/1', b: 'y/1', same: true },
        { a: 'x/9', b: 'y/9', same: true },
      ],
      { 'x/1': true },
      { tp: 1, fn: 0, fp: 0, tn: 0, missing: 1, precision: 1, recall: 1 },
    ],
  ])('%s', (_why, pairs, answers: Record<string, boolean>, expected) => {
    const r = scorePairs(pairs, (a) => answers[a]);
    expect(r).toMatchObject(expected);
  });
});
