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
import { PlanSourceFile } from './planSource';

export * from './planSource';

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
