// One search index per page session, over every city of index.json (a city added by ingest is
// searchable without code changes). Built on the first query, not on page load. A plan file that
// cannot be read leaves its city out of the index and is reported beside it.
import { buildSearchIndex, type SearchIndex } from '$lib/analysis/buildSearchIndex';
import { settlePlans } from '$lib/data/planCache';

export interface CitySearch {
  index: SearchIndex;
  /** The plan files that could not be read, and why. */
  failed: { city: string; file: string; problem: string }[];
}

let built: { key: string; search: Promise<CitySearch> } | null = null;

export function getSearchIndex(cities: readonly string[]): Promise<CitySearch> {
  const key = cities.join(',');
  if (built?.key !== key) {
    const search = settlePlans(cities).then((results) => ({
      index: buildSearchIndex(
        results.flatMap((r) =>
          r.ok
            ? r.data.items.map((i) => ({
                id: i.id,
                city: r.data.id,
                kind: i.kind,
                title: i.title,
                text: i.text,
              }))
            : [],
        ),
      ),
      failed: results.flatMap((r, i) => (r.ok ? [] : [{ ...r, city: cities[i]! }])),
    }));
    // A failure the page does not show (a fetch that threw something else) is tried again later.
    search.catch(() => (built = null));
    built = { key, search };
  }
  return built.search;
}
