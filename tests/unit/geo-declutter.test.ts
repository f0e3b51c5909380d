import { describe, expect, it } from 'vitest';
import { declutterLabels, type LabelBox } from '../../src/lib/map/declutter';

describe('declutterLabels', () => {
  it.each([
    ['one label', [{ x: 0, y: 0, text: '平塚市' }], [true]],
    [
      'two far apart',
      [
        { x: 0, y: 0, text: '平塚市' },
        { x: 0, y: 100, text: '大磯町' },
      ],
      [true, true],
    ],
    [
      'two on top of each other: the upper one wins',
      [
        { x: 0, y: 10, text: '茅ヶ崎市' },
        { x: 5, y: 4, text: '寒川町' },
      ],
      [false, true],
    ],
    [
      'the compared city wins even when lower',
      [
        { x: 0, y: 10, text: '平塚市', priority: true },
        { x: 5, y: 4, text: '寒川町' },
      ],
      [true, false],
    ],
    [
      'side by side but clear of each other',
      [
        { x: 0, y: 0, text: 'AB' },
        { x: 40, y: 0, text: 'CD' },
      ],
      [true, true],
    ],
  ] as [string, LabelBox[], boolean[]][])('%s', (_, labels, shown) => {
    const input = structuredClone(labels);
    expect(declutterLabels(labels)).toEqual(shown);
    expect(labels).toEqual(input);
  });
});
