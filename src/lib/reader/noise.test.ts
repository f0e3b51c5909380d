import { describe, expect, it } from 'vitest';
import { classifyLine } from './markers';
import { findNavigationRuns, isNoiseLine } from './noise';

describe('isNoiseLine', () => {
  it.each([
    ['', true],
    ['  \t ', true],
    ['100,000', true],
    ['０', true],
    ['2024', true],
    ['01', false],
    ['9', false],
    ['序論', false],
  ])('%j → %s', (raw, noise) => expect(isNoiseLine(raw)).toBe(noise));
});

describe('findNavigationRuns', () => {
  const run = (lines: string[], minRun = 5) => [
    ...findNavigationRuns(lines, lines.map(classifyLine), minRun),
  ];

  it.each([
    [
      'a run of short lines',
      ['序論', '', '基本構想', '基本目標1', '基本目標2', '方策の柱', '資料編'],
      [0, 2, 3, 4, 5, 6],
    ],
    ['split words', ['序', '論', '基本構', '想', '資料', '編'], [0, 1, 2, 3, 4, 5]],
    ['too short a run', ['手法', '1-1', '', '市政改革の推進'], []],
    [
      "a level's name over its number is no navigation",
      ['成果指標', '指標名', '現状値', '目標値', '受診率', '施策', '１－２', '地域医療の確保'],
      [0, 1, 2, 3, 4],
    ],
    ['a sentence breaks the run', ['序論', '基本構想', '本文です。', '資料編', '索引', '付録'], []],
    [
      'markers are content',
      [
        '- ① 健康寿命の延伸',
        '- ② 地域のちから',
        '- ③ こどもの未来',
        '- ④ 人口減少対策',
        '- ⑤ 予備',
      ],
      [],
    ],
  ])('%s', (_, lines, expected) => {
    expect(run(lines)).toEqual(expected);
  });
});

describe('an outline drawn by indentation is no navigation', () => {
  it('keeps a run of short lines indented to two or more depths', () => {
    const lines = [
      '　子育ての支援',
      '　　出産祝金の支給',
      '　　保育料の無償化',
      '　　相談の充実',
      '　学校と地域',
    ];
    expect(findNavigationRuns(lines, lines.map(classifyLine), 5).size).toBe(0);
    const margin = lines.map((l) => l.trim());
    expect(findNavigationRuns(margin, margin.map(classifyLine), 5).size).toBe(5);
  });
});
