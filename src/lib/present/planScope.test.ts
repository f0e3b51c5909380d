import { describe, expect, it } from 'vitest';
import type { PlanItem } from '$lib/data/schemas';
import { readDeckData } from '../../../tests/unit/readDeckData';
import { findLeaningChapter, readPlanScope } from './planScope';

const data = readDeckData();
const categories = data.taxonomy.categories.map((c) => c.id);

let made = 0;
const item = (file: string, cats: PlanItem['categories']): PlanItem => ({
  id: `x/${(made += 1)}`,
  parent: null,
  kind: 'measure',
  title: 't',
  source: { file, line: 1, quote: 't' },
  categories: cats,
});

describe('readPlanScope', () => {
  it.each([
    ['概要版', '一関市総合計画 前期基本計画 概要版', ['summary']],
    ['a draft introduction', '（仮称）次期平塚市総合計画 序論（案）', ['introduction', 'draft']],
    [
      'a bulletin article',
      '二本松市総合計画（第3次）概要：市広報の紹介記事',
      ['bulletin', 'summary'],
    ],
    ['one pillar', '二本松市総合計画 方策の柱「みんなで創る持続可能なまち」', ['chapter']],
    ['a whole plan', '第2次総合計画', []],
  ])('reads %s from the title', (_, title, parts) => {
    const plan = {
      id: 'x',
      sources: [{ file: 'a.txt', title }],
      items: [item('a.txt', ['health'])],
    };
    const copy = structuredClone(plan);
    const scope = readPlanScope(plan, categories);
    expect(scope.documents[0]!.parts).toEqual(parts);
    expect(scope.partial).toBe(parts.length > 0);
    expect(plan).toEqual(copy);
  });

  it('counts items per document and the category most of them carry', () => {
    const plan = {
      id: 'x',
      sources: [
        { file: 'a.txt', title: '概要' },
        { file: 'b.txt', title: '第4章' },
      ],
      items: [
        item('a.txt', ['health']),
        item('b.txt', ['administration']),
        item('b.txt', ['administration', 'dx_gx']),
        item('b.txt', ['safety']),
      ],
    };
    const scope = readPlanScope(plan, categories);
    expect(scope.documents.map((d) => [d.items, d.topCategory, d.topCount])).toEqual([
      [1, 'health', 1],
      [3, 'administration', 2],
    ]);
    expect(findLeaningChapter(scope, 'administration')?.file).toBe('b.txt');
    expect(findLeaningChapter(scope, 'health')).toBeNull();
  });

  it('finds that none of the four seed documents is a whole plan, and 二本松市 leans on one chapter', () => {
    const scopes = [...data.plans.values()].map((p) => readPlanScope(p, categories));
    expect(scopes.every((s) => s.partial)).toBe(true);
    for (const [i, plan] of [...data.plans.values()].entries())
      expect(scopes[i]!.documents.reduce((n, d) => n + d.items, 0)).toBe(plan.items.length);
    const nihonmatsu = scopes.find((s) => s.city === 'nihonmatsu')!;
    const chapter = findLeaningChapter(nihonmatsu, 'administration');
    expect(chapter?.title).toContain('方策の柱');
  });
});
