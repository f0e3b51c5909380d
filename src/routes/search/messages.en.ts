// English UI strings beside messages.ts's Japanese ones; loaded only when the URL asks for
// English (see $lib/i18n/catalog).
import { plural } from '$lib/i18n/plural';
import type { SearchMessages } from './messages';
import { VIEW_NAMES } from '$lib/i18n/citedNames';

const en: SearchMessages = {
  queryTitle: (q: string) => `“${q}” — `,
  title: VIEW_NAMES.search.en,
  intro:
    "Searches every item (title and description) of the cities' plans, by word prefix; a phrase that does not match as written is split into words. Press / anywhere to jump to the search field.",
  empty: 'Type a word or phrase into the search field above.',
  loading: 'Loading the items of every city…',
  failed: (why: string) => `Could not load the items (${why}).`,
  summary: (q: string, n: number, cities: number) =>
    n === 0
      ? `No item matches “${q}”.`
      : `${plural(n, 'item matches', 'items match')} “${q}” (${plural(cities, 'city', 'cities')})`,
  cityCount: (n: number) => plural(n, 'item', 'items'),
  badCities: (v: string) => `Ignored the unknown city “${v}”.`,
  pickerLegend: 'Cities to search and their order',
  moveUp: (c: string) => `Move ${c} up`,
  moveDown: (c: string) => `Move ${c} down`,
  keepOne: 'Keep at least one city',
};

export default en;
