import { describe, expect, it } from 'vitest';
import { extractTerms, normalizeForMatch } from './extractTerms';

describe('normalizeForMatch', () => {
  it.each([
    ['ＥＢＰＭの　推進', 'ebpmの推進'],
    ['<p>電子入札制度の導入</p>', '電子入札制度の導入'],
    ['Society 5.0', 'society5.0'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeForMatch(input)).toBe(expected);
  });
});

describe('extractTerms', () => {
  it.each([
    // title, specific terms that must be there, and ones that must not
    ['健康寿命の延伸', ['健康', '寿命', '健康寿命', '延伸'], ['の']],
    ['農林業の担い手の確保と育成', ['農林業', '担い手', '育成'], ['担い手確保育成', '業']],
    ['医療人財確保に向けた取組み等', ['医療', '医療人財'], ['人', '等', '医療人財確保']],
    ['子育てに関する支援', ['子育て'], ['に関する', '子育てに関する']],
    ['ILCの実現を見据えたまちづくり', ['ilc'], ['見据', 'まち']],
  ])('%s', (title, present, absent) => {
    const { specific } = extractTerms(title);
    for (const t of present) expect(specific).toContain(t);
    for (const t of absent) expect(specific).not.toContain(t);
  });

  it('marks generic words as not specific and compounds as compounds', () => {
    const result = extractTerms('市域を超えた広域連携の推進');
    expect(result.terms).toContain('推進');
    expect(result.specific).not.toContain('推進');
    expect(result.compounds).toEqual(['広域連携']);
  });
});
