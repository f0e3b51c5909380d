// The UI language, read from and written to ?lang= so it survives reloads, shared links and
// back/forward. Setting it pushes a history entry like any other navigation.
import { goto } from '$app/navigation';
import { pageQuery, pageUrl } from './pageQuery';
import type { ResolvedPathname } from '$app/types';
import { DEFAULT_LANG, parseLang, type Lang } from '$lib/i18n/lang';
import { MESSAGES } from '$lib/i18n/messages';
import { patchSearch } from './urlParams';

export class UrlLang {
  #parsed = $derived(parseLang(pageQuery().get('lang')));
  // The language alone, so a navigation that keeps it (any other parameter changing) wakes
  // nothing that reads it: every string table and link on the page does.
  #lang = $derived(this.#parsed.lang);

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
