// What each city's text is (the contract's `sources[].scope`), in words for every place that
// compares cities: beside the heat map and the emphasis bars, on slides, in export footers and in
// citations. A source without a scope (a plan stored before the field) reads as unknown. Both
// languages at once, because citations are bilingual whatever the interface shows. Pure.
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

const JOIN: Localized = { ja: '＋', en: ' + ' };

/** The kinds of a city's sources, e.g. 広報記事＋一部の章 / bulletin article + some chapters. */
export function kindsText(city: HasSources, lang: Lang): string {
  const kinds = [...new Set(scopesOf(city).map((s) => s.kind))];
  return kinds.map((k) => KIND_NAMES[k][lang]).join(JOIN[lang]);
}

export const kindsLocalized = (city: HasSources): Localized => ({
  ja: kindsText(city, 'ja'),
  en: kindsText(city, 'en'),
});

const number = (n: number, lang: Lang) => n.toLocaleString(lang === 'ja' ? 'ja-JP' : 'en-US');

/** The size of a city's text: characters, and pages where the source was a PDF. */
export function sizeText(city: HasSources, lang: Lang): string {
  const scopes = scopesOf(city);
  const characters = scopes.reduce((n, s) => n + s.characters, 0);
  const pages = scopes.reduce((n, s) => n + (s.pages ?? 0), 0);
  const chars =
    lang === 'ja' ? `${number(characters, lang)}字` : `${number(characters, lang)} characters`;
  if (!pages) return chars;
  return lang === 'ja'
    ? `${chars}・${number(pages, lang)}ページ`
    : `${chars}, ${number(pages, lang)} pages`;
}

/** One source in words: its kind and the parts it holds, e.g. 一部の章（方策の柱「…」）. */
export function scopeText(scope: DocumentScope, lang: Lang): string {
  const kind = KIND_NAMES[scope.kind][lang];
  if (!scope.parts.length) return kind;
  return lang === 'ja'
    ? `${kind}（${scope.parts.join('、')}）`
    : `${kind} (${scope.parts.join(', ')})`;
}

/** A city's whole scope in one line: each source's kind and parts, then the size. */
export function scopeLine(city: HasSources, lang: Lang): string {
  const parts = scopesOf(city)
    .map((s) => scopeText(s, lang))
    .join(JOIN[lang]);
  return lang === 'ja' ? `${parts}、${sizeText(city, lang)}` : `${parts}; ${sizeText(city, lang)}`;
}
