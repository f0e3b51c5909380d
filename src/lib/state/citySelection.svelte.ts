// Which cities a comparison view shows and in what order, kept in ?cities= so a link reproduces
// the view and back/forward step through changes. Shared by /compare and /shared.
//
//   const selection = new CitySelection(() => index.cities.map((c) => c.id));
//   selection.cities            // ids to show, in order (every known city by default)
//   selection.rejected          // raw values ignored from the URL → show a notice
//   selection.toggle(id); selection.move(id, -1); selection.cities = ['iwaki', 'hiratsuka'];
//   selection.dropRejected()    // rewrite the URL without the ignored values
import { beforeNavigate } from '$app/navigation';
import { formatCities, moveCity, parseCities, toggleCity } from './parseCities';
import { searchParams } from './searchParams.svelte';

export const CITIES_PARAM = 'cities';

export class CitySelection {
  #known: () => readonly string[] = () => [];
  #parsed = $derived(parseCities(searchParams.get(CITIES_PARAM), this.#known()));
  // The same list object while the ids stay the same (say, when the URL catches up with a change
  // already shown), so nothing downstream recomputes or redraws for it.
  #stable: string[] = [];
  #cities = $derived.by(() => {
    const next = this.#parsed.cities;
    const same =
      next.length === this.#stable.length && next.every((id, i) => id === this.#stable[i]);
    if (!same) this.#stable = next;
    return this.#stable;
  });

  /** `known` returns the ids of index.json in its order; a getter so it can follow loaded data. */
  constructor(known: () => readonly string[]) {
    this.#known = known;
    // A change still on its way to the URL must not pull the reader back from a page they left.
    beforeNavigate(({ to }) => {
      if (to?.url.pathname !== location.pathname) searchParams.drop();
    });
  }

  get known(): readonly string[] {
    return this.#known();
  }

  get cities(): string[] {
    return this.#cities;
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
    return this.#cities.includes(id);
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
    if (value === searchParams.get(CITIES_PARAM) && !replaceState) return;
    searchParams.set({ [CITIES_PARAM]: value }, { replace: replaceState });
  }
}
