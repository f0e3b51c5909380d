import { describe, expect, it } from 'vitest';
import { findPassage, findQuoteSpans, findTermSpans, markLine } from './quoteMatch';

describe('findQuoteSpans', () => {
  it.each([
    [
      'a plain substring',
      ['前文 健康で暮らし続けられるまち 後'],
      '健康で暮らし',
      [{ line: 0, start: 3, end: 9 }],
    ],
    ['across spaces inside words', ['SDG ｓ（持続可能な'], 'SDGs', [{ line: 0, start: 0, end: 5 }]],
    [
      'across a line break',
      ['選ばれるまち・住み', '続けるまち'],
      '住み続ける',
      [
        { line: 0, start: 7, end: 9 },
        { line: 1, start: 0, end: 3 },
      ],
    ],
    [
      'a full-width quote in half-width text',
      ['EBPM の推進'],
      'ＥＢＰＭ',
      [{ line: 0, start: 0, end: 4 }],
    ],
    ['a missing quote', ['abc'], 'xyz', []],
    ['an empty quote', ['abc'], '  ', []],
    ['a surrogate pair at the end', ['a𠮷b'], 'a𠮷', [{ line: 0, start: 0, end: 3 }]],
  ])('%s', (_name, lines, quote, expected) => {
    const copy = [...lines];
    expect(findQuoteSpans(lines, quote)).toEqual(expected);
    expect(lines).toEqual(copy);
  });
});

describe('findTermSpans', () => {
  it('finds every occurrence, folded, across line breaks, merged where terms overlap', () => {
    const lines = ['健康寿命の延伸、健康寿', '命を。ＤＸ推進', 'dx'];
    expect(findTermSpans(lines, ['健康寿命', 'dx', '寿命の'])).toEqual([
      { line: 0, start: 0, end: 5 },
      { line: 0, start: 8, end: 11 },
      { line: 1, start: 0, end: 1 },
      { line: 1, start: 3, end: 5 },
      { line: 2, start: 0, end: 2 },
    ]);
  });
  it('ignores empty terms and finds nothing missing', () => {
    expect(findTermSpans(['abc'], ['', ' ', 'xyz'])).toEqual([]);
  });
});

describe('findPassage', () => {
  const lines = [
    '## 見出し', // 1
    '',
    '最初の段落はここにあります。', // 3
    '',
    '次の段落もここにあります。', // 5
    '## 別の見出し', // 6
  ];
  it('covers the description found after the title', () => {
    expect(
      findPassage(lines, { line: 1 }, '最初の段落はここにあります。次の段落もここにあります。'),
    ).toEqual({
      first: 1,
      last: 5,
    });
  });
  it('finds a description put together from parts', () => {
    expect(
      findPassage(
        lines,
        { line: 1 },
        '概要：最初の段落はここにあります。\n次の段落もここにあります',
      ),
    ).toEqual({
      first: 1,
      last: 5,
    });
  });
  it('takes a lead paragraph just above the title', () => {
    expect(findPassage(lines, { line: 6 }, '次の段落もここにあります。')).toEqual({
      first: 5,
      last: 6,
    });
  });
  it('keeps the title lines when the description is not there', () => {
    expect(findPassage(lines, { line: 1, endLine: 2 }, 'どこにもない説明文です。')).toEqual({
      first: 1,
      last: 2,
    });
    expect(findPassage(lines, { line: 1 })).toEqual({ first: 1, last: 1 });
  });
});

describe('markLine', () => {
  it('cuts a line at the quote and the terms', () => {
    expect(
      markLine('abcdef', { line: 0, start: 1, end: 4 }, [{ line: 0, start: 3, end: 5 }]),
    ).toEqual([
      { text: 'a', quote: false, term: false },
      { text: 'bc', quote: true, term: false },
      { text: 'd', quote: true, term: true },
      { text: 'e', quote: false, term: true },
      { text: 'f', quote: false, term: false },
    ]);
  });
});
