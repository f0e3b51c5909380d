import { describe, expect, it } from 'vitest';
import type { PlanFacts } from '$lib/data/schemas';
import { listPlanFacts } from './planFacts';

const src = (line: number) => ({ file: 'sources/a.txt', line, quote: 'q' });

const full: PlanFacts = {
  title: '計画',
  vision: 'まち',
  layers: ['基本構想', '基本計画'],
  period: { start: 2021, end: 2030, source: src(4) },
  provenance: { title: src(1), vision: src(2), layers: src(3) },
  population: [{ value: 50000, year: 2030, kind: 'target', source: src(5) }],
  viewpoints: [{ value: 'SDGs', source: src(6) }],
};

describe('listPlanFacts', () => {
  it.each([
    [
      'lists every sourced fact in reading order',
      full,
      [
        ['title', '計画', 1],
        ['vision', 'まち', 2],
        ['layers', '基本構想 → 基本計画', 3],
        ['period', '2021–2030', 4],
        ['population-0', '50,000人（2030年）', 5],
        ['viewpoint-0', 'SDGs', 6],
      ],
    ],
    [
      'leaves out facts the plan does not state or source',
      { ...full, vision: undefined, period: undefined, layers: [], population: [], viewpoints: [] },
      [['title', '計画', 1]],
    ],
    [
      'leaves out a vision without provenance',
      { ...full, provenance: { title: src(1) }, population: [], viewpoints: [], period: undefined },
      [['title', '計画', 1]],
    ],
  ] satisfies Array<[string, PlanFacts, Array<[string, string, number]>]>)(
    '%s',
    (_name, plan, expected) => {
      const copy = structuredClone(plan);
      expect(listPlanFacts(plan).map((f) => [f.key, f.text, f.source.line])).toEqual(expected);
      expect(plan).toEqual(copy);
    },
  );
});
