// The side-by-side grid's rows, derived once per data change instead of once per view and switch.
// Built over every loaded plan and concepts.json: per category, each city's items of that category
// and each concept's items of it, city by city, in source order. The rows for a choice of cities
// then only pick from those lists, and a choice asked for again (back to a category seen before)
// is read from the memo, the same array, so nothing downstream redraws. After a choice is
// answered, the other categories for the same cities are worked out while the browser is idle,
// so the next category switch reads too.
//
//   const index = new AlignIndex(itemsByCity, concepts);
//   index.rows('health', ['a', 'b'])   // === alignByConcept({ cities, category, itemsByCity, concepts })
//
// The result equals alignByConcept's (alignIndex.test.ts checks it on the real plans).
import { CATEGORY_IDS } from '$lib/data/contract/common';
import type { CategoryId, Concept, PlanItem } from '$lib/data/schemas';
import type { AlignedRow } from './alignByConcept';

interface CategoryLists {
  /** Each city's items of the category, in source order. */
  byCity: Map<string, PlanItem[]>;
  /** Per concept (by its index), its items of the category, city by city, in source order. */
  byConcept: Map<string, PlanItem[]>[];
}

/** How many answers are kept: every category for a few city sets. */
const MEMO_SIZE = 64;

export class AlignIndex {
  #itemsByCity: ReadonlyMap<string, readonly PlanItem[]>;
  #concepts: readonly Concept[];
  #conceptsOf = new Map<string, number[]>();
  #lists = new Map<CategoryId, CategoryLists>();
  #memo = new Map<string, AlignedRow[]>();
  #warming: (() => void) | null = null;

  /** `itemsByCity`: each loaded city's items in source order (a map, or its entries). */
  constructor(
    itemsByCity: Iterable<readonly [string, readonly PlanItem[]]>,
    concepts: readonly Concept[],
  ) {
    this.#itemsByCity = new Map(itemsByCity);
    this.#concepts = concepts;
    concepts.forEach((concept, index) => {
      for (const id of new Set(concept.items)) {
        const of = this.#conceptsOf.get(id);
        if (of) of.push(index);
        else this.#conceptsOf.set(id, [index]);
      }
    });
  }

  #listsOf(category: CategoryId): CategoryLists {
    let lists = this.#lists.get(category);
    if (lists) return lists;
    lists = { byCity: new Map(), byConcept: this.#concepts.map(() => new Map()) };
    for (const [city, items] of this.#itemsByCity) {
      const mine: PlanItem[] = [];
      for (const item of items) {
        if (!item.categories?.includes(category)) continue;
        mine.push(item);
        for (const index of this.#conceptsOf.get(item.id) ?? []) {
          const cells = lists.byConcept[index]!;
          const cell = cells.get(city);
          if (cell) cell.push(item);
          else cells.set(city, [item]);
        }
      }
      lists.byCity.set(city, mine);
    }
    this.#lists.set(category, lists);
    return lists;
  }

  /** The grid's rows for `cities` (in their order) in `category`. */
  rows(category: CategoryId, cities: readonly string[]): AlignedRow[] {
    const key = `${category}|${cities.join(',')}`;
    const known = this.#memo.get(key);
    if (known) return known;
    const rows = this.#align(category, cities);
    if (this.#memo.size >= MEMO_SIZE) this.#memo.delete(this.#memo.keys().next().value!);
    this.#memo.set(key, rows);
    this.#warm(cities);
    return rows;
  }

  #align(category: CategoryId, cities: readonly string[]): AlignedRow[] {
    const { byCity, byConcept } = this.#listsOf(category);
    const spread = (cells: readonly PlanItem[][]) => cells.filter((c) => c.length > 0).length;
    const members = this.#concepts
      .map((concept, index) => {
        const cells = cities.map((city) => byConcept[index]!.get(city) ?? []);
        return { concept, index, cells, size: cells.reduce((n, c) => n + c.length, 0) };
      })
      .filter((m) => spread(m.cells) >= 2)
      .sort((a, b) => spread(b.cells) - spread(a.cells) || b.size - a.size || a.index - b.index);

    const placed = new Set<string>();
    const rows: AlignedRow[] = [];
    for (const { concept, cells } of members) {
      const free = cells.map((cell) => cell.filter((item) => !placed.has(item.id)));
      const count = spread(free);
      // A concept left with one city after greedier rows took its items aligns nothing any more.
      if (count < 2) continue;
      for (const cell of free) for (const item of cell) placed.add(item.id);
      rows.push({ concept, cells: free, cityCount: count });
    }
    rows.sort((a, b) => b.cityCount - a.cityCount);

    const rest = cities.map((city) =>
      (byCity.get(city) ?? []).filter((item) => !placed.has(item.id)),
    );
    if (rest.some((cell) => cell.length))
      rows.push({ concept: null, cells: rest, cityCount: spread(rest) });
    return rows;
  }

  /** Works out every other category for `cities` while the browser is idle, one per callback. */
  #warm(cities: readonly string[]) {
    if (typeof requestIdleCallback === 'undefined') return;
    this.#warming?.();
    const todo = CATEGORY_IDS.filter((c) => !this.#memo.has(`${c}|${cities.join(',')}`));
    let handle = 0;
    const next = () => {
      const category = todo.shift();
      if (!category) return (this.#warming = null);
      const key = `${category}|${cities.join(',')}`;
      if (!this.#memo.has(key)) this.#memo.set(key, this.#align(category, cities));
      handle = requestIdleCallback(next);
    };
    handle = requestIdleCallback(next);
    this.#warming = () => cancelIdleCallback(handle);
  }
}
