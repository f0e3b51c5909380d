// The comparison page's own URL state besides ?cities= (CitySelection) and ?lang= (UrlLang):
// ?cat= the category the grid opens at, ?metric=count|share the heat map's value (absent: the
// level each category is addressed at, the comparison unlike documents allow). Invalid values are
// ignored and reported so the page can say so; they never throw.
import type { CategoryId } from '$lib/data/schemas';
import { parseCategory } from '$lib/state/parseCategory';
import { searchParams } from '$lib/state/searchParams.svelte';
import type { ParamPatch } from '$lib/state/urlParams';

export type Metric = 'level' | 'count' | 'share';
const METRICS: readonly string[] = ['count', 'share'];

export class CompareState {
  #cat = $derived(parseCategory(searchParams.get('cat')));
  // Its own derived value, so what reads the category reruns only when it changes: parsing gives
  // a new object whenever the query does (say, when the URL catches up with a city toggle).
  #category = $derived(this.#cat.category);
  #metric = $derived(searchParams.get('metric'));

  get category(): CategoryId | null {
    return this.#category;
  }

  set category(id: CategoryId | null) {
    if (id !== this.#cat.category || this.#cat.rejected) this.#go({ cat: id });
  }

  get metric(): Metric {
    return this.#metric === 'share' || this.#metric === 'count' ? this.#metric : 'level';
  }

  set metric(metric: Metric) {
    this.#go({ metric: metric === 'level' ? null : metric });
  }

  /** `name=value` pairs that were ignored, for the notice. */
  get rejected(): string[] {
    const out: string[] = [];
    if (this.#cat.rejected !== null) out.push(`cat=${this.#cat.rejected}`);
    if (this.#metric !== null && !METRICS.includes(this.#metric))
      out.push(`metric=${this.#metric}`);
    return out;
  }

  /** The patch that removes every ignored value. */
  get cleanup(): ParamPatch {
    const patch: ParamPatch = {};
    if (this.#cat.rejected !== null) patch.cat = null;
    if (this.metric === 'level' && this.#metric !== null) patch.metric = null;
    return patch;
  }

  #go(patch: ParamPatch) {
    searchParams.set(patch);
  }
}
