// English UI strings beside messages.ts's Japanese ones; loaded only when the URL asks for
// English (see $lib/i18n/catalog).
import { plural } from '$lib/i18n/plural';
import type { PlanMessages } from './messages';

const en: PlanMessages = {
  outlineHeading: 'Plan structure',
  expandAll: 'Expand all',
  collapseAll: 'Collapse all',
  childCount: (title: string, n: number) => `“${title}” (${plural(n, 'item', 'items')} below)`,
  viewerHeading: 'Source text',
  viewerEmpty: 'Choose an item to see its place in the source text.',
  viewerClose: 'Close',
  viewerLines: (a: number, b: number) => (a === b ? `line ${a}` : `lines ${a}–${b}`),
  openRaw: 'Open the text file',
  breadcrumb: 'Breadcrumb',
  repeats: 'Original',
  repeatsOf: (title: string) => `Open the item “${title}” repeats`,
  badItem: (v: string) => `There is no item “${v}” in this plan.`,
  sdgGoal: (n: number) => `SDG ${n}`,
  labelsHeading: 'Categories and SDGs',
};

export default en;
