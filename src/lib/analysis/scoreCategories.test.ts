import { describe, expect, it } from 'vitest';
import { scoreCategories, scoreSdgs, type GoldItem } from './scoreCategories';

const ids = ['a', 'b', 'c'];
const gold: GoldItem[] = [
  { id: '1', must: ['a'], acceptable: ['b'], sdgs: [3] },
  { id: '2', must: ['b'], acceptable: [], sdgs: [] },
  { id: '3', must: ['a', 'c'], acceptable: [] },
  { id: '4', must: ['c'], acceptable: [], sdgs: [7, 13] },
];
const predicted = new Map([
  ['1', ['a', 'b']], // b is acceptable: right, though it adds nothing to recall
  ['2', ['a']], // wrong a, missed b
  ['3', ['a']], // missed c
  ['4', ['c', 'b']], // wrong b
]);

describe('scoreCategories', () => {
  const before = structuredClone(gold);
  const report = scoreCategories(gold, predicted, ids);
  const by = (id: string) => report.categories.find((c) => c.id === id)!;

  it.each([
    // a: predicted in 1, 2, 3; right in 1, 3 → P 2/3; must in 1, 3, both found → R 1
    ['a', 2 / 3, 1, 2],
    // b: predicted in 1 (acceptable), 4 (wrong) → P 1/2; must in 2, missed → R 0
    ['b', 1 / 2, 0, 1],
    // c: predicted in 4 → P 1; must in 3, 4 → R 1/2
    ['c', 1, 1 / 2, 2],
  ])('category %s: precision %d, recall %d', (id, p, r, support) => {
    expect(by(id).precision).toBeCloseTo(p, 6);
    expect(by(id).recall).toBeCloseTo(r, 6);
    expect(by(id).support).toBe(support);
  });

  it('averages F1 over categories', () => {
    const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
    expect(report.macroF1).toBeCloseTo((f1(2 / 3, 1) + 0 + f1(1, 0.5)) / 3, 6);
    expect(report.exactRate).toBe(1 / 4);
  });

  it('fills the confusion matrix: hits on the diagonal, misses against wrong labels', () => {
    const { labels, matrix } = report.confusion;
    const at = (row: string, col: string) => matrix[labels.indexOf(row)]![labels.indexOf(col)];
    expect(labels).toEqual(['a', 'b', 'c', 'none']);
    expect(at('a', 'a')).toBe(2);
    expect(at('b', 'a')).toBe(1); // item 2: b missed, a predicted instead
    expect(at('c', 'none')).toBe(1); // item 3: c missed, nothing wrong predicted
    expect(at('c', 'c')).toBe(1);
    expect(at('none', 'b')).toBe(1); // item 4: b wrong, nothing missed
    expect(matrix.flat().reduce((s, x) => s + x, 0)).toBe(6);
  });

  it('does not mutate its inputs', () => {
    expect(gold).toEqual(before);
  });
});

describe('scoreSdgs', () => {
  it('scores only items that state their goals; two empty sets agree', () => {
    const r = scoreSdgs(
      gold,
      new Map([
        ['1', [3, 4]],
        ['2', []],
        ['3', [1]],
        ['4', [7]],
      ]),
    );
    expect(r.items).toBe(3);
    expect(r.precision).toBeCloseTo(2 / 3, 6); // 3 and 7 right of 3, 4, 7
    expect(r.recall).toBeCloseTo(2 / 3, 6); // 3 and 7 of 3, 7, 13
    expect(r.jaccard).toBeCloseTo((1 / 2 + 1 + 1 / 2) / 3, 6);
  });
});
