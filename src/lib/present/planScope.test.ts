import { describe, expect, it } from 'vitest';
import type { DocumentScope, PlanItem } from '$lib/data/schemas';
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
const scope = (kind: DocumentScope['kind']): DocumentScope => ({
  kind,
  parts: [],
  characters: 10,
  by: 'curation',
});

describe('readPlanScope', () => {
  it('takes each document’s kind from the data, never from its title', () => {
    const plan = {
      id: 'x',
      sources: [
        { file: 'a.txt', title: '概要版', scope: scope('whole') },
        { file: 'b.txt', title: '第2次総合計画' },
      ],
      items: [item('a.txt', ['health'])],
    };
    const copy = structuredClone(plan);
    const read = readPlanScope(plan, categories);
    expect(read.documents.map((d) => d.kind)).toEqual(['whole', 'unknown']);
    expect(read.partial).toBe(false);
    expect(plan).toEqual(copy);
  });

  it('counts items per document and the category most of them carry', () => {
    const plan = {
      id: 'x',
      sources: [
        { file: 'a.txt', title: 'a', scope: scope('summary') },
        { file: 'b.txt', title: 'b', scope: scope('chapters') },
      ],
      items: [
        item('a.txt', ['health']),
        item('b.txt', ['administration']),
        item('b.txt', ['administration', 'dx_gx']),
        item('b.txt', ['safety']),
      ],
    };
    const read = readPlanScope(plan, categories);
    expect(read.partial).toBe(true);
    expect(read.documents.map((d) => [d.items, d.topCategory, d.topCount])).toEqual([
      [1, 'health', 1],
      [3, 'administration', 2],
    ]);
    expect(findLeaningChapter(read, 'administration')?.file).toBe('b.txt');
    expect(findLeaningChapter(read, 'health')).toBeNull();
  });

  it('finds that none of the four seed documents is a whole plan, and 二本松市 leans on one chapter', () => {
    const scopes = [...data.plans.values()].map((p) => readPlanScope(p, categories));
    expect(scopes.every((s) => s.partial)).toBe(true);
    for (const [i, plan] of [...data.plans.values()].entries())
      expect(scopes[i]!.documents.reduce((n, d) => n + d.items, 0)).toBe(plan.items.length);
    const nihonmatsu = scopes.find((s) => s.city === 'nihonmatsu')!;
    const chapter = findLeaningChapter(nihonmatsu, 'administration');
    expect(chapter?.title).toContain('方策の柱');
    expect(chapter?.kind).toBe('chapters');
  });
});
