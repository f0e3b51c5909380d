import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from './quoteMatch';

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
