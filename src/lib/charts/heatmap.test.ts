import { describe, expect, it } from 'vitest';
import {
  blues,
  formatShare,
  heatFill,
  luminance,
  placeColumns,
  roughTextWidth,
  textOn,
} from './heatmap';
import { bandScale } from './scales';

describe('heatFill', () => {
  it('is lightest at 0, darkest at max, clamped outside', () => {
    const [zero, mid, full] = [heatFill(0, 10), heatFill(5, 10), heatFill(10, 10)];
    expect(luminance(zero)).toBeGreaterThan(luminance(mid));
    expect(luminance(mid)).toBeGreaterThan(luminance(full));
    expect(heatFill(20, 10)).toBe(full);
    expect(heatFill(3, 0)).toBe(zero);
  });
});

describe('blues', () => {
  it.each([
    [0, 'rgb(247, 251, 255)'],
    [-1, 'rgb(247, 251, 255)'],
    [0.5, 'rgb(107, 174, 214)'],
    [1, 'rgb(8, 48, 107)'],
    [2, 'rgb(8, 48, 107)'],
    [1 / 16, 'rgb(235, 243, 251)'],
  ])('%d → %s', (t, expected) => expect(blues(t)).toBe(expected));
});

describe('textOn', () => {
  it.each([
    ['#ffffff', '#000000'],
    ['#000000', '#ffffff'],
    ['#19486A', '#ffffff'],
    ['#FCC30B', '#000000'],
    ['rgb(8, 48, 107)', '#ffffff'],
    ['rgb(239, 246, 252)', '#000000'],
  ])('%s → %s', (bg, expected) => {
    expect(textOn(bg)).toBe(expected);
  });

  it('keeps the dark end of the heat ramp readable with white text', () => {
    expect(textOn(heatFill(1, 1))).toBe('#ffffff');
    expect(textOn(heatFill(0, 1))).toBe('#000000');
  });
});

describe('placeColumns', () => {
  const x = bandScale(['a', 'b', 'c'], [10, 70], 0, 0);
  it.each([
    [
      ['a', 'b', 'c'],
      [
        [0, 10, 30],
        [1, 30, 50],
        [2, 50, 70],
      ],
    ],
    [
      ['c', 'zz'],
      [
        [0, 50, 70],
        [1, 0, 0],
      ],
    ],
    [[], []],
  ])('%j', (ids, expected) => {
    expect(placeColumns(ids, x).map((c) => [c.index, c.x0, c.x1])).toEqual(expected);
  });
});

describe('formatShare', () => {
  it.each([
    [0, '0%'],
    [0.123, '12%'],
    [1, '100%'],
  ])('%d → %s', (v, s) => expect(formatShare(v)).toBe(s));
});

describe('roughTextWidth', () => {
  it('counts a kanji or kana as 1 em and a Latin letter as 0.6 em', () => {
    expect(roughTextWidth('方針等')).toBe(36);
    expect(roughTextWidth('Goal', 10)).toBeCloseTo(24);
    expect(roughTextWidth('DX・GX', 10)).toBeCloseTo(34);
  });
});
