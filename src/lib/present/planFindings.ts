// The findings of the slides drawn from the plans' own facts and counts: the periods, what each
// source document covers, where each plan puts its weight, the SDGs. Pure.
import { makeCountMatrix } from '$lib/analysis/countMatrix';
import { readSdgCounts } from '$lib/analysis/countSdgs';
import { findExtremes } from './extremes';
import type { FigureSpec } from './figureOf';
import { kindsOf, plansSource, scopesOf, type Ctx, type SlideText } from './findingContext';
import { findLeaningChapter } from './planScope';
import { makeLevelMatrix } from '$lib/analysis/categoryLevels';
import { isWholePlan, kindsText } from '$lib/data/documentScope';
import { scopeText } from '$lib/data/scopeText';

export function periods(ctx: Ctx, cities: string[]): SlideText {
  const { data, m, name, lang } = ctx;
  const rows = data.index.cities.filter((c) => cities.includes(c.id));
  const dated = rows.flatMap((c) =>
    c.plan.period ? [{ id: c.id, value: c.plan.period.start }] : [],
  );
  const newest = findExtremes(dated);
  const undated = rows.filter((c) => !c.plan.period).map((c) => name(c.id));
  const notes = rows.map((c) =>
    m.periodsNote(
      c.name[lang],
      c.plan.title,
      c.plan.period
        ? m.fy(c.plan.period.start, c.plan.period.end)
        : (c.plan.term?.value ?? m.noPeriod),
      c.itemCount,
    ),
  );
  return {
    title: m.periodsTitle(newest.most.map(name), newest.max, undated),
    note: null,
    notes: m.sentence(notes),
    source: plansSource(ctx, cities),
  };
}

export function scope(ctx: Ctx, cities: string[]): SlideText {
  const { data, m, name, lang } = ctx;
  const scopes = scopesOf(data, cities);
  const items = scopes.map((s) => ({
    id: s.city,
    value: s.documents.reduce((n, d) => n + d.items, 0),
  }));
  const { most, max, least, min } = findExtremes(items);
  const title =
    scopes.length === 1
      ? m.scopeTitleOne(name(scopes[0]!.city), scopes[0]!.documents.length, max)
      : m.scopeTitle(name(least[0] ?? most[0]!), min, name(most[0]!), max);
  const described = scopes.map((s) =>
    m.scopeCity(
      name(s.city),
      s.documents.map((d) => scopeText(d.scope, lang)),
    ),
  );
  const notes = scopes.flatMap((s) =>
    s.documents.map((d) => m.scopeDoc(name(s.city), d.title, d.items)),
  );
  return {
    title,
    note: scopes.length && scopes.every((s) => s.partial) ? m.scopePartial(described) : null,
    notes: m.sentence(notes),
    source: plansSource(ctx, cities),
  };
}

export function categories(ctx: Ctx, spec: Extract<FigureSpec, { kind: 'categories' }>): SlideText {
  const { data, m, name, lang } = ctx;
  const summaries = data.index.cities.filter((c) => spec.cities.includes(c.id));
  const unlike = summaries.some((c) => !isWholePlan(c));
  if (spec.metric === 'level' && !spec.selected) return levels(ctx, spec.cities, unlike);
  const ids = data.taxonomy.categories.map((c) => c.id);
  const label = (id: string) =>
    data.taxonomy.categories.find((c) => c.id === id)?.label[lang] ?? id;
  const matrix = makeCountMatrix(summaries, ids);
  const cells = matrix.rows.flatMap((r) => r.cells);
  const pool = spec.selected ? cells.filter((c) => c.category === spec.selected) : cells;
  const by = spec.metric === 'share' || spec.selected ? 'share' : 'count';
  const top = pool.reduce((a, b) => (b[by] > a[by] ? b : a), pool[0]!);
  const title = !top
    ? ''
    : spec.selected
      ? m.selectedTitle(label(top.category), name(top.city), top.share)
      : by === 'share'
        ? m.shareTitle(name(top.city), top.share, label(top.category), summaries.length)
        : m.countTitle(name(top.city), top.count, label(top.category));
  const scope = top && scopesOf(data, [top.city])[0];
  const chapter = top && scope ? findLeaningChapter(scope, top.category) : null;
  const notes = matrix.rows.map((row) => {
    const best = row.cells.reduce((a, b) => (b.count > a.count ? b : a));
    return m.topNote(name(row.city), label(best.category), best.count, row.total, best.share);
  });
  // A lean that one chapter explains is said first; otherwise the kinds of the texts compared.
  const note = chapter
    ? m.leaningNote(
        name(top!.city),
        chapter.items,
        chapter.title,
        chapter.topCount / chapter.items,
        label(top!.category),
      )
    : unlike
      ? m.kindsShareNote(kindsOf(ctx, spec.cities))
      : null;
  return {
    title,
    note,
    notes: m.sentence(
      chapter && unlike ? [m.kindsShareNote(kindsOf(ctx, spec.cities)), ...notes] : notes,
    ),
    source: plansSource(ctx, spec.cities),
  };
}

/** The default: which fields every plan names as a goal or a policy, whatever its text's size. */
function levels(ctx: Ctx, cities: string[], unlike: boolean): SlideText {
  const { data, m, name, lang } = ctx;
  const summaries = data.index.cities.filter((c) => cities.includes(c.id));
  const ids = data.taxonomy.categories.map((c) => c.id);
  const rows = makeLevelMatrix(summaries, ids);
  const high = (top: string | null) => top === 'goal' || top === 'policy';
  const everywhere = ids.filter((_, j) => rows.every((r) => high(r.cells[j]!.top)));
  const labels = everywhere.map(
    (id) => data.taxonomy.categories.find((c) => c.id === id)?.label[lang] ?? id,
  );
  const title =
    rows.length === 1
      ? m.levelTitleOne(name(rows[0]!.city), labels)
      : m.levelTitle(rows.length, labels);
  const notes = rows.map((r) => {
    const city = summaries.find((c) => c.id === r.city)!;
    return m.levelNote(
      name(r.city),
      kindsText(city, lang),
      r.cells.filter((c) => high(c.top)).length,
      city.countsByKind.goal ?? 0,
      city.countsByKind.policy ?? 0,
    );
  });
  return {
    title,
    note: unlike ? m.kindsNote(kindsOf(ctx, cities)) : null,
    notes: m.sentence(notes),
    source: plansSource(ctx, cities),
  };
}

export function sdgs(ctx: Ctx, cities: string[]): SlideText {
  const { data, m, name } = ctx;
  const rows = data.index.cities
    .filter((c) => cities.includes(c.id))
    .map((c) => ({ id: c.id, counts: readSdgCounts(c.countsBySdg) }));
  const goals = rows.map((r) => ({ id: r.id, value: r.counts.filter((n) => n > 0).length }));
  const { most, max } = findExtremes(goals);
  const notes = rows.map((r, i) =>
    m.sdgNote(
      name(r.id),
      goals[i]!.value,
      r.counts.reduce((a, b) => a + b, 0),
    ),
  );
  return {
    title: m.sdgTitle(most.map(name), max),
    note: null,
    notes: m.sentence(notes),
    source: plansSource(ctx, cities),
  };
}
