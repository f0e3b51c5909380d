// Per-city plan files fetched at most once per page session, on demand: the search, the shared-
// concepts evidence and the exports all need items, but none should cost a first-load fetch.
import { base } from '$app/paths';
import { loadPlan } from './contract/plan';
import { settle, type Settled } from './load';
import type { Plan, PlanItem } from './schemas';

const pending = new Map<string, Promise<Plan>>();

export function getPlan(city: string): Promise<Plan> {
  let plan = pending.get(city);
  if (!plan) {
    plan = loadPlan(fetch, base, city);
    // A failed fetch is not cached, so a retry after a network hiccup can succeed.
    plan.catch(() => pending.delete(city));
    pending.set(city, plan);
  }
  return plan;
}

export function getPlans(cities: readonly string[]): Promise<Plan[]> {
  return Promise.all(cities.map(getPlan));
}

/** Each city's plan, or which file failed and why: one broken plan leaves the others usable. */
export function settlePlans(cities: readonly string[]): Promise<Settled<Plan>[]> {
  return Promise.all(cities.map((city) => settle(getPlan(city))));
}

/** The failed files of settled loads, for a page's error panels. */
export const failuresOf = (results: readonly Settled<unknown>[]) =>
  results.flatMap((r) => (r.ok ? [] : [r]));

/** Every item of `cities`, by id. */
export async function getItemsById(cities: readonly string[]): Promise<Map<string, PlanItem>> {
  const plans = await getPlans(cities);
  return new Map(plans.flatMap((p) => p.items.map((i) => [i.id, i] as const)));
}
