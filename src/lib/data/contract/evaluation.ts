// `evaluation.json` and the hand-labelled evaluation set it is measured on.
// Part of the data contract; see ../schemas.ts.
import * as z from 'zod/mini';
import { loadDataFile, type Fetch } from '../load';
import { CategoryId, list, uniqueList } from './common';

/** A hand-labelled item of the evaluation set (tests/eval/items.json), labelled from the definitions. */
export const EvalItem = z.object({
  id: z.string(),
  must: z.array(CategoryId),
  acceptable: z.array(CategoryId),
  sdgs: z.optional(z.array(z.int().check(z.gte(1), z.lte(17)))),
  note: z.optional(z.string()),
});
export type EvalItem = z.infer<typeof EvalItem>;

/** A hand-labelled cross-city pair of the evaluation set (tests/eval/pairs.json). */
export const EvalPair = z.object({
  a: z.string(),
  b: z.string(),
  same: z.boolean(),
  note: z.optional(z.string()),
});
export type EvalPair = z.infer<typeof EvalPair>;

/** A hand-curated label (scripts/curation/labels.json): allowed only with a written reason. */
export const CuratedLabel = z.object({
  id: z.string(),
  categories: z.array(CategoryId).check(z.minLength(1)),
  sdgs: z.optional(z.array(z.int().check(z.gte(1), z.lte(17)))),
  reason: z.string().check(z.minLength(10)),
});
export type CuratedLabel = z.infer<typeof CuratedLabel>;

const Ratio = z.number().check(z.gte(0), z.lte(1));

export const CategoryReport = z.object({
  items: z.int(),
  categories: uniqueList(
    z.object({
      id: CategoryId,
      support: z.int(),
      predicted: z.int(),
      precision: Ratio,
      recall: Ratio,
      f1: Ratio,
    }),
    50,
    'id',
  ),
  macroF1: Ratio,
  microF1: Ratio,
  exactRate: Ratio,
  /** Rows: a must label; columns: what was predicted (last label `none`). */
  confusion: z.object({
    labels: uniqueList(z.string(), 50),
    matrix: list(list(z.int(), 50), 50),
  }),
});
export type CategoryReport = z.infer<typeof CategoryReport>;

/** Labels on one set: strict = every must label and nothing outside must ∪ acceptable, per item. */
export const LabelFigures = z.object({
  items: z.int(),
  labelsStrict: Ratio,
  macroF1: Ratio,
  sdgItems: z.int(),
  sdgsStrict: Ratio,
});
export type LabelFigures = z.infer<typeof LabelFigures>;

/** The labeller held out: leave-one-city-out on the seeds, and the made-up plans of the dev set. */
export const HeldOutLabels = z.object({
  note: z.string(),
  /** How the lexicon's terms are tagged: `field` vocabulary, one city alone, several, none. */
  terms: z.object({
    total: z.int(),
    field: z.int(),
    several: z.int(),
    noSeed: z.int(),
    byCity: z.record(z.string(), z.int()),
  }),
  loo: z.object({
    cities: list(
      z.object({
        city: z.string(),
        items: z.int(),
        removedTerms: z.int(),
        training: LabelFigures,
        heldOut: LabelFigures,
      }),
      50,
    ),
    training: LabelFigures,
    heldOut: LabelFigures,
  }),
  /** The dev set's gold trees labelled (the labeller alone), and the reader run end to end. */
  devSet: z.nullable(
    z.object({
      fixtures: z.int(),
      labeller: LabelFigures,
      reader: z.nullable(
        z.object({ fixtures: z.int(), found: Ratio, labelsStrict: Ratio, sdgsStrict: Ratio }),
      ),
    }),
  ),
});
export type HeldOutLabels = z.infer<typeof HeldOutLabels>;

/** One hand-written unseen-titles file (tests/eval/unseen-titles*.json) labelled by the rules alone. */
export const UnseenTitlesFigures = z.extend(LabelFigures, {
  /** The file's name under tests/eval/. */
  file: z.string(),
  /** Items whose own title and text fire no category term. */
  silent: z.int(),
  /** Of those, the items whose labels are still strictly right. */
  silentRight: z.int(),
  /** The figures of the file's first read, recorded in it before the labeller was changed for
   * it: the unseen figure; the current ones above are training figures once it was tuned on. */
  firstRead: z.optional(
    z.object({
      labelsStrict: Ratio,
      sdgsStrict: Ratio,
      silent: z.int(),
      /** Date, and the commit when recorded: `2026-12-03, 2e734a6`. */
      measured: z.string(),
    }),
  ),
});
export type UnseenTitlesFigures = z.infer<typeof UnseenTitlesFigures>;
const PairFigures = z.object({
  pairs: z.int(),
  tp: z.int(),
  fp: z.int(),
  fn: z.int(),
  tn: z.int(),
  precision: Ratio,
  recall: Ratio,
});

const UniqueFigures = z.object({
  gold: z.int(),
  found: z.int(),
  recall: Ratio,
  /** Gold single-city approaches a shared concept holds. */
  shownShared: z.int(),
  shownSharedRate: Ratio,
  entries: z.int(),
});

/** Shared concepts and unique approaches: per matching method, training, held out and dev set. */
export const ConceptEvaluation = z.object({
  methods: list(
    z.object({
      id: z.string(),
      training: PairFigures,
      leaveOneCityOut: PairFigures,
      dev: PairFigures,
    }),
    20,
  ),
  unique: z.object({
    training: UniqueFigures,
    leaveOneCityOut: UniqueFigures,
    /** The made-up dev-set plans (tests/eval/unique-dev.json); optional for older files. */
    dev: z.optional(UniqueFigures),
  }),
  sets: z.object({
    seedPairs: z.int(),
    devPairs: z.int(),
    devPlans: z.int(),
    uniqueGold: z.int(),
    uniqueDevGold: z.optional(z.int()),
  }),
  targets: z.object({
    pairRecall: z.number(),
    pairPrecision: z.number(),
    uniqueRecall: z.number(),
    uniqueShownShared: z.number(),
  }),
  note: z.string(),
});
export type ConceptEvaluation = z.infer<typeof ConceptEvaluation>;

/** `evaluation.json`: the labeller and the concept matcher measured on the hand-labelled set. */
export const Evaluation = z.object({
  version: z.literal(1),
  evalSet: z.object({ items: z.int(), pairs: z.int(), byCity: z.record(z.string(), z.int()) }),
  /** The thresholds and factors in use, as chosen on the evaluation set. */
  params: z.record(z.string(), z.number()),
  rulesOnly: CategoryReport,
  final: CategoryReport,
  /** Held-out estimate: thresholds tuned on one half of the set, scored on the other. */
  heldOut: z.optional(z.object({ folds: z.int(), macroF1: Ratio, note: z.string() })),
  /** Leave-one-city-out and dev-set figures for the labels (the ones the README quotes). */
  heldOutLabels: z.optional(HeldOutLabels),
  /** Every tests/eval/unseen-titles*.json file, scored by the rules alone; optional for older files. */
  unseenTitles: z.optional(list(UnseenTitlesFigures, 20)),
  sdgs: z.nullable(
    z.object({ items: z.int(), precision: Ratio, recall: Ratio, f1: Ratio, jaccard: Ratio }),
  ),
  pairs: z.nullable(
    z.object({
      pairs: z.int(),
      missing: z.int(),
      tp: z.int(),
      fp: z.int(),
      fn: z.int(),
      tn: z.int(),
      precision: Ratio,
      recall: Ratio,
      f1: Ratio,
      /** The score cut with the best recall at the target precision, if any cut reaches it. */
      bestCut: z.optional(
        z.nullable(z.object({ threshold: z.number(), precision: Ratio, recall: Ratio })),
      ),
    }),
  ),
  labelling: z.object({
    items: z.int(),
    curated: z.int(),
    rulesAgree: z.int(),
    rulesAgreement: Ratio,
  }),
  targets: z.object({
    macroF1: z.number(),
    pairRecall: z.number(),
    pairPrecision: z.number(),
    macroF1Met: z.boolean(),
    pairsMet: z.nullable(z.boolean()),
  }),
  concepts: z.optional(ConceptEvaluation),
});
export type Evaluation = z.infer<typeof Evaluation>;

export const loadEvaluation = (f: Fetch, base: string) =>
  loadDataFile(f, base, 'evaluation.json', Evaluation);
