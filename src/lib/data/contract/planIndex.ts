// `index.json`: every city's plan summary, without the items.
// Part of the data contract; see ../schemas.ts.
import * as z from 'zod/mini';
import { loadDataFile, type Fetch } from '../load';
import { CityId, list, Localized, uniqueList } from './common';
import { PlanFacts } from './planFacts';
import { PlanSourceFile } from './planSource';

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
  /** The plan's sources with their scope, as in the plan file, so comparisons can say what each city's text is. */
  sources: z.optional(list(PlanSourceFile, 100)),
  /** Items carrying each category, by kind: {category: {kind: n}} (zero counts left out). */
  countsByCategoryKind: z.optional(z.record(z.string(), z.record(z.string(), z.int()))),
  countsByCategory: z.optional(z.record(z.string(), z.int())),
  /** Items naming each SDG, keyed "1"…"17" (zero counts left out), so charts need no plan file. */
  countsBySdg: z.optional(z.record(z.string(), z.int())),
});
export type PlanSummary = z.infer<typeof PlanSummary>;

export const PlanIndex = z.object({
  version: z.literal(1),
  cities: uniqueList(PlanSummary, 2000, 'id'),
});
export type PlanIndex = z.infer<typeof PlanIndex>;

export const loadIndex = (f: Fetch, base: string) => loadDataFile(f, base, 'index.json', PlanIndex);
