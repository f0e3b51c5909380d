import { describe, expect, it } from 'vitest';
import type { PlanItem } from '$lib/data/schemas';
import { ancestorIds, branchIds, buildOutline, type OutlineNode } from './outline';

const item = (id: string, parent: string | null): PlanItem => ({
  id: `c/${id}`,
  parent: parent === null ? null : `c/${parent}`,
  kind: 'goal',
  title: id,
  source: { file: 'sources/a.txt', line: 1, quote: id },
});

const shape = (nodes: OutlineNode[]): unknown =>
  nodes.map((n) => [n.item.title, n.depth, shape(n.children)]);

const items = [
  item('g1', null),
  item('p1', 'g1'),
  item('m1', 'p1'),
  item('g2', null),
  item('p2', 'g1'),
];

describe('buildOutline', () => {
  it.each([
    [
      'nests children under parents in source order',
      items,
      [
        [
          'g1',
          0,
          [
            ['p1', 1, [['m1', 2, []]]],
            ['p2', 1, []],
          ],
        ],
        ['g2', 0, []],
      ],
    ],
    [
      'keeps an item whose parent is missing as a root',
      [item('a', 'zz'), item('b', 'a')],
      [['a', 0, [['b', 1, []]]]],
    ],
    ['keeps a self-parented item as a root', [item('a', 'a')], [['a', 0, []]]],
    ['returns nothing for no items', [], []],
  ])('%s', (_name, input, expected) => {
    const copy = structuredClone(input);
    expect(shape(buildOutline(input))).toEqual(expected);
    expect(input).toEqual(copy);
  });
});

describe('ancestorIds', () => {
  it.each([
    ['c/m1', ['c/g1', 'c/p1']],
    ['c/g1', []],
    ['c/unknown', []],
  ])('%s → %j', (id, expected) => {
    expect(ancestorIds(items, id)).toEqual(expected);
  });

  it('stops on a cycle', () => {
    const cyclic = [item('a', 'b'), item('b', 'a')];
    expect(ancestorIds(cyclic, 'c/a')).toEqual(['c/b']);
  });
});

describe('branchIds', () => {
  it('lists every node with children', () => {
    expect(branchIds(buildOutline(items))).toEqual(['c/g1', 'c/p1']);
  });
});
