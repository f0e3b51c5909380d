import { describe, expect, it } from 'vitest';
import type { CuratedLabel, PlanItem } from '../data/schemas';
import { compileLexicon } from './compileLexicon';
import { RAW_LEXICON } from './defaultLexicon';
import { labelItems, measureRulesAgreement } from './labelItems';

const lexicon = compileLexicon(RAW_LEXICON);
const item = (id: string, title: string, parent: string | null = null): PlanItem => ({
  id: `x/${id}`,
  parent: parent && `x/${parent}`,
  kind: 'measure',
  title,
  source: { file: 'sources/x.txt', line: 1, quote: title },
});
const items = [
  item('1', '広域連携推進'),
  item('2', '市域を超えた広域連携の推進', '1'),
  item('3', 'あだち地方介護認定審査会', '2'),
  item('4', '福島圏域連携中枢都市圏への参画', '2'),
  item('5', '地域のちから'),
  item('6', 'その他', '5'),
];

describe('labelItems', () => {
  const before = structuredClone(items);
  const curated = new Map<string, CuratedLabel>([
    [
      'x/4',
      {
        id: 'x/4',
        categories: ['administration', 'industry'],
        reason: 'The partnership area also runs joint tourism promotion.',
      },
    ],
  ]);
  const out = labelItems(items, lexicon, curated);
  const by = (id: string) => out.items.find((it) => it.id === `x/${id}`)!;

  it.each([
    ['1', ['administration'], 'rules'],
    ['3', ['health'], 'rules'],
    ['4', ['administration', 'industry'], 'curated'],
    // Nothing fires near 地域のちから: the set's most common category, flagged as a fallback.
    ['5', ['administration'], 'rules'],
    ['6', ['administration'], 'rules'],
  ])('item %s → %j by %s', (id, categories, by_) => {
    expect(by(id).categories).toEqual(categories);
    expect(by(id).labelledBy).toBe(by_);
  });

  it('keeps the rules’ answer and the reason of a curated item', () => {
    expect(out.rules.get('x/4')?.categories).toEqual(['administration']);
    expect(by('4').labelReason).toMatch(/tourism/);
  });

  it('gives every rules label its evidence, and lists the fallbacks', () => {
    expect(out.fallbacks).toEqual(['x/5', 'x/6']);
    for (const it of out.items.filter((x) => x.labelledBy === 'rules')) {
      const hasTerms = !out.fallbacks.includes(it.id);
      for (const c of it.categories ?? []) {
        expect(it.evidence?.some((e) => e.label === c && e.terms.length > 0 === hasTerms)).toBe(
          true,
        );
      }
    }
  });

  it('reads an umbrella heading through its children when it names nothing itself', () => {
    const umbrella = labelItems(
      [
        item('1', '暮らす機能の整備'),
        item('2', '住環境の整備', '1'),
        item('3', '上下水道の整備', '1'),
      ],
      lexicon,
    );
    const head = umbrella.items[0]!;
    expect(head.categories).toEqual(['safety']);
    expect(head.evidence?.[0]?.terms.every((t) => t.from === 'child')).toBe(true);
    expect(umbrella.fallbacks).toEqual([]);
  });

  it('inherits the parent’s categories, as parent evidence, when nothing fires', () => {
    const parentless = labelItems(
      [item('1', '観光業の振興'), item('2', 'その他', '1'), item('3', 'さらに', '2')],
      lexicon,
    );
    const leaf = parentless.items[2]!;
    expect(leaf.categories).toEqual(['industry']);
    expect(leaf.evidence?.[0]?.terms.every((t) => t.from === 'parent')).toBe(true);
  });

  it('takes the parent heading’s SDGs, too, when the item names no goal of its own', () => {
    const tree = labelItems([item('1', '地域医療の充実'), item('2', 'その他の取組', '1')], lexicon);
    expect(tree.items[0]!.sdgs).toContain(3);
    expect(tree.items[1]!.sdgs).toEqual(tree.items[0]!.sdgs);
    const sdgEvidence = tree.items[1]!.evidence?.filter((e) => e.label.startsWith('sdg:')) ?? [];
    expect(sdgEvidence.length).toBeGreaterThan(0);
    expect(sdgEvidence.every((e) => e.terms.every((t) => t.from === 'parent'))).toBe(true);
  });

  it('hands down only the goal a two-goal heading serves most', () => {
    const small = compileLexicon({
      ...RAW_LEXICON,
      categories: { industry: { 産業: 3, 雇用: 3 } },
      sdgs: { '8': { 雇用: 3 }, '9': { 産業: 2 } },
      categoryGoals: {},
    });
    const tree = labelItems([item('1', '産業と雇用'), item('2', 'その他の取組', '1')], small);
    expect(tree.items[0]!.sdgs).toEqual([8, 9]);
    expect(tree.items[1]!.sdgs).toEqual([8]);
    const sdgEvidence = tree.items[1]!.evidence?.filter((e) => e.label.startsWith('sdg:')) ?? [];
    expect(sdgEvidence.map((e) => e.label)).toEqual(['sdg:8']);
    expect(sdgEvidence[0]!.terms.map((t) => [t.term, t.from])).toEqual([['雇用', 'parent']]);
  });

  it('decides a heading that names nothing by the items under it, not by the plan’s majority', () => {
    // Most of this plan is administration, but the unnamed heading holds fire-service items.
    const plan = labelItems(
      [
        item('1', '行財政改革の推進'),
        item('2', '財政の健全化', '1'),
        item('3', '市税の収納', '1'),
        item('4', 'まちの未来'),
        item('5', 'その他', '4'),
        item('6', '消防団の充実', '5'),
        item('7', '救急体制の強化', '5'),
      ],
      lexicon,
    );
    const head = plan.items.find((it) => it.id === 'x/4')!;
    expect(head.categories).toEqual(['safety']);
    expect(plan.items.find((it) => it.id === 'x/5')!.categories).toEqual(['safety']);
    expect(plan.fallbacks).toEqual([]);
  });

  it('gives an item with one category and no goal of its own the goal its category serves', () => {
    const small = compileLexicon({
      ...RAW_LEXICON,
      categories: { health: { 歯科: 3 }, safety: { 橋: 3 } },
      sdgs: { '11': { 橋: 3 } },
      categoryGoals: { health: 3, safety: 9 },
    });
    const out = labelItems([item('1', '歯科の充実'), item('2', '橋の修繕')], small);
    expect(out.items[0]!.sdgs).toEqual([3]);
    const why = out.items[0]!.evidence?.find((e) => e.label === 'sdg:3');
    expect(why?.terms.map((t) => t.term)).toEqual(['歯科']);
    // Its own words name goal 11: the category's goal does not override them.
    expect(out.items[1]!.sdgs).toEqual([11]);
  });

  describe('a heading whose own words name no goal', () => {
    const small = compileLexicon({
      ...RAW_LEXICON,
      categories: { dx_gx: { 環境: 3, ごみ: 3, 森林: 3, 太陽光: 3 }, administration: { 行政: 3 } },
      sdgs: { '12': { ごみ: 3 }, '15': { 森林: 3 }, '7': { 太陽光: 3 }, '16': { 行政: 3 } },
      categoryGoals: { administration: 16 },
    });

    it('serves the goal most of the items it holds serve by their own words', () => {
      const tree = labelItems(
        [
          item('1', '環境の保全'),
          item('2', 'ごみの減量', '1'),
          item('3', 'ごみの分別', '1'),
          item('4', '森林の整備', '1'),
          item('5', 'その他の取組', '1'),
        ],
        small,
      );
      const head = tree.items[0]!;
      expect(head.sdgs).toEqual([12]);
      const why = head.evidence?.find((e) => e.label === 'sdg:12');
      expect(why?.terms.map((t) => [t.term, t.from])).toEqual([
        ['ごみ', 'child'],
        ['ごみ', 'child'],
      ]);
      // The silent row under it keeps what it had (here nothing): the counted goal is not handed down.
      expect(tree.items[4]!.sdgs).toEqual([]);
    });

    it('keeps a second goal as often served, and none on a tie or a single item', () => {
      const two = labelItems(
        [
          item('1', '環境の保全'),
          item('2', 'ごみの減量', '1'),
          item('3', 'ごみの分別', '1'),
          item('4', '森林の整備', '1'),
          item('5', '森林の保全', '1'),
          item('6', '太陽光の導入', '1'),
        ],
        small,
      );
      // 12 and 15 are each served twice: a tie for the first goal decides nothing.
      expect(two.items[0]!.sdgs).toEqual([]);
      const more = labelItems(
        [
          item('1', '環境の保全'),
          item('2', 'ごみの減量', '1'),
          item('3', 'ごみの分別', '1'),
          item('4', 'ごみの収集', '1'),
          item('5', '森林の整備', '1'),
          item('6', '森林の保全', '1'),
          item('7', '太陽光の導入', '1'),
        ],
        small,
      );
      // 15 (2 items) reaches two thirds of 12 (3 items); 7 (1 item) does not count.
      expect(more.items[0]!.sdgs).toEqual([12, 15]);
      const one = labelItems([item('1', '環境の保全'), item('2', '森林の整備', '1')], small);
      expect(one.items[0]!.sdgs).toEqual([]);
    });

    it('beats the category default goal, but never the heading’s own words', () => {
      const tree = labelItems(
        [
          item('1', '行政の運営'),
          item('2', 'ごみの減量', '1'),
          item('3', 'ごみの分別', '1'),
          item('4', '行政と環境'),
          item('5', 'ごみの減量', '4'),
          item('6', 'ごみの分別', '4'),
        ],
        small,
      );
      // Its own word 行政 names 16: the items under it do not change that.
      expect(tree.items[0]!.sdgs).toEqual([16]);
      expect(tree.items[3]!.sdgs).toEqual([16]);
      const silent = labelItems(
        [item('1', '運営の方針'), item('2', 'ごみの減量', '1'), item('3', 'ごみの分別', '1')],
        compileLexicon({
          ...RAW_LEXICON,
          categories: { administration: { 運営: 3 }, dx_gx: { ごみ: 3 } },
          sdgs: { '12': { ごみ: 3 } },
          categoryGoals: { administration: 16 },
        }),
      );
      // No goal word of its own: not its category's default 16, but what it holds, 12.
      expect(silent.items[0]!.sdgs).toEqual([12]);
    });
  });

  it('measures how often the rules alone agree with the final labels', () => {
    expect(measureRulesAgreement(out)).toEqual({ items: 6, agree: 5, curated: 1, rate: 5 / 6 });
  });

  it('does not mutate the items', () => {
    expect(items).toEqual(before);
  });
});
