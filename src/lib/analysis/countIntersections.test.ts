import { describe, expect, it } from 'vitest';
import { conceptCities, countIntersections } from './countIntersections';

const concepts = [
  { id: 'a', items: ['x/1', 'y/1', 'z/1', 'w/1'] },
  { id: 'b', items: ['x/2', 'y/2'] },
  { id: 'c', items: ['y/3', 'x/3', 'x/4'] },
  { id: 'd', items: ['z/2', 'w/2', 'x/5'] },
  { id: 'e', items: ['w/3'] },
];

describe('conceptCities', () => {
  it.each([
    [['x', 'y', 'z', 'w'], 'c', ['x', 'y']],
    [['y', 'x'], 'c', ['y', 'x']],
    [['z'], 'c', []],
  ])('chosen %j, concept %s → %j', (chosen, id, expected) => {
    expect(
      conceptCities(
        concepts.find((c) => c.id === id)!,
        chosen,
      ),
    ).toEqual(expected);
  });
});

describe('countIntersections', () => {
  it.each([
    [
      'groups by city set, most cities first, then most concepts',
      ['x', 'y', 'z', 'w'],
      [
        [['x', 'y', 'z', 'w'], ['a']],
        [['x', 'z', 'w'], ['d']],
        [
          ['x', 'y'],
          ['b', 'c'],
        ],
      ],
      [4, 3, 2, 2],
    ],
    [
      'counts only the chosen cities',
      ['z', 'w'],
      [
        [
          ['z', 'w'],
          ['a', 'd'],
        ],
      ],
      [2, 2],
    ],
    ['drops concepts of a single chosen city', ['w'], [], [0]],
  ])('%s', (_name, chosen, expected, sizes) => {
    const input = structuredClone(concepts);
    const result = countIntersections(input, chosen);
    expect(result.intersections.map((s) => [s.cities, s.concepts])).toEqual(expected);
    expect(result.setSizes.map((s) => s.size)).toEqual(sizes);
    expect(input).toEqual(concepts);
  });
});
