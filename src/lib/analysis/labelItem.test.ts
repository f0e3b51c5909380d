import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS } from '../data/schemas';
import { compileLexicon } from './compileLexicon';
import { RAW_LEXICON } from './defaultLexicon';
import { chooseLabels, labelItem, type LabelInput } from './labelItem';

const lexicon = compileLexicon(RAW_LEXICON);
const label = (input: LabelInput) => labelItem(input, lexicon, CATEGORY_IDS);

describe('labelItem on the shipped lexicon', () => {
  it.each<[string, LabelInput, string]>([
    [
      'an online-application row in a 行財政 chapter is dx_gx',
      {
        title: '申請、届出オンライン化の推進',
        text: '行政手続きの簡素化、オンライン化の推進により、電子申請等の活用について検討する。',
        parentTitles: ['市政改革の推進', '市政改革'],
      },
      'dx_gx',
    ],
    [
      'a joint care-needs review board under 広域連携 is health',
      {
        title: 'あだち地方介護認定審査会',
        text: '要支援・要介護認定申請のあった被保険者について、介護認定審査会で審査および判定を行う。',
        parentTitles: ['市域を超えた広域連携の推進', '広域連携推進'],
      },
      'health',
    ],
    [
      'a renewable-energy measure is dx_gx',
      {
        title: '新エネルギー、再生可能エネルギーの導入',
        parentTitles: ['持続可能な脱炭素社会の実現'],
      },
      'dx_gx',
    ],
    [
      'an evacuation-support measure is safety',
      {
        title:
          '緊急時における組織・地域などを越えた連携・支えあいを推進する取組み等（避難行動支援など）',
        parentTitles: [],
      },
      'safety',
    ],
    [
      'a human-rights measure is sdgs',
      { title: '人権教育と人権啓発の推進', parentTitles: ['人権の尊重と支え合いの地域づくり'] },
      'sdgs',
    ],
  ])('%s', (_why, input, expected) => {
    const before = structuredClone(input);
    const result = label(input);
    expect(result.categories[0]).toBe(expected);
    expect(input).toEqual(before);
  });

  it('gives every chosen label its evidence, with terms and a score', () => {
    const result = label({
      title: '市民の健康増進に向けた取組みや環境に関する取組み等',
      parentTitles: ['地域の課題への対応力・回復力を高める'],
    });
    const labels = [...result.categories, ...result.sdgs.map((g) => `sdg:${g}`)];
    expect(result.evidence.map((e) => e.label).sort()).toEqual(labels.sort());
    for (const e of result.evidence) {
      expect(e.terms.length).toBeGreaterThan(0);
      expect(e.score).toBeCloseTo(
        e.terms.reduce((s, t) => s + t.weight, 0),
        2,
      );
    }
  });

  it('treats a parent-only signal as weaker than the item’s own terms', () => {
    const own = label({ title: '観光業の振興', parentTitles: [] });
    const inherited = label({ title: '取組の推進', parentTitles: ['観光業の振興'] });
    const ownScore = own.evidence.find((e) => e.label === 'industry')?.score ?? 0;
    const parentScore = inherited.evidence.find((e) => e.label === 'industry')?.score ?? 0;
    expect(inherited.categories).toEqual(['industry']);
    expect(parentScore).toBeGreaterThan(0);
    expect(parentScore).toBeLessThan(ownScore);
    expect(inherited.evidence[0]?.terms.every((t) => t.from === 'parent')).toBe(true);
  });

  it('drops parent-only labels once the item names its own subject', () => {
    const result = label({ title: '電子入札制度の導入', parentTitles: ['健全な財政運営の推進'] });
    expect(result.categories).toEqual(['dx_gx']);
  });

  it('returns no category when nothing fires anywhere', () => {
    expect(label({ title: '地域のちから', parentTitles: [] }).categories).toEqual([]);
  });
});

describe('chooseLabels', () => {
  const s = (label: string, score: number, selfScore = score) => ({
    label,
    score,
    selfScore,
    terms: [],
  });
  const rule = { minScore: 1.5, relativeScore: 0.5, maxLabels: 2, keepBest: true };
  it.each([
    ['keeps labels near the best one', [s('a', 4), s('b', 2.5)], ['a', 'b']],
    ['drops labels under half the best', [s('a', 6), s('b', 2.5)], ['a']],
    ['drops labels under minScore', [s('a', 4), s('b', 1)], ['a']],
    ['keeps the best one even under minScore', [s('a', 1), s('b', 0.5)], ['a']],
    ['caps the number of labels', [s('a', 3), s('b', 3), s('c', 3)], ['a', 'b']],
    ['breaks ties by the given order', [s('b', 3), s('a', 3)], ['a', 'b']],
    ['ignores parent-only labels when a label has own terms', [s('a', 3, 0), s('b', 2)], ['b']],
    ['ignores labels with no positive score', [s('a', -1)], []],
  ])('%s', (_why, scores, expected) => {
    expect(chooseLabels(scores, ['a', 'b', 'c'], rule).map((x) => x.label)).toEqual(expected);
  });
});
