// The regions page's state. City, framework and municipality live in the URL (?city=, ?fw=, ?m=)
// so a planner can send a link to one framework on the map; which layers are toggled is a view
// preference and stays in memory, reset when the city changes.
import { goto } from '$app/navigation';
import { pageQuery, pageUrl } from '$lib/state/pageQuery';
import { patchSearch } from '$lib/state/urlParams';
import { SvelteSet } from 'svelte/reactivity';

const nonEmpty = (v: string | null) => (v === '' ? null : v);

export class RegionState {
  #cities: () => readonly string[];
  #city = $derived(nonEmpty(pageQuery().get('city')));
  #fw = $derived(nonEmpty(pageQuery().get('fw')));
  #m = $derived(nonEmpty(pageQuery().get('m')));
  /** Hover is transient and never goes into the URL. */
  hovered = $state<string | null>(null);
  readonly toggled = new SvelteSet<string>();

  constructor(cities: () => readonly string[]) {
    this.#cities = cities;
  }

  get city(): string {
    const cities = this.#cities();
    return this.#city && cities.includes(this.#city) ? this.#city : (cities[0] ?? '');
  }

  set city(city: string) {
    if (city === this.city) return;
    this.toggled.clear();
    this.#go({ city, fw: null, m: null });
  }

  get framework(): string | null {
    return this.#fw;
  }

  set framework(id: string | null) {
    if (id !== this.#fw) this.#go({ fw: id });
  }

  get municipality(): string | null {
    return this.#m;
  }

  set municipality(code: string | null) {
    if (code !== this.#m) this.#go({ m: code });
  }

  toggle(id: string) {
    if (this.toggled.has(id)) this.toggled.delete(id);
    else this.toggled.add(id);
  }

  #go(patch: Record<string, string | null>) {
    void goto(patchSearch(pageUrl(), patch), {
      keepFocus: true,
      noScroll: true,
      replaceState: false,
    });
  }
}
