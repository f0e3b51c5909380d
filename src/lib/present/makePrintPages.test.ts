import { describe, expect, it } from 'vitest';
import type { PlanItem } from '$lib/data/schemas';
import { makePrintPages } from './makePrintPages';

const item = (id: string, categories: PlanItem['categories']): PlanItem =>
  ({
    id,
    parent: null,
    kind: 'measure',
    title: id,
    source: { file: 'sources/a.txt', line: 1, quote: id },
    categories,
  }) as PlanItem;

const plans = [
  {
    id: 'a',
    items: [item('a/1', ['health']), item('a/2', ['health', 'safety']), item('a/3', ['dx_gx'])],
  },
  { id: 'b', items: [item('b/1', ['safety']), item('b/2', ['health'])] },
];

describe('makePrintPages', () => {
  it.each([
    [
      ['health'],
      [
        [
          ['a', ['a/1', 'a/2']],
          ['b', ['b/2']],
        ],
      ],
    ],
    [
      ['safety', 'children'],
      [
        [
          ['a', ['a/2']],
          ['b', ['b/1']],
        ],
        [
          ['a', []],
          ['b', []],
        ],
      ],
    ],
    [[], []],
  ] as const)('%o', (categories, expected) => {
    const copy = structuredClone(plans);
    const pages = makePrintPages(plans, categories);
    expect(pages.map((p) => p.category)).toEqual(categories);
    expect(pages.map((p) => p.columns.map((c) => [c.city, c.items.map((i) => i.id)]))).toEqual(
      expected,
    );
    expect(plans).toEqual(copy);
  });
});
