import { describe, expect, it } from 'vitest';
import { describeItem, matchItemPair, splitUnits } from './matchConcepts';
import type { PlanItem } from '../data/schemas';

const item = (id: string, title: string): PlanItem => ({
  id,
  parent: null,
  kind: 'measure',
  title,
  source: { file: 'sources/x.txt', line: 1, quote: title },
});

describe('matchItemPair', () => {
  // Titles as the four plans word them.
  it.each([
    ['シティプロモーションの推進', '魅力の発信', ['シティプロモーション', '魅力の発信']],
    ['市民協働による市政運営', '共創力の充実強化', ['協働', '共創']],
    ['健康寿命の延伸', '健康寿命の延伸', ['健康寿命']],
    [
      'キャリア教育の推進',
      'キャリア教育や次世代の情報教育など教育の質を高める取組み等',
      ['キャリア教育'],
    ],
    ['公共施設等総合管理推進事業', '公共施設の適切な管理', ['公共施設等総合管理']],
  ])('%s ≈ %s', (a, b, terms) => {
    const result = matchItemPair(item('a/1', a), item('b/1', b));
    expect(result.same).toBe(true);
    expect(result.score).toBeGreaterThanOrEqual(0.7);
    for (const t of terms) expect(result.terms).toContain(t);
  });

  it.each([
    ['ILCの実現を見据えたまちづくり', '工業の振興'],
    ['支援が必要な子どもへの対応', '子どもを育む教育の推進'],
    ['EBPMの推進', '観光業の振興'],
    ['推進', '推進'],
  ])('%s ≠ %s', (a, b) => {
    const result = matchItemPair(item('a/1', a), item('b/1', b));
    expect(result.same).toBe(false);
    expect(result.terms).toEqual([]);
  });

  it('matches on a term central to both titles when no lexicon concept covers it', () => {
    const a = item('a/1', '担い手育成塾の開催');
    const b = item('b/1', '担い手育成塾の拡充');
    expect(describeItem(a).keys.some((k) => k.startsWith('term:'))).toBe(true);
    expect(matchItemPair(a, b)).toMatchObject({
      same: true,
      terms: expect.arrayContaining(['担い手育成塾']),
    });
  });

  it('matches on a sentence of the text, and on the title only when told to', () => {
    const text =
      '全ての公共施設を維持・更新し続けていくことは困難です。合築や統廃合など公共施設の再編に向けた取組を進めます。';
    const facilities = item('a/1', '公共施設等総合管理推進事業');
    const measure = { ...item('b/1', '行財政運営'), text };
    expect(matchItemPair(facilities, measure)).toMatchObject({
      same: true,
      terms: expect.arrayContaining(['公共施設+再編']),
    });
    const sig = describeItem(measure);
    const evidence = sig.evidence.get('lex:public-facilities')!;
    // The evidence is the second sentence, not the title.
    expect(sig.units[evidence.unit]).toEqual({
      from: 'text',
      text: '合築や統廃合など公共施設の再編に向けた取組を進めます。',
    });
    const titleOnly = describeItem(measure, { readText: false });
    expect(titleOnly.keys.some((k) => k === 'lex:public-facilities')).toBe(false);
  });

  it('splits a text into sentences and joined clauses, dropping line breaks and tags', () => {
    expect(
      splitUnits('防災訓練を行うとともに、\n備蓄品を整備します。<p>避難所を改善します。</p>短い。'),
    ).toEqual(['防災訓練を行うとともに、', '備蓄品を整備します。', '避難所を改善します。']);
  });

  it('finds a close key under a broad one: a compound that holds a term of the concept', () => {
    const sig = describeItem(item('a/1', '自主防災組織の育成'));
    expect(sig.keys).toEqual(
      expect.arrayContaining(['lex:disaster-resilience', 'term:自主防災組織']),
    );
    expect(sig.under.get('term:自主防災組織')).toBe('lex:disaster-resilience');
  });

  it('makes no close key of one generic word (健全, 行政)', () => {
    for (const title of ['健全な財政運営', '健全かつ効率的な行財政運営', '行政の推進']) {
      const keys = describeItem(item('a/1', title)).keys;
      expect(
        keys.filter((k) => k === 'term:健全' || k === 'term:行政'),
        title,
      ).toEqual([]);
    }
  });

  it('is symmetric and leaves its inputs alone', () => {
    const a = item('a/1', '若い世代に向けた移住、定住の取組の強化');
    const b = item('b/1', '戦略的な移住人口、関係人口の創出');
    const before = structuredClone([a, b]);
    const ab = matchItemPair(a, b);
    const ba = matchItemPair(b, a);
    expect(ab.same).toBe(true);
    expect(ab.score).toBe(ba.score);
    expect(new Set(ab.terms)).toEqual(new Set(ba.terms));
    expect([a, b]).toEqual(before);
  });

  it('scores text similarity between 0 and 1 even when not the same', () => {
    const result = matchItemPair(
      item('a/1', '連携の推進'),
      item('b/1', '民間との連携、民間への移行'),
    );
    expect(result.score).toBeGreaterThan(0);
    expect(result.score).toBeLessThanOrEqual(1);
  });
});
