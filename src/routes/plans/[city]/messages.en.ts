// English UI strings beside messages.ts's Japanese ones; loaded only when the URL asks for
// English (see $lib/i18n/catalog).
import type { PlanMessages } from './messages';

const en: PlanMessages = {
  outlineHeading: 'Plan structure',
  expandAll: 'Expand all',
  collapseAll: 'Collapse all',
  childCount: (n: number) => `${n}`,
  viewerHeading: 'Source text',
  viewerEmpty: 'Choose an item to see its place in the source text.',
  viewerClose: 'Close',
  viewerLines: (a: number, b: number) => (a === b ? `line ${a}` : `lines ${a}–${b}`),
  sourceLinesLabel: (file: string) => `Source text ${file}`,
  openRaw: 'Open the text file',
  breadcrumb: 'Breadcrumb',
  repeats: 'Original',
  repeatsOf: (title: string) => `Open the item “${title}” repeats`,
  badItem: (v: string) => `There is no item “${v}” in this plan.`,
};

export default en;
