// English UI strings beside messages.ts's Japanese ones; loaded only when the URL asks for
// English (see $lib/i18n/catalog).
import { plural } from '$lib/i18n/plural';
import type { SharedMessages } from './messages';
import { VIEW_NAMES } from '$lib/i18n/citedNames';

const en: SharedMessages = {
  nav: 'Shared & unique',
  title: VIEW_NAMES.shared.en,
  jumpUnique: 'Go to the unique approaches',
  intro:
    'Items that express the same idea are grouped into concepts, showing which plans they appear in. Every item links to its source line.',
  pickerLegend: 'Cities to compare and their order',
  moveUp: (c: string) => `Move ${c} up`,
  moveDown: (c: string) => `Move ${c} down`,
  keepOne: 'Keep at least one city',
  badCities: (v: string) => `Ignored the unknown city “${v}”.`,
  badConcept: (v: string) =>
    `Ignored the concept “${v}”: it does not exist or is not shared by the chosen cities.`,
  conceptsHeading: 'Shared concepts',
  upsetHeading: 'Which cities share concepts (UpSet plot)',
  upsetLabel: (n: number) =>
    `Shared concepts per combination of the chosen cities (${plural(n, 'combination', 'combinations')})`,
  upsetHint:
    'Columns: concepts shared by exactly the cities marked with black dots; choose one to jump to its list. Left, number and bar: shared concepts each city is part of.',
  setHeading: (cities: string, n: number) => `${cities} (${plural(n, 'concept', 'concepts')})`,
  columnLabel: (cities: string, n: number) =>
    `${cities}: ${plural(n, 'concept', 'concepts')} (go to the list)`,
  sharedBy: (n: number) => `Shared by ${plural(n, 'city', 'cities')}`,
  none: 'The chosen cities share no concept.',
  why: 'Why these match',
  showEvidence: "Show each city's items",
  hideEvidence: 'Hide items',
  loadingItems: 'Loading items…',
  loadFailed: (why: string) => `Could not load the items (${why}).`,
  itemCount: (n: number) => plural(n, 'item', 'items'),
  openSource: (title: string) => `${title} (open the source)`,
  uniqueHeading: "Each city's unique approaches",
  uniqueNone: 'No unique approach listed.',
  chartTitle: 'Shared concepts per combination of cities',
  legendBar: 'Bar: concepts shared by exactly that combination',
  legendDot: 'Black dot: a city in the combination',
  broad: 'Broad concept',
  close: (parent: string | null) => (parent ? `Close match (within “${parent}”)` : 'Close match'),
  fromText: (line: number) => `a sentence of its text (line ${line})`,
};

export default en;
