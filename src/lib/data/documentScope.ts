// What each city's text is (the contract's `sources[].scope`), in words for every place that
// compares cities: beside the heat map and the emphasis bars, on slides, in export footers and in
// citations. A source without a scope (a plan stored before the field) reads as unknown. Both
// languages at once, because citations are bilingual whatever the interface shows. Pure.
// The kinds only: the parts and sizes in words are in scopeText.ts, which only the parts that
// show them load (the scope details, export footers, slides), not every comparing page's first load.
import type { Localized } from './contract/common';
import type { DocumentKind, DocumentScope, PlanSourceFile } from './contract/plan';
import type { Lang } from '$lib/i18n/lang';

export const KIND_NAMES: Record<DocumentKind, Localized> = {
  whole: { ja: '全体', en: 'whole plan' },
  summary: { ja: '概要版', en: 'summary' },
  chapters: { ja: '一部の章', en: 'some chapters' },
  draft: { ja: '素案・案', en: 'draft' },
  bulletin: { ja: '広報記事', en: 'bulletin article' },
  'policy-summary': { ja: '方針概要', en: 'policy summary' },
  unknown: { ja: '不明', en: 'unknown' },
};

export interface HasSources {
  sources?: readonly PlanSourceFile[];
}

const UNKNOWN = (characters = 0): DocumentScope => ({
  kind: 'unknown',
  parts: [],
  characters,
  by: 'reader',
});

/** Each source's scope, unknown where a source does not carry one. */
export function scopesOf(city: HasSources): DocumentScope[] {
  const sources = city.sources ?? [];
  return sources.length ? sources.map((s) => s.scope ?? UNKNOWN()) : [UNKNOWN()];
}

/** Every source is the whole plan: shares of its items are shares of the plan. */
export function isWholePlan(city: HasSources): boolean {
  return scopesOf(city).every((s) => s.kind === 'whole');
}

export const JOIN: Localized = { ja: '＋', en: ' + ' };

/** The kinds of a city's sources, e.g. 広報記事＋一部の章 / bulletin article + some chapters. */
export function kindsText(city: HasSources, lang: Lang): string {
  const kinds = [...new Set(scopesOf(city).map((s) => s.kind))];
  return kinds.map((k) => KIND_NAMES[k][lang]).join(JOIN[lang]);
}

export const kindsLocalized = (city: HasSources): Localized => ({
  ja: kindsText(city, 'ja'),
  en: kindsText(city, 'en'),
});
