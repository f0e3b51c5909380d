import { describe, expect, it } from 'vitest';
import { cityOf, describeItems, groupConcepts } from './groupConcepts';
import { matchItemPair } from './matchConcepts';
import type { PlanItem } from '../data/schemas';

const item = (id: string, title: string, extra: Partial<PlanItem> = {}): PlanItem => ({
  id,
  parent: null,
  kind: 'measure',
  title,
  source: { file: 'sources/x.txt', line: 1, quote: title },
  ...extra,
});

// Titles as the four plans word them.
const ITEMS = [
  item('nihonmatsu/a', 'シティプロモーションの推進'),
  item('ichinoseki/b', '魅力の発信'),
  item('iwaki/c', 'シティセールスや観光交流・スポーツ交流促進などに関する取組み等'),
  item('ichinoseki/d', '観光業の振興'),
  item('nihonmatsu/e', '健康寿命の延伸'),
  item('ichinoseki/f', '健康寿命の延伸'),
  item('ichinoseki/g', 'ILCの実現を見据えたまちづくり'),
  item('nihonmatsu/h', '観光ボランティアガイド協会育成 (再掲：2-1-1 掲載)', {
    repeats: 'nihonmatsu/x',
  }),
];

describe('groupConcepts', () => {
  it('buckets items by lexicon concept, with the cities and the terms that matched', () => {
    const groups = groupConcepts(ITEMS);
    const promo = groups.find((g) => g.key === 'lex:city-promotion')!;
    expect(promo.items).toEqual(['nihonmatsu/a', 'ichinoseki/b', 'iwaki/c']);
    expect(promo.cities).toEqual(['nihonmatsu', 'ichinoseki', 'iwaki']);
    expect(promo.terms.map((t) => t.term).sort()).toEqual([
      'シティセールス',
      'シティプロモーション',
      '魅力の発信',
    ]);
    expect(promo.score).toBeGreaterThanOrEqual(0.7);
    const tourism = groups.find((g) => g.key === 'lex:tourism')!;
    expect(tourism.items).toEqual(['iwaki/c', 'ichinoseki/d']);
  });

  it('leaves (再掲) rows out and keeps single-city buckets with score 0', () => {
    const groups = groupConcepts(ITEMS);
    expect(groups.flatMap((g) => g.items)).not.toContain('nihonmatsu/h');
    expect(groups.find((g) => g.key === 'term:ilc')).toMatchObject({
      cities: ['ichinoseki'],
      score: 0,
    });
  });

  it('puts two items in a common bucket exactly when matchItemPair calls them the same', () => {
    const groups = groupConcepts(ITEMS);
    const plain = ITEMS.filter((i) => !i.repeats);
    for (const a of plain) {
      for (const b of plain) {
        if (a === b) continue;
        const together = groups.some((g) => g.items.includes(a.id) && g.items.includes(b.id));
        expect(together, `${a.title} / ${b.title}`).toBe(matchItemPair(a, b).same);
      }
    }
  });

  it('describes a repeated title once and leaves the items alone', () => {
    const before = structuredClone(ITEMS);
    const sigs = describeItems(ITEMS);
    expect(sigs.get('nihonmatsu/e')).toBe(sigs.get('ichinoseki/f'));
    expect(ITEMS).toEqual(before);
  });

  it.each([
    ['iwaki/x-1', 'iwaki'],
    ['my-city/1-2', 'my-city'],
  ])('cityOf(%s) = %s', (id, city) => {
    expect(cityOf(id)).toBe(city);
  });
});
