// English UI strings beside messages.ts's Japanese ones; loaded only when the URL asks for
// English (see $lib/i18n/catalog).
import type { Messages } from './messages';
import { VIEW_NAMES } from '$lib/i18n/citedNames';

const en: Messages = {
  title: VIEW_NAMES.compare.en,
  intro:
    "The chosen cities' comprehensive plans on one seven-category taxonomy. Choose a heat-map cell to line up that category's items city by city, with comparable items aligned on one row per shared concept.",
  sectionsLabel: 'On this page',
  pickerLegend: 'Cities to compare, in order',
  moveUp: (city) => `Move ${city} earlier`,
  moveDown: (city) => `Move ${city} later`,
  keepOne: 'Keep at least one city',
  ignored: (list) => `These URL values are not valid and were ignored: ${list}`,
  matrixHeading: 'Items per category',
  matrixNote:
    "Share = items with the category ÷ all the plan's items. An item can carry several categories, so shares can add up to more than 100%.",
  metricLabel: 'Value shown',
  metricCount: 'Item count',
  metricShare: 'Share of the plan',
  heatLabel: (metric) => `Heat map of ${metric.toLowerCase()} by city and category`,
  heatHint: 'Choose a cell to open the side-by-side grid below at that category.',
  showTable: 'Show as a table (sortable; opens a category)',
  definitions: 'Category definitions',
  sdgHeading: 'The 17 SDGs',
  gridHeading: (cat) => `Side by side: ${cat}`,
  gridHeadingNone: 'Items side by side',
  overviewHeading: 'Plans at a glance',
  emphasisLabel: (city) => `${city}: share of items per category`,
  legendLow: 'fewer',
  legendHigh: 'more',
  legendNoSdg: 'no item names the goal',
};

export default en;
