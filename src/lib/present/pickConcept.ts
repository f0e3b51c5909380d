// The concept a side-by-side slide shows, and its items by city. Without a concept named in the
// view, the one spanning the most cities, then the one with the most items: the broadest thing
// the plans share.
import { cityOf, conceptCities } from '$lib/analysis/countIntersections';
import type { Concept, Plan, PlanItem } from '$lib/data/schemas';

export function pickConcept(
  concepts: readonly Concept[],
  cities: readonly string[],
  id: string | null,
): Concept | null {
  if (id !== null) return concepts.find((c) => c.id === id) ?? null;
  let best: Concept | null = null;
  let bestKey = [-1, -1];
  for (const concept of concepts) {
    const key = [conceptCities(concept, cities).length, concept.items.length];
    if (key[0]! > bestKey[0]! || (key[0] === bestKey[0] && key[1]! > bestKey[1]!)) {
      best = concept;
      bestKey = key;
    }
  }
  return best;
}

export interface ConceptColumn {
  city: string;
  items: PlanItem[];
}

/** The concept's items of each city, in the plan's order; ids missing from a plan are skipped. */
export function conceptColumns(
  concept: Concept,
  cities: readonly string[],
  plans: ReadonlyMap<string, Pick<Plan, 'items'>>,
): ConceptColumn[] {
  const wanted = new Set(concept.items);
  return cities.map((city) => ({
    city,
    items: (plans.get(city)?.items ?? []).filter(
      (item) => wanted.has(item.id) && cityOf(item.id) === city,
    ),
  }));
}
