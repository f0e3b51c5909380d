// A city's scope in words beyond its kind: the parts of the plan each source holds and the
// size of its text, for the scope details beside a comparison, export footers and slides. Apart
// from documentScope.ts (the kinds), because only those parts load this. Pure.
import type { DocumentScope } from './contract/plan';
import type { Lang } from '$lib/i18n/lang';
import { JOIN, KIND_NAMES, scopesOf, type HasSources } from './documentScope';

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
