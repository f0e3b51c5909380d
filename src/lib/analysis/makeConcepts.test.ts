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
    expect(result.unique.map((u) => [u.city, u.label.ja])).toEqual(
      expect.arrayContaining([
        ['ichinoseki', 'ILCの実現を見据えたまちづくり'],
        ['nihonmatsu', '二本松城跡総合整備事業'],
      ]),
    );
    expect(result.unique.find((u) => u.city === 'ichinoseki')!.why.ja).toContain(
      '「ILC」は一関市の計画だけにある語',
    );
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
