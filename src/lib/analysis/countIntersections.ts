// The UpSet view of concepts: for each concept, which of the chosen cities its items come from;
// concepts with the same set of cities form one intersection. Only the chosen cities count, so a
// concept shared by two cities of which one is not chosen is not "shared" in that view.

export interface ConceptLike {
  id: string;
  items: readonly string[];
}

export interface Intersection {
  /** The cities, in the order they were chosen. */
  cities: string[];
  concepts: string[];
}

export interface UpSetData {
  intersections: Intersection[];
  /** Per chosen city, how many shared concepts include it. */
  setSizes: Array<{ city: string; size: number }>;
}

export const cityOf = (itemId: string) => itemId.slice(0, itemId.indexOf('/'));

/** The chosen cities a concept spans, in chosen order. */
export function conceptCities(concept: ConceptLike, chosen: readonly string[]): string[] {
  const present = new Set(concept.items.map(cityOf));
  return chosen.filter((c) => present.has(c));
}

/** Intersections of two or more cities, most cities first, then most concepts, then order. */
export function countIntersections(
  concepts: readonly ConceptLike[],
  chosen: readonly string[],
): UpSetData {
  const byKey = new Map<string, Intersection>();
  for (const concept of concepts) {
    const cities = conceptCities(concept, chosen);
    if (cities.length < 2) continue;
    const key = cities.join('|');
    const entry = byKey.get(key) ?? { cities, concepts: [] };
    entry.concepts.push(concept.id);
    byKey.set(key, entry);
  }
  const rank = (cities: string[]) => cities.map((c) => chosen.indexOf(c));
  const intersections = [...byKey.values()].sort((a, b) => {
    if (a.cities.length !== b.cities.length) return b.cities.length - a.cities.length;
    if (a.concepts.length !== b.concepts.length) return b.concepts.length - a.concepts.length;
    const ra = rank(a.cities);
    const rb = rank(b.cities);
    for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return (ra[i] ?? 0) - (rb[i] ?? 0);
    return 0;
  });
  const setSizes = chosen.map((city) => ({
    city,
    size: intersections
      .filter((s) => s.cities.includes(city))
      .reduce((n, s) => n + s.concepts.length, 0),
  }));
  return { intersections, setSizes };
}
