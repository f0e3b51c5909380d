import { describe, expect, it } from 'vitest';
import type { PlanItem } from '../data/schemas';
import { compileLexicon } from './compileLexicon';
import { RAW_LEXICON } from './defaultLexicon';
import { expandGrid, splitByHash, tuneParams } from './tuneParams';

const lexicon = compileLexicon(RAW_LEXICON);
const item = (id: string, title: string, text?: string): PlanItem => ({
  id: `x/${id}`,
  parent: null,
  kind: 'measure',
  title,
  text,
  source: { file: 'sources/x.txt', line: 1, quote: title },
});

describe('expandGrid', () => {
  it.each([
    [{}, 1],
    [{ minScore: [1, 2] }, 2],
    [{ minScore: [1, 2], relativeScore: [0.3, 0.5, 0.7] }, 6],
  ])('%j gives %i combinations over the base params', (grid, n) => {
    const out = expandGrid(lexicon.params, grid);
    expect(out).toHaveLength(n);
    for (const p of out) expect(p.titleFactor).toBe(lexicon.params.titleFactor);
  });
});

describe('tuneParams', () => {
  // The text mentions disasters in passing; only a low text factor keeps the label to the title.
  const items = [item('1', '観光業の振興', '災害時の観光客の避難にも備える。防災と減災の取組。')];
  const gold = [{ id: 'x/1', must: ['industry'], acceptable: [] }];

  it('puts the combination that scores best first', () => {
    const before = structuredClone(items);
    const trials = tuneParams(items, gold, lexicon, { textFactor: [1, 0.1] });
    expect(trials[0]?.params.textFactor).toBe(0.1);
    expect(trials[0]!.score).toBeGreaterThan(trials[1]!.score);
    expect(items).toEqual(before);
  });
});

describe('splitByHash', () => {
  it('splits every item into exactly one half, the same way each time', () => {
    const gold = Array.from({ length: 40 }, (_, i) => ({ id: `x/${i}`, must: [], acceptable: [] }));
    const [a, b] = splitByHash(gold);
    expect(a.length + b.length).toBe(40);
    expect(a.length).toBeGreaterThan(5);
    expect(b.length).toBeGreaterThan(5);
    expect(splitByHash(gold)).toEqual([a, b]);
  });
});
