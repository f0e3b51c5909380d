import { describe, expect, it } from 'vitest';
import { makeConcepts, type ConceptPlan } from './makeConcepts';
import { Concepts, type PlanItem } from '../data/schemas';

const item = (id: string, title: string, kind: PlanItem['kind'] = 'measure'): PlanItem => ({
  id,
  parent: null,
  kind,
  title,
  source: { file: 'sources/x.txt', line: 1, quote: title },
});

const PLANS: ConceptPlan[] = [
  {
    id: 'nihonmatsu',
    name: { ja: '二本松市', en: 'Nihonmatsu' },
    items: [
      item('nihonmatsu/a', '健康寿命の延伸'),
      item('nihonmatsu/b', '二本松城跡総合整備事業', 'project'),
    ],
  },
  {
    id: 'ichinoseki',
    name: { ja: '一関市', en: 'Ichinoseki' },
    items: [
      item('ichinoseki/a', '健康寿命の延伸'),
      item('ichinoseki/b', '効果的な健康づくりの推進'),
      item('ichinoseki/c', 'ILCの実現を見据えたまちづくり', 'project'),
    ],
  },
];

describe('makeConcepts', () => {
  it('writes shared concepts and unique approaches that follow the contract', () => {
    const result = Concepts.parse(makeConcepts(PLANS));
    const health = result.concepts.find((c) => c.id === 'healthy-life-expectancy')!;
    expect(health.items).toEqual(['nihonmatsu/a', 'ichinoseki/a', 'ichinoseki/b']);
    expect(health.label.ja).toBe('健康寿命の延伸・健康づくり');
    expect(health.categories).toEqual(['health']);
    expect(health.terms).toEqual(['健康寿命', '健康づくり']);
    expect(health.why.ja).toContain('健康寿命×2');
    expect(health.why.en).toContain('Nihonmatsu, Ichinoseki');
    expect(health.level).toBe('broad');
    // Every member quotes its title at its line.
    expect(health.members!.map((m) => [m.item, m.from, m.source.quote])).toEqual([
      ['nihonmatsu/a', 'title', '健康寿命の延伸'],
      ['ichinoseki/a', 'title', '健康寿命の延伸'],
      ['ichinoseki/b', 'title', '効果的な健康づくりの推進'],
    ]);
    expect(result.unique.map((u) => [u.city, u.label.ja])).toEqual(
      expect.arrayContaining([
        ['ichinoseki', 'ILCの実現を見据えたまちづくり'],
        ['nihonmatsu', '二本松城跡総合整備事業'],
      ]),
    );
    const ilc = result.unique.find((u) => u.city === 'ichinoseki')!;
    expect(ilc.why.ja).toContain('「ILC」は名前');
    expect(ilc.why.ja).toContain('一関市以外の計画にはタイトルにも本文にも現れない');
    expect(ilc.term).toBe('ILC');
    // Disjoint from shared concepts.
    const shared = new Set(result.concepts.flatMap((c) => c.items));
    for (const u of result.unique) for (const id of u.items) expect(shared.has(id)).toBe(false);
  });

  it('quotes a sentence at its own line of the source, and drops a sentence it cannot find', () => {
    const source =
      '防災\n自主防災組織の育成\n\n地域の自主防災組織を育成し、\n避難所の環境を改善します。\n';
    const plans: ConceptPlan[] = [
      {
        id: 'aa',
        name: { ja: 'A市', en: 'A' },
        items: [
          {
            ...item('aa/1', '自主防災組織の育成'),
            source: { file: 'sources/a.txt', line: 2, quote: '自主防災組織の育成' },
          },
        ],
      },
      {
        id: 'bb',
        name: { ja: 'B市', en: 'B' },
        items: [
          {
            ...item('bb/1', '地域の安全'),
            text: '地域の自主防災組織を育成し、避難所の環境を改善します。',
            source: { file: 'sources/b.txt', line: 1, quote: '地域の安全' },
          },
          {
            ...item('bb/3', '避難所の改善'),
            source: { file: 'sources/b.txt', line: 3, quote: '避難所の環境を改善します。' },
          },
          {
            ...item('bb/2', '地域の力'),
            text: 'どこにも書かれていない自主防災組織の文です。',
            source: { file: 'sources/b.txt', line: 1, quote: '地域の力' },
          },
        ],
      },
    ];
    const sources = new Map([
      ['sources/a.txt', source],
      ['sources/b.txt', '地域の安全\n地域の自主防災組織を育成し、\n避難所の環境を改善します。\n'],
    ]);
    const result = Concepts.parse(makeConcepts(plans, { sources }));
    const close = result.concepts.find((c) => c.id === 'term-自主防災組織')!;
    expect(close.level).toBe('close');
    expect(close.parent).toBe('disaster-resilience');
    expect(close.items).toEqual(['aa/1', 'bb/1']);
    const broad = result.concepts.find((c) => c.id === 'disaster-resilience')!;
    expect(broad.items).toEqual(['aa/1', 'bb/1', 'bb/3']);
    const fromText = close.members!.find((m) => m.item === 'bb/1')!;
    expect(fromText.from).toBe('text');
    expect(fromText.source).toEqual({
      file: 'sources/b.txt',
      line: 2,
      endLine: 3,
      quote: '地域の自主防災組織を育成し、避難所の環境を改善します。',
    });
  });

  it('references only items of the plans, and shares only across cities', () => {
    const result = makeConcepts(PLANS);
    const ids = new Set(PLANS.flatMap((p) => p.items.map((i) => i.id)));
    for (const c of [...result.concepts, ...result.unique])
      for (const id of c.items) expect(ids).toContain(id);
    for (const c of result.concepts)
      expect(new Set(c.items.map((id) => id.split('/')[0])).size).toBeGreaterThan(1);
  });
});
