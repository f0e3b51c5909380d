// English UI strings beside messages.ts's Japanese ones; loaded only when the URL asks for
// English (see $lib/i18n/catalog).
import type { Messages } from './messages';
import { VIEW_NAMES } from '$lib/i18n/citedNames';
import { plural } from '$lib/i18n/plural';

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
  matrixHeading: 'Categories compared',
  matrixNote:
    "Share = items with the category ÷ all the items in the city's available text. An item can carry several categories, so shares can add up to more than 100%.",
  metricLabel: 'Value shown',
  metricLevel: 'Level addressed (goal, policy, measure)',
  metricCount: 'Item count',
  metricShare: 'Share of items in the available text',
  shareOfAvailable:
    "Shares are of the items in the text available for each city, not of the city's whole plan.",
  levelShort: { goal: 'Goal', policy: 'Policy', measure: 'Measure', other: 'Other' },
  levelAbbr: { goal: 'G', policy: 'P', measure: 'M', other: 'O' },
  levelName: {
    goal: 'named as a goal',
    policy: 'named as a policy',
    measure: 'only in measures',
    other: 'only in principles, viewpoints …',
  },
  levelNone: '—',
  levelCounts: (goals, policies) => `G${goals} · P${policies}`,
  levelTip: (c) =>
    [
      plural(c.goal, 'goal', 'goals'),
      plural(c.policy, 'policy', 'policies'),
      plural(c.measure, 'measure', 'measures'),
      plural(c.other, 'other item', 'other items'),
    ].join(', '),
  levelNote:
    "Each cell shows the highest level at which the plan names the category, and under it the numbers of goals (G) and policies (P). The cities' texts are of different kinds (under each name), so they are compared on whether and how high a category appears, not on item counts.",
  scopeHeading: 'The texts compared',
  scopeNote:
    "A city's text is not always its whole plan. Counts and shares are of the items in that text.",
  scopeDetails: 'What each text holds, and its size',
  heatLabel: (metric) => `Heat map of ${metric.toLowerCase()} by city and category`,
  heatHint: 'Choose a cell to open the side-by-side grid below at that category.',
  showTable: 'Show as a table (sortable; opens a category)',
  definitions: 'Category definitions',
  sdgHeading: 'The 17 SDGs',
  gridHeading: (cat) => `Side by side: ${cat}`,
  gridHeadingNone: 'Items side by side',
  overviewHeading: 'Plans at a glance',
  emphasisLabel: (city) => `${city}: share of items in the available text, per category`,
  legendLow: 'fewer',
  legendHigh: 'more',
  legendNoSdg: 'no item names the goal',
};

export default en;
