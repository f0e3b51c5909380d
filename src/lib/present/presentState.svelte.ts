// The presentation's state, read from /present's URL: the track (?track=, else the default track
// told from the data), the slide (?slide=), the presenter view (?presenter=1) and the view it was
// opened from (?from=). Moving between slides is navigation, so back/forward, reloads and shared
// links land on the same slide. A wrong value is reported, never thrown: the slides go on.
import { goto } from '$app/navigation';
import { base } from '$app/paths';
import type { ResolvedPathname } from '$app/types';
import type { Lang } from '$lib/i18n/lang';
import { pageQuery } from '$lib/state/pageQuery';
import type { DeckData } from './deckData';
import { makeDefaultTrack } from './makeDefaultTrack';
import {
  parseSlide,
  parseTrack,
  presentHref,
  findViewSlide,
  serializeTrack,
  toView,
  viewHref,
  type Track,
} from './track';

const STORAGE_KEY = 'plan-atlas:track';

export interface GoOptions {
  track?: Track;
  /** The track's code; null for the default track. */
  code?: string | null;
  replace?: boolean;
  presenter?: boolean;
}

export class PresentState {
  #code = $derived(pageQuery().get('track'));
  #parsed = $derived(this.#code === null ? null : parseTrack(this.#code));
  #data: () => DeckData;
  #lang: () => Lang;
  #default = $derived.by(() => makeDefaultTrack(this.#data(), this.#lang()));

  constructor(data: () => DeckData, lang: () => Lang) {
    this.#data = data;
    this.#lang = lang;
  }

  /** Why the URL's track was set aside, for the notice. */
  get trackProblem(): string | null {
    return this.#parsed && !this.#parsed.ok ? this.#parsed.problem : null;
  }

  /** The raw ?slide= when it names no slide of the track, for the notice. */
  get slideProblem(): string | null {
    const raw = pageQuery().get('slide');
    return raw !== null && parseSlide(raw, this.track.length) === null ? raw : null;
  }

  /** The encoded track when the URL carries a valid one; null for the default track. */
  get code(): string | null {
    return this.#parsed?.ok ? this.#code : null;
  }

  get track(): Track {
    return this.#parsed?.ok ? this.#parsed.track : this.#default;
  }

  /** The dashboard view the presentation was opened from, if the URL names a valid one. */
  get from(): string | null {
    const raw = pageQuery().get('from');
    return raw === null ? null : toView(raw, base);
  }

  /** The slide of `from` in the track, 1-based, or null. */
  get fromSlide(): number | null {
    const from = this.from;
    const i = from === null ? -1 : findViewSlide(this.track, from);
    return i >= 0 ? i + 1 : null;
  }

  /** 1-based; the first slide (or the one of `from`) when ?slide= is absent or wrong. */
  get slide(): number {
    return parseSlide(pageQuery().get('slide'), this.track.length) ?? this.fromSlide ?? 1;
  }

  get presenter(): boolean {
    return pageQuery().get('presenter') === '1';
  }

  get lang(): string | null {
    return pageQuery().get('lang');
  }

  href(n: number, { track = this.track, code = this.code, presenter = this.presenter } = {}) {
    const slide = Math.min(track.length, Math.max(1, n));
    return presentHref({ base, code, slide, lang: this.lang, presenter, from: this.from });
  }

  go(n: number, options: GoOptions = {}) {
    const href = this.href(n, options) as ResolvedPathname;
    void goto(href, { keepFocus: true, noScroll: true, replaceState: options.replace ?? false });
  }

  step(delta: 1 | -1) {
    const next = this.slide + delta;
    if (next >= 1 && next <= this.track.length) this.go(next);
  }

  /** Replaces the track in the URL (it becomes a custom track) and shows slide `n`. */
  setTrack(track: Track, n: number) {
    this.go(n, { track, code: serializeTrack(track), replace: true });
  }

  /** Back to the default track, at its first slide. */
  reset() {
    sessionStorage.removeItem(STORAGE_KEY);
    this.go(1, { track: this.#default, code: null, replace: true });
  }

  /**
   * Keeps a custom track for this tab, so a presenter can leave with Esc, browse to another view
   * and come back with P to add it: /present without ?track= restores it.
   */
  remember() {
    const code = this.code;
    if (code !== null) sessionStorage.setItem(STORAGE_KEY, code);
    else if (this.#code === null) {
      const saved = sessionStorage.getItem(STORAGE_KEY);
      const parsed = saved === null ? null : parseTrack(saved);
      if (parsed?.ok) {
        const from = this.from;
        const at = from === null ? -1 : findViewSlide(parsed.track, from);
        const slide =
          parseSlide(pageQuery().get('slide'), parsed.track.length) ?? (at >= 0 ? at + 1 : 1);
        this.go(slide, { track: parsed.track, code: saved, replace: true });
      }
    }
  }

  /** Where Esc leaves to: the current slide's view on the dashboard. */
  get exitHref(): string {
    const view = this.track[this.slide - 1]?.view ?? '/';
    return viewHref(view, { base, lang: this.lang });
  }
}
