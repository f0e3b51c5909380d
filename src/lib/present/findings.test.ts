import { beforeAll, describe, expect, it } from 'vitest';
import { loadLang } from '$lib/i18n/catalog';
import { readDeckData } from '../../../tests/unit/readDeckData';
import type { FigureSpec } from './figureOf';
import { describeFigure } from './findings';

const data = readDeckData();
const cities = data.index.cities.map((c) => c.id);
const name = (id: string) => data.index.cities.find((c) => c.id === id)!.name.ja;
const plans = [...data.plans.values()];
const label = (id: string) => data.taxonomy.categories.find((c) => c.id === id)!.label.ja;

beforeAll(() => loadLang('en'));

// Each expectation is counted here from the plan files, not from index.json's summaries.
describe('describeFigure states findings counted from the data', () => {
  it('periods: the newest plan and the plans without fiscal years', () => {
    const dated = data.index.cities.filter((c) => c.plan.period);
    const newest = dated.reduce((a, b) => (b.plan.period!.start > a.plan.period!.start ? b : a));
    const title = describeFigure({ kind: 'periods', cities }, data, 'ja').title;
    expect(title).toContain(`${newest.name.ja}の計画（${newest.plan.period!.start}年度から）`);
    for (const c of data.index.cities.filter((c) => !c.plan.period))
      expect(title).toContain(c.name.ja);
  });

  it('scope: the smallest and largest documents, and that none is a whole plan', () => {
    const sizes = plans.map((p) => ({ id: p.id, n: p.items.length })).sort((a, b) => a.n - b.n);
    const text = describeFigure({ kind: 'scope', cities }, data, 'ja');
    expect(text.title).toContain(`${name(sizes[0]!.id)}の${sizes[0]!.n}から`);
    expect(text.title).toContain(`${name(sizes.at(-1)!.id)}の${sizes.at(-1)!.n}まで`);
    expect(text.note).toMatch(/^どれも計画の全体ではない/);
    for (const p of plans) for (const s of p.sources) expect(text.notes).toContain(s.title);
  });

  it('emphasis: the largest share of any city in any category, with the chapter it comes from', () => {
    let best = { city: '', cat: '', share: -1 };
    for (const p of plans)
      for (const c of data.taxonomy.categories) {
        const share = p.items.filter((i) => i.categories?.includes(c.id)).length / p.items.length;
        if (share > best.share) best = { city: p.id, cat: c.id, share };
      }
    const text = describeFigure(
      { kind: 'categories', cities, metric: 'share', selected: null },
      data,
      'ja',
    );
    expect(text.title).toBe(
      `${name(best.city)}は掲載項目の${Math.round(best.share * 100)}%が「${label(best.cat)}」：${cities.length}市で最大の偏り`,
    );
    expect(text.note).toContain('1つの章');
    // The speaker notes and the 出典 line say what each city's text is.
    expect(text.notes).toContain('二本松市＝広報記事＋一部の章');
    expect(text.source).toContain('「二本松市総合計画」（広報記事＋一部の章）');
  });

  it('levels (the default): the fields every plan names as a goal or policy, and the texts’ kinds', () => {
    const fields = data.taxonomy.categories.filter((c) =>
      plans.every((p) =>
        p.items.some(
          (i) =>
            ['goal', 'policy', 'theme', 'method'].includes(i.kind) && i.categories?.includes(c.id),
        ),
      ),
    );
    for (const lang of ['ja', 'en'] as const) {
      const text = describeFigure(
        { kind: 'categories', cities, metric: 'level', selected: null },
        data,
        lang,
      );
      for (const c of fields) expect(text.title).toContain(c.label[lang]);
      expect(text.note).toContain(lang === 'ja' ? '一関市＝概要版' : 'Ichinoseki: summary');
      expect(text.note).toContain(lang === 'ja' ? '平塚市＝素案・案' : 'Hiratsuka: draft');
    }
  });

  it('shared: concepts spanning two or more cities and all of them', () => {
    const spans = data.concepts.concepts.map(
      (c) => new Set(c.items.map((i) => i.split('/')[0])).size,
    );
    const shared = spans.filter((n) => n >= 2).length;
    const all = spans.filter((n) => n === cities.length).length;
    expect(describeFigure({ kind: 'upset', cities }, data, 'ja').title).toBe(
      `${shared}の概念を2市以上が共有し、${all}は${cities.length}市すべてに共通`,
    );
  });

  it.each<[FigureSpec, (id: string) => number, RegExp]>([
    [
      { kind: 'unique', cities },
      (id) => data.concepts.unique.filter((u) => u.city === id).length,
      /独自の取組が最も多いのは/,
    ],
    [
      { kind: 'regions', cities },
      (id) => data.regions.frameworks.filter((f) => f.cities.includes(id)).length,
      /件の広域連携に加わり/,
    ],
  ])('%o names the city with the most and the one with the fewest', (spec, count, pattern) => {
    const counts = cities.map((id) => ({ id, n: count(id) }));
    const max = Math.max(...counts.map((c) => c.n));
    const min = Math.min(...counts.map((c) => c.n));
    const title = describeFigure(spec, data, 'ja').title;
    expect(title).toMatch(pattern);
    for (const c of counts.filter((c) => c.n === max)) expect(title).toContain(name(c.id));
    for (const c of counts.filter((c) => c.n === min)) expect(title).toContain(name(c.id));
    expect(title).toContain(`${min}件`);
    expect(title).toContain(String(max));
  });

  it('labels: the held-out macro-F1 and the size of the hand-labelled set', () => {
    const e = data.evaluation;
    const title = describeFigure({ kind: 'labels' }, data, 'ja').title;
    expect(title).toContain(`${e.evalSet.items}項目`);
    expect(title).toContain(e.heldOut!.macroF1.toFixed(2));
  });

  it.each(['ja', 'en'] as const)('%s: every figure has a title, notes and a 出典 line', (lang) => {
    const copy = structuredClone(data);
    const specs: FigureSpec[] = [
      { kind: 'periods', cities },
      { kind: 'scope', cities: [cities[0]!] },
      { kind: 'categories', cities, metric: 'count', selected: 'health' },
      { kind: 'sdgs', cities },
      { kind: 'upset', cities: cities.slice(0, 2) },
      { kind: 'concept', cities, concept: null },
      { kind: 'unique', cities },
      { kind: 'regions', cities: [cities[1]!] },
      { kind: 'labels' },
    ];
    for (const spec of specs) {
      const text = describeFigure(spec, data, lang);
      expect(text.title.length, spec.kind).toBeGreaterThan(5);
      expect(text.notes.length, spec.kind).toBeGreaterThan(5);
      expect(text.source, spec.kind).toMatch(lang === 'ja' ? /^出典：/ : /^Sources?: /);
    }
    expect(data).toEqual(copy);
  });
});
