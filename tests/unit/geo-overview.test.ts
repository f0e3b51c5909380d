import { describe, expect, it } from 'vitest';
import { chooseLabelSides } from '../../src/lib/map/overview';

describe('chooseLabelSides', () => {
  it.each([
    ['a lone dot', [{ x: 10, y: 10 }], ['right']],
    [
      'a dot with a neighbour just right and below (二本松 and いわき)',
      [
        { x: 100, y: 100 },
        { x: 109, y: 113 },
      ],
      ['left', 'right'],
    ],
    [
      'dots far apart',
      [
        { x: 100, y: 100 },
        { x: 300, y: 100 },
      ],
      ['right', 'right'],
    ],
    [
      'a neighbour to the left only',
      [
        { x: 100, y: 100 },
        { x: 80, y: 100 },
      ],
      ['right', 'left'],
    ],
  ] as [string, { x: number; y: number }[], string[]][])('%s', (_, points, sides) => {
    const input = structuredClone(points);
    expect(chooseLabelSides(points)).toEqual(sides);
    expect(points).toEqual(input);
  });
});
