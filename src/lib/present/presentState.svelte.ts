// Presentation state read from the URL: the track (?track=, or the default track built from the
// data), the slide (?slide=) and the view on screen. Moving between slides is navigation, so
// back/forward, reloads and shared links all land on the same slide.
import { pageQuery, pageUrl } from '$lib/state/pageQuery';
import { goto } from '$app/navigation';
import { base } from '$app/paths';
import { page } from '$app/state';
import type { ResolvedPathname } from '$app/types';
import { loadConcepts } from '$lib/data/contract/concepts';
import { loadIndex } from '$lib/data/contract/planIndex';
import { loadRegions } from '$lib/data/contract/regions';
import { loadTaxonomy } from '$lib/data/contract/taxonomy';
import type { Lang } from '$lib/i18n/lang';
import { patchSearch } from '$lib/state/urlParams';
import { makeDefaultTrack, type TrackData } from './makeDefaultTrack';
import { parseSlide, parseTrack, sameView, serializeTrack, slideHref, toView } from './track';
import type { Track } from './track';

const STORAGE_KEY = 'plan-atlas:track';

function forgetTrack() {
  sessionStorage.removeItem(STORAGE_KEY);
}

export class PresentState {
  #code = $derived(pageQuery().get('track'));
  #parsed = $derived(this.#code === null ? null : parseTrack(this.#code));
  #data = $state<TrackData | null>(null);
  #failed = $state(false);
  #lang: () => Lang;

  constructor(lang: () => Lang) {
    this.#lang = lang;
  }

  /** Why the URL's track was ignored, for the notice. */
  get problem(): string | null {
    return this.#parsed && !this.#parsed.ok ? this.#parsed.problem : null;
  }

  get loadFailed(): boolean {
    return this.#failed;
  }

  /** The encoded track when the URL carries a valid one; null for the default track. */
  get code(): string | null {
    return this.#parsed?.ok ? this.#code : null;
  }

  get track(): Track | null {
    if (this.#parsed?.ok) return this.#parsed.track;
    return this.#data ? makeDefaultTrack(this.#data, this.#lang()) : null;
  }

  get slide(): number | null {
    const track = this.track;
    return track ? parseSlide(pageQuery().get('slide'), track.length) : null;
  }

  /** The view on screen as a track would store it. */
  get view(): string {
    return toView(`${page.url.pathname}${page.url.search}${page.url.hash}`, base) ?? '/';
  }

  /** The slide showing this view, 1-based, or null. */
  findView(): number | null {
    const i = this.track?.findIndex((s) => sameView(s.view, this.view)) ?? -1;
    return i >= 0 ? i + 1 : null;
  }

  async loadDefault(fetchFn: typeof fetch) {
    if (this.#data || this.#failed) return;
    try {
      const [index, taxonomy, concepts, regions] = await Promise.all([
        loadIndex(fetchFn, base),
        loadTaxonomy(fetchFn, base),
        loadConcepts(fetchFn, base),
        loadRegions(fetchFn, base),
      ]);
      this.#data = { index, taxonomy, concepts, regions };
    } catch {
      this.#failed = true;
    }
  }

  go(n: number, track = this.track, code = this.code, replaceState = false) {
    if (!track || n < 1 || n > track.length) return;
    const lang = pageQuery().get('lang');
    const href = slideHref(track, n, { base, code, lang }) as ResolvedPathname;
    void goto(href, { keepFocus: true, replaceState });
  }

  step(delta: 1 | -1) {
    const track = this.track;
    if (!track) return;
    const from = this.slide ?? (delta > 0 ? 0 : track.length + 1);
    this.go(Math.min(track.length, Math.max(1, from + delta)));
  }

  /** Replaces the track in the URL (it becomes a custom track) and shows slide `n`. */
  setTrack(track: Track, n: number) {
    this.go(n, track, serializeTrack(track), true);
  }

  /** Back to the default track, at its first slide. */
  reset() {
    forgetTrack();
    const track = this.#data ? makeDefaultTrack(this.#data, this.#lang()) : null;
    if (track) this.go(1, track, null, true);
  }

  /**
   * Keeps the custom track for this tab, so a presenter can leave with Esc, browse to another
   * view and come back with P to add it. Entering without ?track= restores it.
   */
  remember() {
    const code = this.code;
    if (code !== null) sessionStorage.setItem(STORAGE_KEY, code);
    else if (this.#code === null) {
      const saved = sessionStorage.getItem(STORAGE_KEY);
      if (saved !== null && parseTrack(saved).ok) {
        void goto(patchSearch(pageUrl(), { track: saved }), {
          keepFocus: true,
          replaceState: true,
        });
      }
    }
  }

  exit() {
    const patch = { present: null, track: null, slide: null };
    void goto(patchSearch(pageUrl(), patch), { keepFocus: true, noScroll: true });
  }
}
