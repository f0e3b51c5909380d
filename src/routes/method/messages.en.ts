// English UI strings beside messages.ts's Japanese ones; loaded only when the URL asks for
// English (see $lib/i18n/catalog).
import { plural } from '$lib/i18n/plural';
import type { MethodMessages } from './messages';

const en: MethodMessages = {
  title: 'Method',
  intro:
    "How the plans' items are put on the same seven categories, how similar items are grouped, and how accurate that is.",
  missing:
    'These files could not be loaded, so the counts they hold (items per city, concepts) are left out:',
  taxonomyHeading: 'Taxonomy',
  taxonomyNote:
    'An item is labelled by what the item itself is about, not by the chapter it sits in. An item may carry several categories.',
  category: 'Category',
  definition: 'Definition',
  counts: 'Counts (examples)',
  doesNotCount: 'Does not count (examples)',
  itemsPerCity: 'Items per city',
  labelsHeading: 'How labels are decided',
  labels: [
    'Lexicon: for each category, terms that signal it, with weights.',
    "Evidence: the weights of the terms found in an item's title and description are added up. The description counts with a factor; the parents' titles count, damped, only when the item itself says nothing. A heading that only groups sub-items is read through its children.",
    "Thresholds: a category is given when its score reaches the minimum and a set share of the item's best score (up to a maximum number of labels). The values were chosen on the evaluation set; see the table.",
    'Evidence kept: each item stores the matched terms, weights and score, and the dashboard shows them as the reason.',
    'Curation: only where the rules go wrong, a label is overridden, always with a written reason.',
  ],
  paramsHeading: 'Parameters in use',
  param: 'Parameter',
  value: 'Value',
  curated: (n: number, total: number, agree: number) =>
    `Of the ${total} evaluation items, ${n} were curated by hand and ${agree} get the same labels from the rules alone.`,
  conceptsHeading: 'How shared concepts are decided',
  concepts: [
    'Synonym lexicon: groups of terms for one idea (e.g. シティセールス, シティプロモーション, 魅力の発信). Items whose titles name a term of the same group form one concept.',
    "Similarity: without a lexicon match, two items are the same concept when the central term of both titles (one carrying a set share of the title's weight) is the same.",
    'A concept is shared when its items come from two or more cities; each concept shows its matched terms and similarity as the reason.',
    "Unique approaches: items whose central terms no other city shares, with most of the title's weight in terms no other plan uses.",
  ],
  conceptCounts: (shared: number, unique: number) =>
    `Current data: ${shared} shared concepts, ${unique} unique approaches.`,
  evalHeading: 'Evaluation',
  evalSet: (items: number, pairs: number) =>
    `Measured on a hand-labelled set (${items} items labelled from the category definitions only) and ${pairs} cross-city item pairs (same concept or not).`,
  byCity: 'Evaluation items per city',
  categoryScores: 'Scores per category (final labels)',
  rulesOnly: 'Rules only',
  final: 'Final (with curation)',
  precision: 'Precision',
  recall: 'Recall',
  f1: 'F1',
  support: 'Support',
  summary: 'Overall',
  macroF1: 'Macro F1',
  microF1: 'Micro F1',
  exactRate: 'Exact-match rate',
  heldOut: (folds: number, f1: string) =>
    `Held-out estimate: thresholds chosen on one half, macro F1 measured on the other: ${f1} (mean of ${folds} folds).`,
  sdgs: (f1: string, p: string, r: string, n: number) =>
    `SDG goal numbers (${plural(n, 'item', 'items')}): F1 ${f1} (precision ${p}, recall ${r}).`,
  pairs: (p: string, r: string, f1: string, n: number) =>
    `Concept matching (${plural(n, 'pair', 'pairs')}): precision ${p}, recall ${r}, F1 ${f1}.`,
  confusion: 'Confusion matrix (final labels)',
  mustVsPredicted: 'Must ↓ predicted →',
  noLabel: 'None',
  targets: 'Targets',
  target: (name: string, value: string, met: boolean | null) =>
    `${name} at least ${value}: ${met === null ? 'not measured' : met ? 'met' : 'not met'}`,
  pairTarget: 'Concept-matching recall and precision',
};

export default en;
