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
  sourceLinesLabel: (file: string) => `Source text ${file}`,
  openRaw: 'Open the text file',
  breadcrumb: 'Breadcrumb',
  repeats: 'Original',
  repeatsOf: (title: string) => `Open the item “${title}” repeats`,
  badItem: (v: string) => `There is no item “${v}” in this plan.`,
  sdgGoal: (n: number) => `SDG ${n}`,
  labelsHeading: 'Categories and SDGs',
  labelsOf: (title: string) => `Categories and SDGs of “${title}”`,
  noLabels: 'This item has no category.',
  showEvidence: (name: string) => `Show why “${name}”`,
  evidenceHeading: (name: string) => `Why “${name}”`,
  evidenceTerm: 'Term',
  evidenceWeight: 'Weight',
  evidenceWhere: 'Where it fired',
  evidenceFrom: { self: 'this item', parent: 'the heading above', child: 'the items below' },
  evidenceScore: (score: string) =>
    `Score ${score} (a category is given when its score reaches the minimum and a set share of the top score)`,
  evidenceNone: 'No terms are recorded for this label.',
  curated: 'Labelled by hand. Reason: ',
  method: 'How labels are given (Method page)',
  markedLead: 'Marked: ',
  markedCount: (n: number) => (n ? ` (${plural(n, 'place', 'places')})` : ' (not in these lines)'),
  markedFromLabels: (n: number) =>
    `Marked: the terms behind the labels (${plural(n, 'place', 'places')})`,
};

export default en;
