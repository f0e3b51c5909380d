import { describe, expect, it } from 'vitest';
import { describeItems, groupConcepts } from './groupConcepts';
import { findDistinctive, findUniqueApproaches, indexMentions } from './findUniqueApproaches';
import type { PlanItem } from '../data/schemas';

const item = (id: string, title: string, kind: PlanItem['kind'] = 'measure'): PlanItem => ({
  id,
  parent: null,
  kind,
  title,
  source: { file: 'sources/x.txt', line: 1, quote: title },
});

// Titles as the four plans word them.
const ITEMS = [
  item('ichinoseki/p2', 'ILCの実現を見据えたまちづくり', 'project'),
  item('nihonmatsu/p1', '二本松城跡総合整備事業', 'project'),
  item('iwaki/h1', '歴史・文化を活用した郷土愛・誇りの醸成に関する取組み等'),
  item('hiratsuka/v1', 'EBPM（証拠に基づく政策立案）', 'principle'),
  item('nihonmatsu/m1', 'EBPMの推進'),
  item('hiratsuka/v2', 'シティプロモーション', 'principle'),
  item('hiratsuka/v3', 'バックキャスティング', 'approach'),
  item('nihonmatsu/m2', '人口減少対策', 'priority'),
  item('ichinoseki/m3', '人口減少のスピードの抑制'),
  item('iwaki/m4', '観光業の振興'),
  item('ichinoseki/m5', '観光業の振興'),
];

function unique(items = ITEMS) {
  const sigs = describeItems(items);
  const use = indexMentions(items, sigs);
  const distinctive = new Map(
    items.flatMap((i) => {
      const d = findDistinctive(i, use);
      return d ? [[i.id, d] as const] : [];
    }),
  );
  const shared = new Set(
    groupConcepts(items, sigs)
      .filter((g) => g.cities.length > 1)
      .flatMap((g) => g.items),
  );
  return findUniqueApproaches(items, distinctive, shared);
}

describe('findUniqueApproaches', () => {
  it('finds named approaches only one city has, names first', () => {
    const found = unique();
    expect(found.map((u) => [u.city, u.term])).toEqual(
      expect.arrayContaining([
        ['ichinoseki', 'ilc'],
        ['hiratsuka', 'バックキャスティング'],
      ]),
    );
    for (const u of found) expect(u.distinctiveness).toBeGreaterThanOrEqual(0.5);
    const ranks = found.map((u) => u.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(found.find((u) => u.term === 'ilc')!.named).toBe(true);
  });

  it("reads other plans' text, not only their titles: a word another plan mentions is not unique", () => {
    const withText = ITEMS.map((i) =>
      i.id === 'iwaki/m4' ? { ...i, text: '国際リニアコライダー（ILC）の誘致を見据えます。' } : i,
    );
    expect(unique(withText).map((u) => u.term)).not.toContain('ilc');
  });

  it.each([
    ['an item in a shared concept', 'nihonmatsu/m1'],
    ['a lexicon synonym', 'hiratsuka/v2'],
    ['an item another city shares word for word', 'iwaki/m4'],
  ])('does not count %s as unique', (_, id) => {
    expect(unique().flatMap((u) => u.items)).not.toContain(id);
  });

  it('has no cap per city and leaves its inputs alone', () => {
    const before = structuredClone(ITEMS);
    const many = [
      ...ITEMS,
      item('ichinoseki/x1', 'ツインシティ構想の推進', 'project'),
      item('ichinoseki/x2', 'グリーンツーリズム拠点の整備', 'project'),
      item('ichinoseki/x3', 'ジオパーク学習の推進', 'project'),
      item('ichinoseki/x4', 'ワーケーション誘致', 'project'),
      item('ichinoseki/x5', 'サテライトキャンパス誘致', 'project'),
      item('ichinoseki/x6', 'アクアイグニス整備', 'project'),
    ];
    expect(unique(many).filter((u) => u.city === 'ichinoseki').length).toBeGreaterThan(5);
    expect(ITEMS).toEqual(before);
  });
});
