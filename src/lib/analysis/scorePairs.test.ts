import { describe, expect, it } from 'vitest';
import { scorePairs, sweepPairScores } from './scorePairs';

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

describe('sweepPairScores', () => {
  it('gives precision and recall at each distinct score, highest first', () => {
    const pairs = [
      { a: '1', b: 'x', same: true },
      { a: '2', b: 'x', same: false },
      { a: '3', b: 'x', same: true },
      { a: '4', b: 'x', same: false },
    ];
    const scores: Record<string, number> = { '1': 0.9, '2': 0.7, '3': 0.5, '4': 0.1 };
    expect(sweepPairScores(pairs, (a) => scores[a])).toEqual([
      { threshold: 0.9, precision: 1, recall: 0.5 },
      { threshold: 0.7, precision: 0.5, recall: 0.5 },
      { threshold: 0.5, precision: 2 / 3, recall: 1 },
      { threshold: 0.1, precision: 0.5, recall: 1 },
    ]);
  });
});
