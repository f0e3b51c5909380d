// What a careful reader lists in each source, counted by hand from static/data/sources and
// asserted exactly: a change in the extractor or a curation file that loses or invents an item
// fails here.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Plan, type PlanItem } from '../../src/lib/data/schemas';

const ROOT = resolve(import.meta.dirname, '../..');
const load = (city: string) =>
  Plan.parse(JSON.parse(readFileSync(resolve(ROOT, `static/data/plans/${city}.json`), 'utf8')));
const kindCounts = (items: PlanItem[]) => {
  const out: Record<string, number> = {};
  for (const it of items) out[it.kind] = (out[it.kind] ?? 0) + 1;
  return out;
};
const childrenOf = (items: PlanItem[], id: string) => items.filter((it) => it.parent === id);
const byId = (items: PlanItem[], id: string) => items.find((it) => it.id === id);

describe('nihonmatsu (000 overview, 001 方策の柱)', () => {
  const { items, plan } = load('nihonmatsu');
  const local = (it: PlanItem) => it.id.slice('nihonmatsu/'.length);

  it('counts every kind', () => {
    // 4 重点事項, 3 横断的な視点, 4 基本目標, 4 重点プロジェクト + 4 + 5 named sub-projects,
    // 4 方策, 9 手法, 67 rows of 主な取組事項.
    expect(kindCounts(items)).toEqual({
      priority: 4,
      viewpoint: 3,
      goal: 4,
      project: 13,
      policy: 4,
      method: 9,
      measure: 67,
    });
  });

  it('keeps the goals in the order the source prints them (3, 1, 4, 2), each with one project', () => {
    const goals = items.filter((it) => it.kind === 'goal');
    expect(goals.map(local)).toEqual(['goal-3', 'goal-1', 'goal-4', 'goal-2']);
    for (const g of goals)
      expect(childrenOf(items, g.id).map(local)).toEqual([`${local(g)}/project`]);
    expect(childrenOf(items, 'nihonmatsu/goal-3/project')).toHaveLength(4);
    expect(childrenOf(items, 'nihonmatsu/goal-1/project')).toHaveLength(5);
  });

  it('hangs the 9 手法 under their 方策 and counts the rows of each table', () => {
    const rows: Record<string, number> = {
      '1-1': 7,
      '1-2': 1,
      '1-3': 2,
      '1-4': 10,
      '2-1': 11,
      '2-2': 3,
      '3-1': 10,
      '3-2': 15,
      '4-1': 8,
    };
    for (const [label, count] of Object.entries(rows)) {
      const method = byId(items, `nihonmatsu/method-${label}`);
      expect(method?.parent).toBe(`nihonmatsu/policy-${label[0]}`);
      expect(method?.text).toMatch(/^現状と課題：.+\n(?:.+\n)*基本方針：/u);
      expect(childrenOf(items, method!.id), label).toHaveLength(count);
    }
  });

  it('keeps the 5 (再掲) rows, linking the one whose original is in the sources', () => {
    const repeats = items.filter((it) => it.title.includes('再掲'));
    expect(repeats).toHaveLength(5);
    expect(byId(items, 'nihonmatsu/method-3-1/row-4')?.repeats).toBe('nihonmatsu/method-1-3/row-2');
    expect(
      repeats.filter((it) => !it.repeats).every((it) => it.note?.includes('not among the sources')),
    ).toBe(true);
  });

  it('titles the EBPPM heading EBPM, with the typo kept in the quote and noted', () => {
    const v = byId(items, 'nihonmatsu/viewpoint-1');
    expect(v).toMatchObject({ title: 'EBPMの推進', source: { quote: 'EBPPMの推進' } });
    expect(v?.note).toMatch(/typo/u);
  });

  it('states the plan facts', () => {
    expect(plan.period).toMatchObject({ start: 2021, end: 2030 });
    expect(plan.vision).toBe('笑顔あふれる しあわせのまち 二本松');
    expect(plan.population.map((p) => [p.value, p.year, p.kind])).toEqual([
      [50000, 2030, 'target'],
      [48000, 2030, 'projection'],
    ]);
    expect(plan.viewpoints).toHaveLength(3);
  });
});

describe('ichinoseki (002)', () => {
  const { items, plan } = load('ichinoseki');

  it('counts every kind', () => {
    // 4 考え方, 3 基本目標 + 11 大目標, 24 中目標, 58 ▶ sub-measures, 4 重点プロジェクト, 総合戦略.
    expect(kindCounts(items)).toEqual({
      principle: 4,
      goal: 14,
      policy: 24,
      measure: 58,
      project: 4,
      strategy: 1,
    });
  });

  it('numbers the 中目標 01–24 under the three 基本目標, with their ▶ sub-measures', () => {
    const mids = items.filter((it) => it.kind === 'policy');
    expect(mids.map((it) => it.id)).toEqual(
      Array.from({ length: 24 }, (_, i) => `ichinoseki/mid-${String(i + 1).padStart(2, '0')}`),
    );
    const goalOf = (n: number) => (n <= 8 ? 1 : n <= 17 ? 2 : 3);
    mids.forEach((m, i) => expect(m.parent).toBe(`ichinoseki/goal-${goalOf(i + 1)}`));
    const subs = [3, 3, 3, 3, 3, 2, 2, 2, 4, 3, 2, 2, 3, 2, 3, 2, 2, 3, 2, 1, 2, 2, 2, 2];
    expect(mids.map((m) => childrenOf(items, m.id).length)).toEqual(subs);
  });

  it('lists the 大目標 of each 基本目標', () => {
    const majors = (g: number) =>
      childrenOf(items, `ichinoseki/goal-${g}`).filter((it) => it.kind === 'goal');
    expect([1, 2, 3].map((g) => majors(g).length)).toEqual([4, 4, 3]);
  });

  it('names the 重点プロジェクト including ILC and DX', () => {
    const titles = items.filter((it) => it.kind === 'project').map((it) => it.title);
    expect(titles.some((t) => t.includes('ILC'))).toBe(true);
    expect(titles.some((t) => t.includes('DX'))).toBe(true);
  });

  it('states the plan facts', () => {
    expect(plan.period).toMatchObject({ start: 2026, end: 2030 });
    expect(plan.vision).toBe('ひとりひとりが輝く 挑戦しつづけるまち いちのせき');
    expect(plan.layers).toEqual(['基本構想', '基本計画', '実施計画']);
  });
});

describe('hiratsuka (003)', () => {
  const { items, plan } = load('hiratsuka');

  it('counts every kind', () => {
    // 5 基本姿勢, 2 land-use policies + ア/イ/ウ, 6 issues, 7 situation themes, 進行管理 + 2 methods.
    expect(kindCounts(items)).toEqual({
      policy: 5,
      context: 7,
      issue: 6,
      principle: 5,
      approach: 3,
    });
  });

  it('lists the situation themes (1)–(7) and the six issues, DX and GX among them', () => {
    const titles = (kind: string) => items.filter((it) => it.kind === kind).map((it) => it.title);
    expect(titles('context')).toEqual([
      '子育て（少子化）',
      '福祉（高齢化）',
      '産業',
      '住み続けられる地域',
      '土地',
      '財政状況の見通し',
      '行財政運営',
    ]);
    expect(titles('issue')).toContain('デジタル社会への移行（DX）');
    expect(titles('issue')).toContain('脱炭素社会への移行（GX）');
  });

  it('hangs ア/イ/ウ under the 土地利用の基本方針 and backcasting and EBPM under progress management', () => {
    expect(childrenOf(items, 'hiratsuka/landuse-2')).toHaveLength(3);
    expect(childrenOf(items, 'hiratsuka/progress').map((it) => it.id)).toEqual([
      'hiratsuka/progress/backcasting',
      'hiratsuka/progress/ebpm',
    ]);
  });

  it('states the plan facts', () => {
    expect(plan.period).toMatchObject({ start: 2024, end: 2031 });
    expect(plan.layers).toEqual(['基本計画', '実施計画']);
    expect(plan.population.map((p) => [p.value, p.year, p.kind])).toEqual([
      [257649, 2023, 'actual'],
      [222000, 2040, 'projection'],
      [146000, 2070, 'projection'],
      [165000, 2070, 'target'],
    ]);
    expect(plan.viewpoints).toHaveLength(4);
  });
});

describe('iwaki (004)', () => {
  const { items, plan } = load('iwaki');

  it('counts every kind', () => {
    // 3 approach points + 2 on how to respond, 理念, the 経営指針 goal, 3 重点テーマ + 8 □, 23 ◇,
    // and the (参考) background: 4 points on the city's situation, 4 on the current plans.
    expect(kindCounts(items)).toEqual({
      approach: 5,
      context: 8,
      principle: 1,
      goal: 1,
      theme: 11,
      measure: 23,
    });
  });

  it('nests □ under the 重点テーマ and ◇ under □', () => {
    const themes = childrenOf(items, 'iwaki/goal');
    expect(themes.map((t) => childrenOf(items, t.id).length)).toEqual([3, 3, 2]);
    const subs = themes.flatMap((t) => childrenOf(items, t.id));
    expect(subs.map((s) => childrenOf(items, s.id).length)).toEqual([3, 3, 3, 2, 3, 3, 3, 3]);
    expect(
      items.filter((it) => it.kind === 'measure').every((it) => !it.title.endsWith('など')),
    ).toBe(true);
  });

  it('states its term in words, not fiscal years, as the source does', () => {
    expect(plan.period).toBeUndefined();
    expect(plan.term?.value).toContain('5年間程度');
    expect(plan.layers).toEqual(['まちづくりの理念', 'まちづくりの経営指針']);
  });
});
