// The findings of the slides on what the plans share and where they differ: shared concepts, one
// concept side by side, what only one city does, the partnership regions, and how the labels
// were made. Pure.
import { conceptCities, countIntersections } from '$lib/analysis/countIntersections';
import { findExtremes } from './extremes';
import type { FigureSpec } from './figureOf';
import { plansSource, round2, type Ctx, type SlideText } from './findingContext';
import { pickConcept } from './pickConcept';

export function upset(ctx: Ctx, cities: string[]): SlideText {
  const { data, m, name } = ctx;
  const { intersections } = countIntersections(data.concepts.concepts, cities);
  const shared = intersections.reduce((n, s) => n + s.concepts.length, 0);
  const all = intersections.find((s) => s.cities.length === cities.length)?.concepts.length ?? 0;
  const notes = intersections
    .slice(0, 5)
    .map((s) => m.upsetNote(s.cities.map(name), s.concepts.length));
  return {
    title: m.upsetTitle(shared, all, cities.length),
    note: null,
    notes: m.sentence(notes),
    source: plansSource(ctx, cities),
  };
}

export function concept(ctx: Ctx, spec: Extract<FigureSpec, { kind: 'concept' }>): SlideText {
  const { data, m, name, lang } = ctx;
  const chosen = pickConcept(data.concepts.concepts, spec.cities, spec.concept);
  if (!chosen) return { title: '', note: null, notes: '', source: plansSource(ctx, spec.cities) };
  const cities = conceptCities(chosen, spec.cities);
  const label = chosen.label[lang];
  return {
    title:
      cities.length === spec.cities.length
        ? m.conceptTitleAll(cities.length, label)
        : m.conceptTitleSome(cities.map(name), label),
    note: null,
    notes: chosen.why[lang],
    source: plansSource(ctx, spec.cities),
  };
}

export function unique(ctx: Ctx, cities: string[]): SlideText {
  const { data, m, name, lang } = ctx;
  const byCity = cities.map((id) => ({
    id,
    list: data.concepts.unique.filter((u) => u.city === id),
  }));
  const { most, max, least, min } = findExtremes(
    byCity.map((c) => ({ id: c.id, value: c.list.length })),
  );
  const notes = byCity.map((c) =>
    m.uniqueNote(
      name(c.id),
      c.list.map((u) => u.label[lang]),
    ),
  );
  return {
    title: m.uniqueTitle(most.map(name), max, least.map(name), min),
    note: null,
    notes: m.sentence(notes),
    source: plansSource(ctx, cities),
  };
}

export function regions(ctx: Ctx, cities: string[]): SlideText {
  const { data, m, name, lang } = ctx;
  const byCity = cities.map((id) => ({
    id,
    list: data.regions.frameworks.filter((f) => f.cities.includes(id)),
  }));
  const { most, max, least, min } = findExtremes(
    byCity.map((c) => ({ id: c.id, value: c.list.length })),
  );
  const shown = new Set(byCity.flatMap((c) => c.list));
  const urls = new Set(
    [...shown]
      .flatMap((f) => [f.source, ...(f.sources ?? [])])
      .flatMap((s) => ('url' in s ? [s.url] : [])),
  );
  return {
    title: m.regionsTitle(most.map(name), max, least.map(name), min),
    note: m.regionsNote(shown.size, !data.geo.municipalities),
    notes: m.sentence(
      byCity.map((c) =>
        m.regionsCity(
          name(c.id),
          c.list.map((f) => f.name[lang]),
        ),
      ),
    ),
    source: m.sourceRegions(urls.size, data.geo.land.source.title),
  };
}

export function labels({ data, m, lang }: Ctx): SlideText {
  const { evaluation: e } = data;
  const items = e.evalSet.items;
  const label = (id: string) =>
    data.taxonomy.categories.find((c) => c.id === id)?.label[lang] ?? id;
  return {
    title: e.heldOut
      ? m.labelsTitle(items, round2(e.heldOut.macroF1))
      : m.labelsTitleWhole(items, round2(e.final.macroF1)),
    note: m.labelsNote(e.labelling.curated, round2(e.targets.macroF1)),
    notes: m.sentence(e.final.categories.map((c) => m.labelsCategory(label(c.id), round2(c.f1)))),
    source: m.sourceLabels(items),
  };
}
