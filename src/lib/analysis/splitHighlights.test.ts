import { describe, expect, it } from 'vitest';
import { makeExcerpt, splitHighlights } from './splitHighlights';

const show = (parts: ReturnType<typeof splitHighlights>) =>
  parts.map((p) => (p.hit ? `[${p.text}]` : p.text)).join('');

describe('splitHighlights', () => {
  it.each([
    ['one term', '地域の防災力を高める', ['防災'], '地域の[防災]力を高める'],
    ['every occurrence', '防災と防災', ['防災'], '[防災]と[防災]'],
    ['overlapping terms merge', '子育て支援', ['子育', '育て支'], '[子育て支]援'],
    ['full-width text, folded query', 'ＤＸの推進', ['dx'], '[ＤＸ]の推進'],
    ['no terms', '子育て', [], '子育て'],
    ['no hit', '子育て', ['観光'], '子育て'],
  ])('%s', (_name, text, terms, expected) => {
    const copy = [...terms];
    const parts = splitHighlights(text, terms);
    expect(show(parts)).toBe(expected);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(terms).toEqual(copy);
  });
});

describe('makeExcerpt', () => {
  const long = `${'あ'.repeat(100)}防災${'い'.repeat(100)}`;
  it.each([
    ['short text whole', '地域の防災力', ['防災'], 10, '地域の防災力'],
    ['cuts around the hit', long, ['防災'], 5, `…${'あ'.repeat(5)}防災${'い'.repeat(3)}…`],
    ['no hit: the start', long, ['観光'], 5, `${'あ'.repeat(10)}…`],
  ])('%s', (_name, text, terms, radius, expected) => {
    expect(makeExcerpt(text, terms, radius)).toBe(expected);
  });
});
