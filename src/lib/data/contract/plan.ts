// `plans/<city>.json`: one plan with its items.
// Part of the data contract; see ../schemas.ts.
import * as z from 'zod/mini';
import { loadDataFile, type Fetch } from '../load';
import {
  CATEGORY_IDS,
  CategoryId,
  CityId,
  ItemKind,
  list,
  Localized,
  SourceRef,
  uniqueList,
} from './common';
import { PlanFacts } from './planFacts';

export const LabelEvidence = z.object({
  label: z.string(),
  terms: list(
    z.object({
      term: z.string(),
      weight: z.number(),
      /** 'child': an umbrella heading that names no subject of its own is read through its children. */
      from: z.enum(['self', 'parent', 'child']),
    }),
    200,
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
  categories: z.optional(uniqueList(CategoryId, CATEGORY_IDS.length)),
  sdgs: z.optional(uniqueList(z.int().check(z.gte(1), z.lte(17)), 17)),
  labelledBy: z.optional(z.enum(['rules', 'curated'])),
  labelReason: z.optional(z.string()),
  evidence: z.optional(list(LabelEvidence, 50)),
});
export type PlanItem = z.infer<typeof PlanItem>;

/**
 * What a source document is: the whole plan, a 概要版, some of its chapters, a draft, a bulletin
 * article, a summary of a policy, or unknown (the text does not say). Comparisons show it beside
 * every figure, because counts from unlike documents are not like for like.
 */
export const DOCUMENT_KINDS = [
  'whole',
  'summary',
  'chapters',
  'draft',
  'bulletin',
  'policy-summary',
  'unknown',
] as const;
export const DocumentKind = z.enum(DOCUMENT_KINDS);
export type DocumentKind = z.infer<typeof DocumentKind>;

export const DocumentScope = z.object({
  kind: DocumentKind,
  /** The parts of the plan the document holds, in its own words (基本構想, 序論 …); empty when it does not say. */
  parts: list(z.string().check(z.minLength(1)), 50),
  /** Characters of the source text, blanks left out. */
  characters: z.int().check(z.gte(0)),
  /** Pages, for a source read from a PDF (its pages separated by form feeds). */
  pages: z.optional(z.int().check(z.gte(1))),
  /** The line that shows what the document is; absent only when the kind is unknown. */
  source: z.optional(SourceRef),
  /** Who said so: the city's curation file, or the reader from the text. */
  by: z.enum(['curation', 'reader']),
});
export type DocumentScope = z.infer<typeof DocumentScope>;

export const PlanSourceFile = z.object({
  file: z.string(),
  title: z.string(),
  /** Required by `npm run check:data`; optional here so a plan stored before it still loads (as unknown). */
  scope: z.optional(DocumentScope),
});
export type PlanSourceFile = z.infer<typeof PlanSourceFile>;

export const Plan = z.object({
  id: CityId,
  name: Localized,
  prefecture: Localized,
  code: z.string().check(z.regex(/^\d{6}$/, '6-digit local government code')),
  plan: PlanFacts,
  sources: uniqueList(PlanSourceFile, 100, 'file').check(z.minLength(1)),
  items: uniqueList(PlanItem, 10_000, 'id').check(z.minLength(1)),
});
export type Plan = z.infer<typeof Plan>;

export const loadPlan = (f: Fetch, base: string, city: string) =>
  loadDataFile(f, base, `plans/${city}.json`, Plan);
