import { describe, expect, it } from 'vitest';
import { describeItem, matchItemPair } from './matchConcepts';
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

  it('reads the text of a heading over prose, and only the title of a measure', () => {
    const text =
      '全ての公共施設を維持・更新し続けていくことは困難であり、合築や統廃合などの施設再編に向けた取組';
    const facilities = item('a/1', '公共施設等総合管理推進事業');
    const context = { ...item('b/1', '行財政運営'), kind: 'context' as const, text };
    const measure = { ...item('b/2', '行財政運営'), text };
    expect(matchItemPair(facilities, context)).toMatchObject({
      same: true,
      terms: expect.arrayContaining(['公共施設+再編']),
    });
    expect(matchItemPair(facilities, measure).same).toBe(false);
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
