import { describe, expect, it } from 'vitest';
import { joinBrokenLines, tidySpaces, toHalfWidth, toMatchKey } from './normalize';

describe('toMatchKey', () => {
  it.each([
    ['Ｍ字 カーブ', 'M字カーブ'],
    ['25\n\n万 7,649人', '25万7,649人'],
    ['①\u3000健康', '1健康'],
    ['\t', ''],
  ])('%j → %j', (input, key) => expect(toMatchKey(input)).toBe(key));
});

describe('toHalfWidth', () => {
  it.each([
    ['（１）', '(1)'],
    ['①', '①'],
    ['Ⅱ', 'Ⅱ'],
    ['ａ\u3000ｂ', 'a b'],
  ])('%j → %j', (input, out) => {
    expect(toHalfWidth(input)).toBe(out);
    expect(toHalfWidth(input)).toHaveLength(input.length);
  });
});

describe('tidySpaces', () => {
  it('collapses and trims', () => expect(tidySpaces('  a \t b  ')).toBe('a b'));
});

describe('joinBrokenLines', () => {
  it.each([
    [['本市では、少子高齢', '化などの'], '本市では、少子高齢化などの'],
    [['PDCA', 'cycle'], 'PDCA cycle'],
    [['2070 年に約 16万 5千人', 'になる'], '2070 年に約 16万 5千人になる'],
    [['', ' a '], 'a'],
  ])('%j → %j', (lines, out) => {
    const input = structuredClone(lines);
    expect(joinBrokenLines(lines)).toBe(out);
    expect(lines).toEqual(input);
  });
});
