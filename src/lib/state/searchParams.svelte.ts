// The page's query string as views read it: the URL's values, overlaid with changes still on their
// way into the URL (pendingQuery.svelte.ts, which every reader of pageQuery sees). A control that
// sets a value re-renders at once, in the same frame as the click; SvelteKit's navigation
// (history entry, page.url) follows once that frame is painted and the browser is idle, so it
// never holds up the views that follow the change. Then the overlay empties. Changes made in quick succession accumulate, so none is lost to a navigation still in
// flight; a change left pending when the reader goes to another page is dropped with it.
//
//   searchParams.get('cat')                       // 'health' | null
//   searchParams.set({ cat: 'health' })           // new history entry
//   searchParams.set({ cat: null }, { replace: true })
import { goto } from '$app/navigation';
import { pageQuery, pageUrl } from './pageQuery';
import { pendingQuery } from './pendingQuery.svelte';
import { patchSearch, type ParamPatch } from './urlParams';

/** Runs `task` once the next frame has been painted and the browser has nothing more urgent to do
 * (within a second at most). */
function whenIdleAfterPaint(task: () => void) {
  requestAnimationFrame(() => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 1000 });
    else setTimeout(task, 0);
  });
}

class SearchParams {
  #latest = 0;

  get(name: string): string | null {
    return pageQuery().get(name);
  }

  /** Forgets the changes still on their way: the reader is leaving for another page. */
  drop() {
    pendingQuery.patch = {};
    this.#latest++;
  }

  set(patch: ParamPatch, { replace = false } = {}) {
    pendingQuery.patch = { ...pendingQuery.patch, ...patch };
    const call = ++this.#latest;
    whenIdleAfterPaint(() => {
      if (call !== this.#latest) return;
      void goto(patchSearch(pageUrl(), {}), {
        keepFocus: true,
        noScroll: true,
        replaceState: replace,
      }).finally(() => {
        if (call === this.#latest) pendingQuery.patch = {};
      });
    });
  }
}

export const searchParams = new SearchParams();
