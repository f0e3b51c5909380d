// One search index per page session, over every city of index.json (a city added by ingest is
// searchable without code changes). Built on the first query, not on page load.
import { buildSearchIndex, type SearchIndex } from '$lib/analysis/buildSearchIndex';
import { getPlans } from '$lib/data/planCache';

let built: { key: string; index: Promise<SearchIndex> } | null = null;

export function getSearchIndex(cities: readonly string[]): Promise<SearchIndex> {
  const key = cities.join(',');
  if (built?.key !== key) {
    const index = getPlans(cities).then((plans) =>
      buildSearchIndex(
        plans.flatMap((p) =>
          p.items.map((i) => ({
            id: i.id,
            city: p.id,
            kind: i.kind,
            title: i.title,
            text: i.text,
          })),
        ),
      ),
    );
    index.catch(() => (built = null));
    built = { key, index };
  }
  return built.index;
}
