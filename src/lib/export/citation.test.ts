import { describe, expect, it } from 'vitest';
import { formatAccessDate, makeCitation } from './citation';

const input = {
  site: { ja: '総合計画アトラス', en: 'Plan Atlas' },
  view: { ja: '検索', en: 'Search' },
  plans: [
    { city: { ja: 'いわき市', en: 'Iwaki' }, title: '基本方針' },
    { city: { ja: '平塚市', en: 'Hiratsuka' }, title: '総合計画' },
  ],
  url: 'http://x/search?q=a',
  accessed: new Date(2026, 0, 5, 23, 30),
};

describe('makeCitation', () => {
  it.each([
    [
      'ja',
      '総合計画アトラス「検索」（いわき市「基本方針」、平塚市「総合計画」を加工して作成）http://x/search?q=a（2026年1月5日閲覧）',
    ],
    [
      'en',
      'Plan Atlas. “Search.” Based on the comprehensive plans of Iwaki, “基本方針”; Hiratsuka, “総合計画”. http://x/search?q=a (accessed 2026-01-05).',
    ],
  ] as const)('%s', (lang, expected) => {
    const copy = structuredClone(input);
    expect(makeCitation(input)[lang]).toBe(expected);
    expect(input).toEqual(copy);
  });

  it('says what each city’s text is when it is known', () => {
    const kinds = { ja: '概要版', en: 'summary' };
    const cited = makeCitation({ ...input, plans: [{ ...input.plans[0]!, kinds }] });
    expect(cited.ja).toContain('いわき市「基本方針」（資料：概要版）を加工して作成');
    expect(cited.en).toContain('Iwaki, “基本方針” (text: summary).');
  });

  it('dates by the local calendar', () => {
    expect(formatAccessDate(new Date(2026, 10, 23))).toEqual({
      ja: '2026年11月23日',
      en: '2026-11-23',
    });
  });
});
