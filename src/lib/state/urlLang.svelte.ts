// The UI language, read from and written to ?lang= so it survives reloads, shared links and
// back/forward. Setting it pushes a history entry like any other navigation.
import { goto } from '$app/navigation';
import { untrack } from 'svelte';
import { pageQuery, pageUrl } from './pageQuery';
import type { ResolvedPathname } from '$app/types';
import { DEFAULT_LANG, parseLang, type Lang } from '$lib/i18n/lang';
import { MESSAGES } from '$lib/i18n/messages';
import { patchSearch } from './urlParams';

export class UrlLang {
  #parsed = $derived(parseLang(pageQuery().get('lang')));
  // The language alone, as state set only when it changes. Every string table and link on the
  // page reads it: as a value derived from the query, every query change (each category switch or
  // city toggle, and the URL catching up with it) marked and checked all of them, ~10 ms with 50
  // cities; a navigation that keeps the language now wakes nothing that reads it.
  #lang = $state<Lang>(untrack(() => this.#parsed.lang));

  constructor() {
    $effect.pre(() => {
      const lang = this.#parsed.lang;
      if (lang !== untrack(() => this.#lang)) this.#lang = lang;
    });
  }

  get current(): Lang {
    return this.#lang;
  }

  set current(lang: Lang) {
    void goto(patchSearch(pageUrl(), { lang: lang === DEFAULT_LANG ? null : lang }), {
      keepFocus: true,
      noScroll: true,
    });
  }

  /** A ?lang= value that was ignored, for the notice that says so. */
  get rejected(): string | null {
    return this.#parsed.rejected;
  }

  get t() {
    return MESSAGES[this.#lang];
  }

  /** An internal link that keeps the current language. `path` is absolute (from resolve()), so
   * the link depends on the language alone, not on the rest of the page's URL. */
  href(path: ResolvedPathname, extra: Record<string, string> = {}): ResolvedPathname {
    const lang = this.current === DEFAULT_LANG ? null : this.current;
    return patchSearch(path, { lang, ...extra });
  }

  dropRejected() {
    void goto(patchSearch(pageUrl(), { lang: null }), { keepFocus: true, noScroll: true });
  }
}
