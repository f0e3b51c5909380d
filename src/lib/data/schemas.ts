// The public data contract (../shared/data-contract.md): one schema per file under static/data/.
// The build scripts parse with these before writing and the app parses with them after fetching,
// so the type of every record is `z.infer` of its schema and nowhere else.
import * as z from 'zod/mini';
import { issueMessage } from './issueMessage';

z.config({ localeError: issueMessage });

export const CATEGORY_IDS = [
  'health',
  'children',
  'industry',
  'safety',
  'administration',
  'dx_gx',
  'sdgs',
] as const;
export const CategoryId = z.enum(CATEGORY_IDS);
export type CategoryId = z.infer<typeof CategoryId>;

export const ITEM_KINDS = [
  'priority',
  'viewpoint',
  'principle',
  'goal',
  'policy',
  'method',
  'project',
  'theme',
  'measure',
  'issue',
  'context',
  'strategy',
  'approach',
] as const;
export const ItemKind = z.enum(ITEM_KINDS);
export type ItemKind = z.infer<typeof ItemKind>;

export const Localized = z.object({ ja: z.string(), en: z.string() });
export type Localized = z.infer<typeof Localized>;

export const CityId = z.string().check(z.regex(/^[a-z][a-z0-9-]*$/, 'lowercase romanized id'));

const positiveInt = z.int().check(z.gte(1));

/** A span of a source text: 1-based lines, and a quote that occurs there (after NFKC, whitespace removed). */
export const SourceRef = z.object({
  file: z.string().check(z.regex(/^sources\/[^/]+$/, 'a file under sources/')),
  line: positiveInt,
  endLine: z.optional(positiveInt),
  quote: z.string().check(z.minLength(1)),
});
export type SourceRef = z.infer<typeof SourceRef>;

export const UrlSource = z.object({ url: z.url(), title: z.string() });
export type UrlSource = z.infer<typeof UrlSource>;

/** A plan-level fact (title, vision, a figure …) and the line that states it. */
export const SourcedText = z.object({ value: z.string(), source: SourceRef });
export type SourcedText = z.infer<typeof SourcedText>;

export const PopulationFigure = z.object({
  value: z.number(),
  year: z.int(),
  kind: z.enum(['target', 'projection', 'actual']),
  note: z.optional(z.string()),
  source: SourceRef,
});
export type PopulationFigure = z.infer<typeof PopulationFigure>;

export const PlanFacts = z.object({
  title: z.string(),
  period: z.optional(
    z.object({ start: z.int(), end: z.int(), note: z.optional(z.string()), source: SourceRef }),
  ),
  vision: z.optional(z.string()),
  layers: z.array(z.string()),
  provenance: z.object({
    title: SourceRef,
    vision: z.optional(SourceRef),
    layers: z.optional(SourceRef),
  }),
  population: z.array(PopulationFigure),
  viewpoints: z.array(SourcedText),
  /** The plan's term in the source's own words, for a plan that states no fiscal years (いわき). */
  term: z.optional(SourcedText),
});
export type PlanFacts = z.infer<typeof PlanFacts>;

export const LabelEvidence = z.object({
  label: z.string(),
  terms: z.array(
    z.object({
      term: z.string(),
      weight: z.number(),
      /** 'child': an umbrella heading that names no subject of its own is read through its children. */
      from: z.enum(['self', 'parent', 'child']),
    }),
  ),
  score: z.number(),
});
export type LabelEvidence = z.infer<typeof LabelEvidence>;

export const PlanItem = z.object({
  id: z.string().check(z.regex(/^[a-z][a-z0-9-]*\/[^\s]+$/, '"<city>/<local id>"')),
  parent: z.nullable(z.string()),
  kind: ItemKind,
  title: z.string().check(z.minLength(1)),
  text: z.optional(z.string()),
  source: SourceRef,
  /** The id of the item a (再掲) row repeats. */
  repeats: z.optional(z.string()),
  /** An editor's note on the item (a typo kept verbatim in the quote, a repeat outside the sources). */
  note: z.optional(z.string()),
  categories: z.optional(z.array(CategoryId)),
  sdgs: z.optional(z.array(z.int().check(z.gte(1), z.lte(17)))),
  labelledBy: z.optional(z.enum(['rules', 'curated'])),
  labelReason: z.optional(z.string()),
  evidence: z.optional(z.array(LabelEvidence)),
});
export type PlanItem = z.infer<typeof PlanItem>;

export const PlanSourceFile = z.object({ file: z.string(), title: z.string() });
export type PlanSourceFile = z.infer<typeof PlanSourceFile>;

export const Plan = z.object({
  id: CityId,
  name: Localized,
  prefecture: Localized,
  code: z.string().check(z.regex(/^\d{6}$/, '6-digit local government code')),
  plan: PlanFacts,
  sources: z.array(PlanSourceFile).check(z.minLength(1)),
  items: z.array(PlanItem).check(z.minLength(1)),
});
export type Plan = z.infer<typeof Plan>;

/** `index.json`: what the home page needs about every city, without the items. */
export const PlanSummary = z.object({
  id: CityId,
  name: Localized,
  prefecture: Localized,
  code: z.string(),
  file: z.string().check(z.regex(/^plans\/[a-z][a-z0-9-]*\.json$/)),
  plan: PlanFacts,
  itemCount: z.int(),
  countsByKind: z.record(z.string(), z.int()),
  countsByCategory: z.optional(z.record(z.string(), z.int())),
  /** Items naming each SDG, keyed "1"…"17" (zero counts left out), so charts need no plan file. */
  countsBySdg: z.optional(z.record(z.string(), z.int())),
});
export type PlanSummary = z.infer<typeof PlanSummary>;

export const PlanIndex = z.object({ version: z.literal(1), cities: z.array(PlanSummary) });
export type PlanIndex = z.infer<typeof PlanIndex>;

export const Taxonomy = z.object({
  version: z.literal(1),
  categories: z.array(
    z.object({
      id: CategoryId,
      label: Localized,
      description: Localized,
      counts: z.optional(z.array(Localized)),
      doesNotCount: z.optional(z.array(Localized)),
    }),
  ),
  sdgs: z.array(
    z.object({
      goal: z.int().check(z.gte(1), z.lte(17)),
      label: Localized,
      color: z.string().check(z.regex(/^#[0-9A-Fa-f]{6}$/)),
    }),
  ),
  /** Where the SDG names and colours come from. */
  sources: z.optional(z.array(UrlSource)),
});
export type Taxonomy = z.infer<typeof Taxonomy>;

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
  categories: z.array(
    z.object({
      id: CategoryId,
      support: z.int(),
      predicted: z.int(),
      precision: Ratio,
      recall: Ratio,
      f1: Ratio,
    }),
  ),
  macroF1: Ratio,
  microF1: Ratio,
  exactRate: Ratio,
  /** Rows: a must label; columns: what was predicted (last label `none`). */
  confusion: z.object({ labels: z.array(z.string()), matrix: z.array(z.array(z.int())) }),
});
export type CategoryReport = z.infer<typeof CategoryReport>;

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
});
export type Evaluation = z.infer<typeof Evaluation>;

export const Concept = z.object({
  id: z.string(),
  label: Localized,
  items: z.array(z.string()),
  why: Localized,
  score: z.optional(z.number()),
  terms: z.optional(z.array(z.string())),
  categories: z.optional(z.array(CategoryId)),
});
export type Concept = z.infer<typeof Concept>;

export const UniqueApproach = z.object({
  city: CityId,
  label: Localized,
  items: z.array(z.string()),
  why: Localized,
});
export type UniqueApproach = z.infer<typeof UniqueApproach>;

export const Concepts = z.object({ concepts: z.array(Concept), unique: z.array(UniqueApproach) });
export type Concepts = z.infer<typeof Concepts>;

export const Municipality = z.object({
  code: z.string().check(z.regex(/^\d{6}$/)),
  name: Localized,
  prefecture: z.string(),
  lon: z.number(),
  lat: z.number(),
  /** Where the position comes from (city-hall point). */
  source: z.optional(UrlSource),
  kana: z.optional(z.string()),
  /** True when the position is not a verified city-hall point; `positionNote` says why. */
  positionApproximate: z.optional(z.boolean()),
  positionNote: z.optional(z.string()),
});
export type Municipality = z.infer<typeof Municipality>;

export const Municipalities = z.array(Municipality);
export type Municipalities = z.infer<typeof Municipalities>;

export const Framework = z.object({
  id: z.string(),
  name: Localized,
  kind: z.string(),
  members: z.array(z.string()).check(z.minLength(2)),
  cities: z.array(CityId),
  purpose: Localized,
  since: z.optional(z.int()),
  source: z.union([SourceRef, UrlSource]),
  /** The source's own wording of the kind (一部事務組合（複合的）…) when `kind` is a coarser class. */
  kindDetail: z.optional(Localized),
  /** 'prefecture': every municipality of `prefecture` belongs; `members` lists only those on the map. */
  scope: z.optional(z.enum(['members', 'prefecture'])),
  prefecture: z.optional(z.string()),
  /** The full member count when `members` is a subset (prefecture-wide bodies). */
  memberCount: z.optional(z.int()),
  /** Member code → role as the source states it (中心市, オブザーバー …). */
  roles: z.optional(z.record(z.string(), z.string())),
  sinceText: z.optional(z.string()),
  note: z.optional(Localized),
  /** Every source read for this framework: name, members, purpose, start. */
  sources: z.optional(z.array(z.union([SourceRef, UrlSource]))),
  /** Lines of the compared plans that mention this framework. */
  planMentions: z.optional(z.array(SourceRef)),
  /** What a plan states when it differs from the present (name or members), kept beside it. */
  planVersion: z.optional(
    z.object({
      name: z.string(),
      members: z.array(z.string()),
      source: SourceRef,
      note: Localized,
    }),
  ),
});
export type Framework = z.infer<typeof Framework>;

/** A framework the research found but the map leaves out, and why. */
export const OmittedFramework = z.object({
  id: z.string(),
  name: Localized,
  cities: z.array(CityId),
  reason: Localized,
  sources: z.array(z.union([SourceRef, UrlSource])),
});
export type OmittedFramework = z.infer<typeof OmittedFramework>;

/** A compared city as the regions page needs it: id, municipality code, name. */
export const RegionCity = z.object({ id: CityId, code: z.string(), name: Localized });
export type RegionCity = z.infer<typeof RegionCity>;

export const Regions = z.object({
  frameworks: z.array(Framework),
  omitted: z.optional(z.array(OmittedFramework)),
  cities: z.optional(z.array(RegionCity)),
});
export type Regions = z.infer<typeof Regions>;

/** `geo/index.json`: which geometry files exist; `municipalities` only after `npm run geo:import`. */
export const GeoLayerRef = z.object({ file: z.string(), object: z.string(), source: UrlSource });
export type GeoLayerRef = z.infer<typeof GeoLayerRef>;

export const GeoIndex = z.object({ land: GeoLayerRef, municipalities: z.optional(GeoLayerRef) });
export type GeoIndex = z.infer<typeof GeoIndex>;

/** The parts of a TopoJSON topology the maps rely on; topojson-client decodes the rest, so the
 * objects keep their other keys (geometries, arcs) instead of being stripped. */
export const TopologyFile = z.looseObject({
  type: z.literal('Topology'),
  objects: z.record(z.string(), z.looseObject({ type: z.string() })),
  arcs: z.array(z.array(z.array(z.number()))),
  transform: z.optional(
    z.object({
      scale: z.tuple([z.number(), z.number()]),
      translate: z.tuple([z.number(), z.number()]),
    }),
  ),
});
export type TopologyFile = z.infer<typeof TopologyFile>;
