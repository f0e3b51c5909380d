// The opened concept, kept in ?concept= so a link shows one concept's evidence. Whether the id is
// valid is the page's call: it knows which concepts the chosen cities share.
import { goto } from '$app/navigation';
import { pageQuery, pageUrl } from '$lib/state/pageQuery';
import { patchSearch } from '$lib/state/urlParams';

export class ConceptParam {
  #raw = $derived(pageQuery().get('concept') || null);

  get current(): string | null {
    return this.#raw;
  }

  set current(id: string | null) {
    if (id === this.#raw) return;
    void goto(patchSearch(pageUrl(), { concept: id }), { keepFocus: true, noScroll: true });
  }
}
