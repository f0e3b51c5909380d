// The chosen cities' plan files and concepts.json, fetched after the first paint and at most once
// per page visit. A failed file is kept as a failure so the page can name it.
import { base } from '$app/paths';
import { settle, type Settled } from '$lib/data/load';
import { loadConcepts } from '$lib/data/contract/concepts';
import { loadPlan } from '$lib/data/contract/plan';
import type { CategoryId, Concepts, Plan } from '$lib/data/schemas';
import type { AlignedRow } from '$lib/analysis/alignByConcept';
import { AlignIndex } from '$lib/analysis/alignIndex';

export class PlanLoads {
  // Replaced, never mutated, on each arrival: plan files are large and need no deep reactivity.
  #plans = $state.raw<Readonly<Record<string, Settled<Plan>>>>({});
  /** Cities whose file is on its way; read only here, so not reactive. */
  readonly #pending: Record<string, true> = {};
  #concepts = $state<Settled<Concepts> | null>(null);
  #conceptsPending = false;
  // The grid's rows, derived once per data change (a plan file or concepts.json arriving), not
  // per view and switch (see AlignIndex).
  #alignment = $derived.by(() => {
    const concepts = this.concepts;
    if (!concepts) return null;
    const items = Object.entries(this.#plans).flatMap(([city, r]) =>
      r.ok ? [[city, r.data.items] as const] : [],
    );
    return new AlignIndex(items, concepts.concepts);
  });

  /** Starts fetching any of `cities` not fetched yet. */
  ensure(cities: readonly string[]) {
    for (const city of cities) {
      if (this.#plans[city] || this.#pending[city]) continue;
      this.#pending[city] = true;
      void settle(loadPlan(fetch, base, city)).then((result) => {
        delete this.#pending[city];
        this.#plans = { ...this.#plans, [city]: result };
      });
    }
  }

  ensureConcepts() {
    if (this.#concepts || this.#conceptsPending) return;
    this.#conceptsPending = true;
    void settle(loadConcepts(fetch, base)).then((result) => (this.#concepts = result));
  }

  get(city: string): Settled<Plan> | undefined {
    return this.#plans[city];
  }

  /** The loaded plans of `cities`, or null while any is still on its way. */
  plans(cities: readonly string[]): Plan[] | null {
    const out: Plan[] = [];
    for (const city of cities) {
      const r = this.#plans[city];
      if (!r) return null;
      if (r.ok) out.push(r.data);
    }
    return out;
  }

  /** The first failed file among `cities` (and concepts.json when asked), for an error panel. */
  failure(
    cities: readonly string[],
    withConcepts = false,
  ): { file: string; problem: string } | null {
    for (const city of cities) {
      const r = this.#plans[city];
      if (r && !r.ok) return r;
    }
    if (withConcepts && this.#concepts && !this.#concepts.ok) return this.#concepts;
    return null;
  }

  /** The grid's rows for `cities` in `category`, or null while a file is on its way. The same
   * array for the same choice, so a view that shows it again does not redraw. */
  rows(category: CategoryId, cities: readonly string[]): AlignedRow[] | null {
    const plans = this.plans(cities);
    if (!plans || !this.#alignment) return null;
    const ok = plans.length === cities.length ? cities : plans.map((p) => p.id);
    return this.#alignment.rows(category, ok);
  }

  get concepts(): Concepts | null {
    return this.#concepts?.ok ? this.#concepts.data : null;
  }
}
