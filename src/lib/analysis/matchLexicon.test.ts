import { describe, expect, it } from 'vitest';
import { LEXICON, matchLexicon } from './matchLexicon';
import { normalizeForMatch } from './extractTerms';

const concepts = (text: string) => matchLexicon(text).map((h) => h.concept);

describe('matchLexicon', () => {
  it.each([
    // The examples: different wording, one concept.
    ['シティプロモーションの推進', 'city-promotion'],
    ['シティセールスや観光交流・スポーツ交流促進などに関する取組み等', 'city-promotion'],
    ['魅力の発信', 'city-promotion'],
    ['市域を超えた広域連携の推進', 'regional-cooperation'],
    ['市民協働による市政運営', 'citizen-collaboration'],
    ['共創力の充実強化', 'citizen-collaboration'],
    ['持続可能な脱炭素社会の実現', 'decarbonization'],
    ['ゼロカーボンシティの実現', 'decarbonization'],
    ['ＥＢＰＭの推進', 'ebpm'],
    ['危機事象への対応力・回復力を高める', 'disaster-resilience'],
    ['公共施設等総合管理推進事業', 'public-facilities'],
    ['公共施設の適切な管理', 'public-facilities'],
    ['若い世代に向けた移住、定住の取組の強化', 'migration-settlement'],
    ['子育てに関する支援', 'childcare-support'],
    ['DX推進による快適で持続可能なまちづくり', 'dx'],
  ])('%s names %s', (text, id) => {
    expect(concepts(text)).toContain(id);
  });

  it.each([
    // An 'A+B' term needs both atoms.
    ['公共施設の整備', 'public-facilities'],
    // 'except' blanks out 多文化 before looking for 文化.
    ['多文化共生の推進', 'history-culture'],
    ['ILCの実現を見据えたまちづくり', 'commerce-industry'],
  ])('%s does not name %s', (text, id) => {
    expect(concepts(text)).not.toContain(id);
  });

  it('reports the lexicon terms that matched, as written', () => {
    expect(matchLexicon('公共施設の複合化と再編')).toEqual([
      { concept: 'public-facilities', terms: ['公共施設+再編', '公共施設+複合化'] },
    ]);
  });

  it.each([
    // minMentions counts every occurrence of the concept's matched atoms.
    ['地域の医療と救急の体制を守る。', 2, ['medical-care']],
    ['地域の医療を守り、医療人材を育てる。', 2, ['medical-care']],
    ['地域の医療を守る。', 2, []],
    ['地域の医療を守る。', 1, ['medical-care']],
  ])('%s with minMentions %i', (text, min, ids) => {
    expect(matchLexicon(text, min).map((h) => h.concept)).toEqual(ids);
  });

  it('has unique ids and terms already in normalized form', () => {
    expect(new Set(LEXICON.map((c) => c.id)).size).toBe(LEXICON.length);
    for (const atom of LEXICON.flatMap((c) => c.terms.flat())) {
      expect(normalizeForMatch(atom)).toBe(atom);
    }
  });
});
