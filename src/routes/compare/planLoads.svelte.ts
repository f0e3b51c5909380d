// The chosen cities' plan files and concepts.json, fetched after the first paint and at most once
// per page visit. A failed file is kept as a failure so the page can name it.
import { base } from '$app/paths';
import { settle, type Settled } from '$lib/data/load';
import { loadConcepts } from '$lib/data/contract/concepts';
import { loadPlan } from '$lib/data/contract/plan';
import type { Concepts, Plan } from '$lib/data/schemas';
import { SvelteMap, SvelteSet } from 'svelte/reactivity';

export class PlanLoads {
  readonly #plans = new SvelteMap<string, Settled<Plan>>();
  readonly #pending = new SvelteSet<string>();
  #concepts = $state<Settled<Concepts> | null>(null);
  #conceptsPending = false;

  /** Starts fetching any of `cities` not fetched yet. */
  ensure(cities: readonly string[]) {
    for (const city of cities) {
      if (this.#plans.has(city) || this.#pending.has(city)) continue;
      this.#pending.add(city);
      void settle(loadPlan(fetch, base, city)).then((result) => {
        this.#pending.delete(city);
        this.#plans.set(city, result);
      });
    }
  }

  ensureConcepts() {
    if (this.#concepts || this.#conceptsPending) return;
    this.#conceptsPending = true;
    void settle(loadConcepts(fetch, base)).then((result) => (this.#concepts = result));
  }

  get(city: string): Settled<Plan> | undefined {
    return this.#plans.get(city);
  }

  /** The loaded plans of `cities`, or null while any is still on its way. */
  plans(cities: readonly string[]): Plan[] | null {
    const out: Plan[] = [];
    for (const city of cities) {
      const r = this.#plans.get(city);
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
      const r = this.#plans.get(city);
      if (r && !r.ok) return r;
    }
    if (withConcepts && this.#concepts && !this.#concepts.ok) return this.#concepts;
    return null;
  }

  get concepts(): Concepts | null {
    return this.#concepts?.ok ? this.#concepts.data : null;
  }
}
