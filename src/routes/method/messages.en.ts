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
    'Read by sentence: not only item titles but the sentences and clauses of their text (split at 「…とともに、」). Each member of a concept shows the words that made it one (its title or a sentence of its text) with its lines in the source.',
    'Broad concepts: groups of terms in the synonym lexicon (e.g. シティセールス, シティプロモーション, 魅力の発信). Items whose title or a sentence names a term of the group form one.',
    "Close matches: a compound holding a broad concept's term (防災 → 自主防災組織), or the same central compound or name of two titles. They sit under their broad concept, so a broad match and a close one are told apart. A concept of one generic word (健全, 行政) is never made.",
    'Candidate pairs come from an inverted index from content words, compounds and concepts to items; no all-pairs comparison. A concept is shared when its items come from two or more cities.',
    'Unique approaches: items most of whose title words no other plan mentions, in titles or text, ranked by rarity (a name, the share of words no other plan uses). No cap per city, and never an item of a shared concept.',
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
  ho: {
    heading: 'Accuracy on the training data and on unseen data',
    intro:
      "The lexicon was written while reading the four cities' plans and the thresholds were chosen on their items, so the four cities' figures are training figures. As an estimate for a plan the lexicon has not seen, each city is relabelled with the terms only its own text holds removed (leave one city out), and the made-up plans of the dev set, which the lexicon was not written from, are labelled too (a development figure: the set was looked at while the reader and this vocabulary were built).",
    caption: 'Label accuracy: training and unseen data',
    set: 'Set',
    kind: 'Kind',
    items: 'Items',
    labelsStrict: 'Labels agree (strict)',
    sdgsStrict: 'SDGs agree (strict)',
    training: 'training',
    heldOut: 'held out',
    dev: 'dev set',
    seedsTraining: 'Four cities (every term)',
    seedsLoo: 'Four cities (leave one city out)',
    cityLoo: (name: string, n: number) => `${name} (without its ${n} own terms)`,
    devLabeller: (n: number) => `${n} made-up dev-set plans (their gold outline labelled)`,
    devReader: (n: number) => `${n} made-up dev-set plans (read end to end)`,
    unseenFirst: (file: string, n: number, when: string) =>
      `Hand-written unseen titles ${file} (${n}), first read (measured ${when}, before the labeller was changed for it)`,
    unseenNow: (file: string, n: number) =>
      `Hand-written unseen titles ${file} (${n}), now (tuned on since: training)`,
    terms: (total: number, field: number, several: number) =>
      `Of the lexicon's ${total} terms, ${field} are field vocabulary written from the taxonomy, the expenditure classes and the SDG targets (never removed) and ${several} occur in two or more cities' texts. Strict: an item counts when it has every required category and nothing outside the acceptable ones. The thresholds stay as chosen on all four cities, so even the leave-one-city-out figure is optimistic.`,
  },
};

export default en;
