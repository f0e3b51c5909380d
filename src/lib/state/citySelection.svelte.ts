// Which cities a comparison view shows and in what order, kept in ?cities= so a link reproduces
// the view and back/forward step through changes. Shared by /compare and /shared.
//
//   const selection = new CitySelection(() => index.cities.map((c) => c.id));
//   selection.cities            // ids to show, in order (every known city by default)
//   selection.rejected          // raw values ignored from the URL → show a notice
//   selection.toggle(id); selection.move(id, -1); selection.cities = ['iwaki', 'hiratsuka'];
//   selection.dropRejected()    // rewrite the URL without the ignored values
import { goto } from '$app/navigation';
import { page } from '$app/state';
import { formatCities, moveCity, parseCities, toggleCity } from './parseCities';
import { patchSearch } from './urlParams';

export const CITIES_PARAM = 'cities';

export class CitySelection {
  #known: () => readonly string[] = () => [];
  #parsed = $derived(parseCities(page.url.searchParams.get(CITIES_PARAM), this.#known()));

  /** `known` returns the ids of index.json in its order; a getter so it can follow loaded data. */
  constructor(known: () => readonly string[]) {
    this.#known = known;
  }

  get known(): readonly string[] {
    return this.#known();
  }

  get cities(): string[] {
    return this.#parsed.cities;
  }

  set cities(ids: readonly string[]) {
    const known = this.#known();
    const next = ids.filter((id) => known.includes(id));
    if (next.length === 0) return;
    this.#go(formatCities(next, known), false);
  }

  get rejected(): string[] {
    return this.#parsed.rejected;
  }

  has(id: string): boolean {
    return this.#parsed.cities.includes(id);
  }

  toggle(id: string) {
    this.cities = toggleCity(this.cities, id);
  }

  move(id: string, delta: number) {
    this.cities = moveCity(this.cities, id, delta);
  }

  /** Drops the ignored values from the URL without adding a history entry. */
  dropRejected() {
    this.#go(formatCities(this.cities, this.#known()), true);
  }

  #go(value: string | null, replaceState: boolean) {
    const current = page.url.searchParams.get(CITIES_PARAM);
    if (value === current && !replaceState) return;
    void goto(patchSearch(page.url, { [CITIES_PARAM]: value }), {
      keepFocus: true,
      noScroll: true,
      replaceState,
    });
  }
}
