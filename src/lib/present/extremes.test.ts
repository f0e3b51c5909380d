import { describe, expect, it } from 'vitest';
import { findExtremes } from './extremes';

describe('findExtremes', () => {
  it.each([
    ['one largest, one smallest', [3, 8, 7, 3], { most: ['b'], max: 8, least: ['a', 'd'], min: 3 }],
    ['ties on top', [5, 5, 1, 3], { most: ['a', 'b'], max: 5, least: ['c'], min: 1 }],
    ['all the same: no smallest', [2, 2], { most: ['a', 'b'], max: 2, least: [], min: 2 }],
    ['nothing', [], { most: [], max: 0, least: [], min: 0 }],
  ])('%s', (_, values, expected) => {
    const input = values.map((value, i) => ({ id: 'abcd'[i]!, value }));
    const copy = structuredClone(input);
    expect(findExtremes(input)).toEqual(expected);
    expect(input).toEqual(copy);
  });
});
