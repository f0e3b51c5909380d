// English strings beside conceptMessages.ts's Japanese ones.
import type { ConceptMessages } from './conceptMessages';

const en: ConceptMessages = {
  heading: 'How accurate shared concepts and unique approaches are',
  sets: (seed: number, dev: number, plans: number, unique: number, uniqueDev?: number) =>
    `Hand-judged item pairs: ${seed} pairs of the four cities, ${dev} pairs of the reader's made-up dev-set plans (${plans}). Unique approaches: ${unique} hand-picked items of the four cities${uniqueDev ? `, ${uniqueDev} of the made-up plans` : ''}.`,
  pairsCaption: 'Item pairs: precision and recall per method',
  method: 'Method',
  set: 'Data',
  precision: 'Precision',
  recall: 'Recall',
  counts: 'Hits / false matches / misses',
  methods: {
    title: 'Titles only, lexicon only (earlier)',
    sentence: 'Titles and text sentences, lexicon only',
    'sentence-near': 'Titles and sentences + close titles without a lexicon (in use)',
    'sentence-close': 'Close matches (narrower concepts) only',
  },
  setNames: {
    training: 'Training (four cities)',
    leaveOneCityOut: 'Leave one city out',
    dev: 'Made-up dev-set plans',
  },
  uniqueCaption: 'Unique approaches: share found, and share shown inside a shared concept',
  found: 'Found',
  shownShared: 'Inside a shared concept',
  entries: 'Entries listed',
  note: 'Training figures are measured on the four plans the synonym lexicon was written from. Leave one city out scores each city without the synonyms that only its own text motivated (words of the field vocabulary stay, as for labels); the dev set is made-up plans the lexicon never saw. The last two are closer to what a new city gets. The dev-set plans are measured on the titles of their gold items only. The close-title threshold was set while reading the dev-set pair scores, so the dev figure is a development figure, not a held-out one. The dev-set unique approaches were picked from the gold titles of the made-up plans alone, before the matcher was run on them.',
  targets: (r: string, p: string, u: string, s: string) =>
    `Targets: pair recall ≥ ${r} at precision ≥ ${p}; unique-approach recall ≥ ${u}, at most ${s} shown inside a shared concept.`,
  hierarchy: (broad: number, close: number, under: number) =>
    `Shared concepts now: ${broad} broad, ${close} close matches (${under} of them under a broad concept).`,
};

export default en;
