import { describe, expect, it } from 'vitest';
import { findQuote, quoteHolds } from './anchors';

const LINES = [
  '序論',
  '',
  '本市の総人口は 25',
  '',
  '万 7,649人となっています。',
  'EBPM の推進',
  'EBPM の推進',
];

describe('findQuote', () => {
  it.each([
    ['序論', 1, { line: 1, endLine: 1 }],
    ['25万7,649人', 1, { line: 3, endLine: 5 }],
    ['万７，６４９人', 1, { line: 5, endLine: 5 }],
    ['EBPMの推進', 1, { line: 6, endLine: 6 }],
    ['EBPMの推進', 7, { line: 7, endLine: 7 }],
    ['ない言葉', 1, null],
    ['', 1, null],
  ])('%j from line %i', (quote, from, span) => {
    const before = structuredClone(LINES);
    expect(findQuote(LINES, quote, from)).toEqual(span);
    expect(LINES).toEqual(before);
  });
});

describe('quoteHolds', () => {
  it.each([
    [3, 5, '総人口は25万7,649人', true],
    [3, 4, '25万7,649人', false],
    [6, 6, 'EBPM の 推進', true],
  ])('lines %i–%i hold %j: %s', (line, end, quote, holds) => {
    expect(quoteHolds(LINES, line, end, quote)).toBe(holds);
  });
});
