// English UI strings beside gridMessages.ts's Japanese ones; loaded only when the URL asks for
// English (see $lib/i18n/catalog).
import { plural } from '$lib/i18n/plural';
import type { GridMessages } from './gridMessages';

const en: GridMessages = {
  otherRow: 'Items not matched to a shared concept',
  conceptWhy: 'Why these match',
  citiesInRow: (n, of) => `${n} of ${plural(of, 'city', 'cities')}`,
  noItems: 'None',
  labels: 'Categories',
  curated: 'Labelled by hand',
  rules: (terms) => `Matched terms: ${terms}`,
  rulesNoTerms: 'Labelled by rules',
  openSource: 'Source',
  loadingPlans: "Loading the cities' items…",
  gridPick: 'Category',
  gridEmpty: "Choose a category to see each city's items side by side.",
  gridNone: 'None of the chosen cities has items in this category.',
  gridIntro:
    'Items of the same concept sit on one row. Highlighted: the shared terms the concept was matched on.',
};

export default en;
