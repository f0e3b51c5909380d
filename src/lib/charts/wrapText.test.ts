import { describe, expect, it } from 'vitest';
import { estimateWidth, splitWords, wrapText, type Measure } from './wrapText';

/** Every character 1 em: line widths in the table below are character counts. */
const mono: Measure = (text, size) => [...text].length * size;

describe('estimateWidth', () => {
  it.each([
    ['二本松市', 20, 80],
    ['ABC', 10, 19.2],
    ['abc', 10, 16.8],
    ['a b', 10, 14],
    ['', 20, 0],
  ])('%s at %i px is %f px', (text, size, width) => {
    expect(estimateWidth(text, size)).toBeCloseTo(width, 5);
  });

  it('counts bold a little wider', () => {
    expect(estimateWidth('計画', 20, 700)).toBeGreaterThan(estimateWidth('計画', 20));
  });
});

describe('splitWords', () => {
  it.each([
    ['punctuation stays with the word before it', '計画の期間。以上', ['計画の', '期間。', '以上']],
    ['an opening bracket goes with the word after it', '分野「行財政」', ['分野', '「行財政」']],
    ['English splits at spaces, which stay on the word', 'two plans', ['two', ' ', 'plans']],
  ])('%s', (_, text, words) => {
    expect(splitWords(text).join('')).toBe(text);
    expect(splitWords(text).filter((w) => w.trim())).toEqual(words.filter((w) => w.trim()));
  });
});

describe('wrapText', () => {
  it.each([
    ['fits on one line', '総合計画', 10, Infinity, ['総合計画'], false],
    ['breaks between words', '二本松市の総合計画', 5, Infinity, ['二本松市の', '総合計画'], false],
    [
      'never starts a line with 。',
      '計画期間です。以上',
      6,
      Infinity,
      ['計画期間です。', '以上'],
      false,
    ],
    [
      'breaks a word longer than a line',
      'あいうえおかきくけこ',
      4,
      Infinity,
      ['あいうえ', 'おかきく', 'けこ'],
      false,
    ],
    [
      'English at spaces, without trailing blanks',
      'one two three',
      7,
      Infinity,
      ['one two', 'three'],
      false,
    ],
    ['ends the last kept line in …', '二本松市の総合計画の期間', 5, 1, ['二本松市…'], true],
    ['empty text is no lines', '   ', 5, Infinity, [], false],
  ])('%s', (_, text, chars, maxLines, lines, truncated) => {
    const wrapped = wrapText(text, mono, { width: chars * 10, size: 10, maxLines });
    expect(wrapped).toEqual({ lines, truncated });
    for (const line of wrapped.lines)
      expect(mono(line.replace(/[、。]$/, ''), 10)).toBeLessThanOrEqual(chars * 10);
  });
});

describe('splitWords keeps phrases whole', () => {
  it.each([
    ['a kanji compound', '行財政・協働・広報', ['行財政・', '協働・', '広報']],
    ['a particle with its word', 'いわき市は期間を', ['いわき市は', '期間を']],
    ['a compound the segmenter splits', '脱炭素', ['脱炭素']],
    ['a short bracketed group', '脱炭素（DX・GX）', ['脱炭素', '（DX・GX）']],
    ['okurigana and suffixes', '見据えた取組み等', ['見据えた', '取組み等']],
    ['the second half of a compound', 'まちづくりの推進', ['まちづくりの', '推進']],
  ])('%s', (_, text, words) => {
    expect(splitWords(text)).toEqual(words);
  });
});

describe('wrapText inside a long word', () => {
  it('carries the character before a closing bracket down with it', () => {
    expect(wrapText('計画期間）', mono, { width: 40, size: 10 }).lines).toEqual(['計画期', '間）']);
  });
});

describe('wrapText lets a comma hang', () => {
  it('keeps 、 on the line it ends, a little past the width', () => {
    expect(wrapText('計画期間、以上', mono, { width: 40, size: 10 }).lines).toEqual([
      '計画期間、',
      '以上',
    ]);
  });
});

describe('wrapText with keepLatinWords', () => {
  it('keeps a long English word whole on its own line, and still cuts Japanese', () => {
    const wrap = (text: string) =>
      wrapText(text, mono, { width: 50, size: 10, keepLatinWords: true }).lines;
    expect(wrap('a transformation')).toEqual(['a', 'transformation']);
    expect(wrap('計画期間計画期間')).toEqual(['計画期間計', '画期間']);
  });
});
