import { describe, expect, it } from 'vitest';
import { compileLexicon, compileMatcher, matchTerms, type RawLexicon } from './compileLexicon';
import raw from './lexicon.json';
import { normalizeText } from './segmentWords';

const tables = {
  health: { 健康: 2, 健康寿命: 3, 介護: 3 },
  children: { 教育: 3 },
  sdgs: { 人権教育: 3 },
  dx_gx: { it: 2, ＩＣＴ: 3 },
};
const matcher = compileMatcher(tables, ['少子高齢化'], ['it']);
const terms = (text: string) => matchTerms(matcher, normalizeText(text)).map((m) => m.term);

describe('matchTerms', () => {
  it.each([
    ['a longer term hides the shorter one inside it', '健康寿命の延伸', ['健康寿命']],
    ['a phrase of another label hides its words', '人権教育の推進', ['人権教育']],
    ['each occurrence is reported in order', '介護と健康と介護', ['介護', '健康', '介護']],
    ['a stop term scores nothing and hides its inside', '少子高齢化と介護', ['介護']],
    ['a bounded Latin term fires as a word', 'ITを活用する', ['it']],
    ['a bounded Latin term does not fire inside a word', 'cityの魅力', []],
    ['full-width terms in the lexicon match ASCII text', 'ICTの活用', ['ict']],
    ['no term, no match', '地域のちから', []],
  ])('%s', (_why, text, expected) => {
    expect(terms(text)).toEqual(expected);
  });

  it('carries every label a term weighs for', () => {
    const m = compileMatcher({ a: { 連携: 1 }, b: { 連携: 2 } }, [], []);
    expect(matchTerms(m, '連携')[0]?.weights).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
  });
});

describe('compileLexicon', () => {
  it('compiles the shipped lexicon without touching it', () => {
    const before = structuredClone(raw);
    const lex = compileLexicon(raw as unknown as RawLexicon);
    expect(raw).toEqual(before);
    expect(lex.params.minScore).toBeGreaterThan(0);
    expect(matchTerms(lex.sdgs, normalizeText('再生可能エネルギー'))[0]?.weights).toContainEqual([
      'sdg:7',
      3,
    ]);
  });

  it('has terms for all seven categories and all 17 goals', () => {
    expect(Object.keys(raw.categories)).toEqual([
      'health',
      'children',
      'industry',
      'safety',
      'administration',
      'dx_gx',
      'sdgs',
    ]);
    expect(Object.keys(raw.sdgs).map(Number)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
  });
});
