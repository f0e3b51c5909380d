// The default talk track: overview → emphasis → shared → unique → regions. Every figure in a
// title or a note is counted from the data files at run time, so the story stays true when the
// data is rebuilt or a city is added.
import { conceptCities } from '../analysis/countIntersections';
import type { Concepts, PlanIndex, Regions, Taxonomy } from '$lib/data/schemas';
import type { Lang } from '$lib/i18n/lang';
import type { Track } from './track';

export interface TrackData {
  index: PlanIndex;
  taxonomy: Taxonomy;
  concepts: Concepts;
  regions: Regions;
}

const percent = (part: number, whole: number) => (whole ? Math.round((part / whole) * 100) : 0);

/** Each city's category with the most items (ties: taxonomy order). */
export function topCategories(index: PlanIndex, taxonomy: Taxonomy) {
  return index.cities.map((city) => {
    let best = { id: taxonomy.categories[0]?.id ?? 'health', count: -1 };
    for (const cat of taxonomy.categories) {
      const count = city.countsByCategory?.[cat.id] ?? 0;
      if (count > best.count) best = { id: cat.id, count };
    }
    const label = taxonomy.categories.find((c) => c.id === best.id)?.label;
    return { city, label, count: best.count, share: percent(best.count, city.itemCount) };
  });
}

/** How many concepts span at least two cities, and how many span every city. */
export function countShared(concepts: Concepts, cityIds: readonly string[]) {
  const spans = concepts.concepts.map((c) => conceptCities(c, cityIds).length);
  return {
    shared: spans.filter((n) => n >= 2).length,
    all: spans.filter((n) => n === cityIds.length).length,
  };
}

export function makeDefaultTrack(data: TrackData, lang: Lang): Track {
  const { index, taxonomy, concepts, regions } = data;
  const ids = index.cities.map((c) => c.id);
  const name = (id: string) => index.cities.find((c) => c.id === id)?.name[lang] ?? id;
  const n = index.cities.length;
  const items = index.cities.reduce((sum, c) => sum + c.itemCount, 0);
  const ja = lang === 'ja';
  const sep = ja ? '、' : '; ';

  // いわき's plan states no fiscal years, so its period is left out rather than guessed.
  const overview = index.cities
    .map((c) => {
      const p = c.plan.period;
      if (ja) {
        const years = p ? `${p.start}–${p.end}年度・` : '';
        return `${c.name.ja}「${c.plan.title}」${years}${c.itemCount}項目`;
      }
      const years = p ? `FY${p.start}–${p.end}, ` : '';
      return `${c.name.en}, “${c.plan.title}”, ${years}${c.itemCount} items`;
    })
    .join(sep);

  const emphasis = topCategories(index, taxonomy)
    .map((t) =>
      ja
        ? `${t.city.name.ja}は「${t.label?.ja}」が最多（${t.count}/${t.city.itemCount}項目、${t.share}%）`
        : `${t.city.name.en}: most items in “${t.label?.en}” (${t.count} of ${t.city.itemCount}, ${t.share}%)`,
    )
    .join(sep);

  const shared = countShared(concepts, ids);
  const uniqueBy = ids
    .map((id) => {
      const count = concepts.unique.filter((u) => u.city === id).length;
      return ja ? `${name(id)} ${count}件` : `${name(id)} ${count}`;
    })
    .join(sep);
  const regionBy = ids
    .map((id) => {
      const count = regions.frameworks.filter((f) => f.cities.includes(id)).length;
      return ja ? `${name(id)} ${count}件` : `${name(id)} ${count}`;
    })
    .join(sep);
  const frameworks = regions.frameworks.length;

  return [
    {
      view: '/',
      title: ja ? `${n}市の総合計画` : `The comprehensive plans of ${n} cities`,
      notes: ja
        ? `${n}市・計${items}項目。${overview}。`
        : `${n} cities, ${items} items in all. ${overview}.`,
    },
    {
      view: '/compare?metric=share#matrix',
      title: ja ? 'どの分野に重点を置くか' : 'Where each plan puts its weight',
      notes: ja
        ? `各市の項目に占める分野の割合。${emphasis}。`
        : `Share of each city's items by category. ${emphasis}.`,
    },
    {
      view: '/shared',
      title: ja ? '共通する取組' : 'What the plans share',
      notes: ja
        ? `2市以上に共通する概念は${shared.shared}件、${n}市すべてに共通するのは${shared.all}件。`
        : `${shared.shared} concepts are shared by two or more cities; ${shared.all} by all ${n}.`,
    },
    {
      view: '/shared#unique-heading',
      title: ja ? '各市に独自の取組' : 'What only one city does',
      notes: ja
        ? `独自の取組は計${concepts.unique.length}件（${uniqueBy}）。`
        : `${concepts.unique.length} unique approaches (${uniqueBy}).`,
    },
    {
      view: '/regions',
      title: ja ? '広域連携の枠組み' : 'Regional partnerships',
      notes: ja
        ? `各市が加わる広域連携の枠組みは計${frameworks}件（${regionBy}）。`
        : `${frameworks} regional frameworks in all (${regionBy}).`,
    },
  ];
}
