// Which figure a slide draws for the dashboard view it stores. A track keeps views (the URL of a
// page with its state), so the link of a slide still opens that view, and /present draws the
// view's chart composed for a projector. Pure: the view string in, a figure spec out.
import type { CategoryId } from '$lib/data/schemas';
import { parseCategory } from '$lib/state/parseCategory';
import { parseCities } from '$lib/state/parseCities';

export type FigureSpec =
  | { kind: 'periods'; cities: string[] }
  | { kind: 'scope'; cities: string[] }
  | {
      kind: 'categories';
      cities: string[];
      metric: 'level' | 'count' | 'share';
      selected: CategoryId | null;
    }
  | { kind: 'sdgs'; cities: string[] }
  | { kind: 'upset'; cities: string[] }
  | { kind: 'concept'; cities: string[]; concept: string | null }
  | { kind: 'unique'; cities: string[] }
  | { kind: 'regions'; cities: string[] }
  | { kind: 'labels' };

export type FigureKind = FigureSpec['kind'];

export interface FigureContext {
  /** Every city id, in index order. */
  cities: readonly string[];
  conceptIds: readonly string[];
}

/** /compare's ?metric=: count or share, else (absent or unknown) the level a field is named at. */
const readMetric = (value: string | null) =>
  value === 'count' || value === 'share' ? value : 'level';

/** The figure of `view`, or null for a view that has no chart (search, print, an unknown path). */
export function figureOf(view: string, context: FigureContext): FigureSpec | null {
  const url = new URL(view, 'http://local');
  const query = url.searchParams;
  const hash = url.hash.slice(1);
  const cities = parseCities(query.get('cities'), context.cities).cities;
  const path = url.pathname.replace(/\/+$/, '') || '/';
  const plan = /^\/plans\/([a-z][a-z0-9-]*)$/.exec(path)?.[1];
  if (plan) return context.cities.includes(plan) ? { kind: 'scope', cities: [plan] } : null;
  switch (path) {
    case '/':
      return { kind: hash === 'cities' ? 'scope' : 'periods', cities };
    case '/compare':
      if (hash === 'sdgs') return { kind: 'sdgs', cities };
      return {
        kind: 'categories',
        cities,
        metric: readMetric(query.get('metric')),
        selected: parseCategory(query.get('cat')).category,
      };
    case '/shared': {
      const concept = query.get('concept');
      if (concept !== null && context.conceptIds.includes(concept))
        return { kind: 'concept', cities, concept };
      if (hash.startsWith('unique')) return { kind: 'unique', cities };
      if (hash.startsWith('concepts')) return { kind: 'concept', cities, concept: null };
      return { kind: 'upset', cities };
    }
    case '/regions': {
      const city = query.get('city');
      return { kind: 'regions', cities: city && context.cities.includes(city) ? [city] : cities };
    }
    case '/method':
      return { kind: 'labels' };
    default:
      return null;
  }
}

/** The view that draws `spec`, the inverse of figureOf for the default city list. */
export function viewOf(spec: FigureSpec, context: FigureContext): string {
  const all = spec.kind !== 'labels' && spec.cities.join(',') === context.cities.join(',');
  const cities = spec.kind === 'labels' || all ? null : spec.cities.join(',');
  const query = (params: Record<string, string | null>) => {
    const search = new URLSearchParams();
    for (const [k, v] of Object.entries({ cities, ...params })) if (v !== null) search.set(k, v);
    const text = search.toString().replace(/%2C/g, ',');
    return text ? `?${text}` : '';
  };
  switch (spec.kind) {
    case 'periods':
      return `/${query({})}`;
    case 'scope':
      return spec.cities.length === 1 && !all ? `/plans/${spec.cities[0]}` : `/${query({})}#cities`;
    case 'categories':
      return `/compare${query({ cat: spec.selected, metric: spec.metric === 'level' ? null : spec.metric })}#matrix`;
    case 'sdgs':
      return `/compare${query({})}#sdgs`;
    case 'upset':
      return `/shared${query({})}`;
    case 'concept':
      return spec.concept === null
        ? `/shared${query({})}#concepts-heading`
        : `/shared${query({ concept: spec.concept })}`;
    case 'unique':
      return `/shared${query({})}#unique-heading`;
    case 'regions':
      return spec.cities.length === 1 && !all
        ? `/regions?city=${spec.cities[0]}`
        : `/regions${query({})}`;
    case 'labels':
      return '/method';
  }
}
