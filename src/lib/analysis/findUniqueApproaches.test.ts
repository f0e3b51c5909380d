import { describe, expect, it } from 'vitest';
import { describeItems, groupConcepts } from './groupConcepts';
import { findUniqueApproaches } from './findUniqueApproaches';
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
  item('nihonmatsu/m2', '人口減少対策', 'priority'),
  item('ichinoseki/m3', '人口減少のスピードの抑制'),
  item('iwaki/m4', '観光業の振興'),
  item('ichinoseki/m5', '観光業の振興'),
];

function unique(items = ITEMS, options = {}) {
  const sigs = describeItems(items);
  return findUniqueApproaches(items, sigs, groupConcepts(items, sigs), options);
}

describe('findUniqueApproaches', () => {
  it('finds named approaches only one city has, even under a shared broad concept', () => {
    const found = unique();
    expect(found.map((u) => [u.city, u.term])).toEqual(
      expect.arrayContaining([
        ['ichinoseki', 'ilc'],
        ['nihonmatsu', '二本松城跡'],
      ]),
    );
    for (const u of found) expect(u.distinctiveness).toBeGreaterThanOrEqual(0.5);
  });

  it.each([
    ['a lexicon synonym worded differently', 'hiratsuka/v1'],
    ['a fragment of a lexicon term', 'hiratsuka/v2'],
    ['a lexicon term plus a generic word', 'nihonmatsu/m2'],
    ['an item another city shares word for word', 'iwaki/m4'],
  ])('does not count %s as unique', (_, id) => {
    expect(unique().flatMap((u) => u.items)).not.toContain(id);
  });

  it('keeps at most perCity approaches per city and leaves its inputs alone', () => {
    const before = structuredClone(ITEMS);
    const counts = new Map<string, number>();
    for (const u of unique(ITEMS, { perCity: 1 }))
      counts.set(u.city, (counts.get(u.city) ?? 0) + 1);
    expect(Math.max(...counts.values())).toBe(1);
    expect(ITEMS).toEqual(before);
  });
});
