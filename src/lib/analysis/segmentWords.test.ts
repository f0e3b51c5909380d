import { describe, expect, it } from 'vitest';
import { findWordBoundaries, normalizeText, segmentWords } from './segmentWords';

describe('normalizeText', () => {
  it.each([
    ['full-width Latin and digits become ASCII, lower-cased', 'ＩＣＴとＳＤＧｓ', 'ictとsdgs'],
    ['spaces inside words (003) disappear', '人 口 減 少　社会', '人口減少社会'],
    ['line breaks mid-word disappear', '地域包括\nケア', '地域包括ケア'],
    ['HTML tags of table rows go', '<p>電子入札制度の導入</p>', '電子入札制度の導入'],
    ['half-width katakana become full-width', 'ｼｽﾃﾑ', 'システム'],
    ['Society 5.0 keeps its digits', 'Society 5.0', 'society5.0'],
  ])('%s', (_why, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});

describe('segmentWords', () => {
  it.each([
    ['子育て支援とDX推進', ['子育て', '支援', 'と', 'dx', '推進']],
    ['申請のオンライン化', ['申請', 'の', 'オンライン', '化']],
  ])('%s', (text, words) => {
    expect(segmentWords(normalizeText(text))).toEqual(words);
  });
});

describe('findWordBoundaries', () => {
  it('marks the ends of a Latin word but not positions inside it', () => {
    const text = normalizeText('cityのITを活用');
    const bounds = findWordBoundaries(text);
    expect(bounds.has(0)).toBe(true);
    expect(bounds.has(1)).toBe(false);
    expect(bounds.has(text.indexOf('it', 4))).toBe(true);
    expect(bounds.has(text.length)).toBe(true);
  });
});
