// English strings beside viewerMessages.ts's Japanese ones; loaded only when the URL asks for
// English (see $lib/i18n/catalog).
import { plural } from '$lib/i18n/plural';
import type { ViewerMessages } from './viewerMessages';

const en: ViewerMessages = {
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
  sourceLinesLabel: (file: string) => `Source text ${file}`,
  markedLead: 'Marked: ',
  markedCount: (n: number) => (n ? ` (${plural(n, 'place', 'places')})` : ' (not in these lines)'),
  markedFromLabels: (n: number) =>
    `Marked: the terms behind the labels (${plural(n, 'place', 'places')})`,
};

export default en;
