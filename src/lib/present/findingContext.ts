// What every finding needs: the slide text it returns, the data and language it reads, and the
// 出典 line of a slide drawn from the plans. Pure.
import type { Lang } from '$lib/i18n/lang';
import type { DeckData } from './deckData';
import type { FindingMessages } from './findingMessages';
import { readPlanScope, type PlanScope } from './planScope';
import { kindsText } from '$lib/data/documentScope';

export interface SlideText {
  /** The finding, as the slide's title. */
  title: string;
  /** Shown under the title: what the reader must know to read the figure right. */
  note: string | null;
  notes: string;
  /** The 出典 line. */
  source: string;
}

export interface Ctx {
  data: DeckData;
  lang: Lang;
  m: FindingMessages;
  name: (id: string) => string;
}

export const round2 = (n: number) => (Math.round(n * 100) / 100).toFixed(2);

export function scopesOf(data: DeckData, cities: readonly string[]): PlanScope[] {
  const categories = data.taxonomy.categories.map((c) => c.id);
  return cities.flatMap((id) => {
    const plan = data.plans.get(id);
    return plan ? [readPlanScope(plan, categories)] : [];
  });
}

/** The 出典 line: each plan with what its text is (概要版, 一部の章 …). */
export function plansSource({ data, m, lang }: Ctx, cities: readonly string[]) {
  const plans = cities.flatMap((id) => {
    const city = data.index.cities.find((c) => c.id === id);
    return city ? [m.sourcePlan(city.name[lang], city.plan.title, kindsText(city, lang))] : [];
  });
  return m.sourcePlans(plans);
}

/** Each city with the kind of its text, for a slide's note: 二本松市＝広報記事＋一部の章. */
export function kindsOf({ data, m, lang, name }: Ctx, cities: readonly string[]) {
  return cities.flatMap((id) => {
    const city = data.index.cities.find((c) => c.id === id);
    return city ? [m.kindOf(name(id), kindsText(city, lang))] : [];
  });
}
