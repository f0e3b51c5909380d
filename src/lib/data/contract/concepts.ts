// `concepts.json`: concepts shared across plans and approaches only one plan takes.
// Part of the data contract; see ../schemas.ts.
import * as z from 'zod/mini';
import { loadDataFile, type Fetch } from '../load';
import { CATEGORY_IDS, CategoryId, CityId, list, Localized, uniqueList } from './common';

export const Concept = z.object({
  id: z.string(),
  label: Localized,
  items: uniqueList(z.string(), 10_000),
  why: Localized,
  score: z.optional(z.number()),
  terms: z.optional(list(z.string(), 1000)),
  categories: z.optional(uniqueList(CategoryId, CATEGORY_IDS.length)),
});
export type Concept = z.infer<typeof Concept>;

export const UniqueApproach = z.object({
  city: CityId,
  label: Localized,
  items: uniqueList(z.string(), 10_000),
  why: Localized,
});
export type UniqueApproach = z.infer<typeof UniqueApproach>;

export const Concepts = z.object({
  concepts: uniqueList(Concept, 20_000, 'id'),
  unique: list(UniqueApproach, 20_000),
});
export type Concepts = z.infer<typeof Concepts>;

export const loadConcepts = (f: Fetch, base: string) =>
  loadDataFile(f, base, 'concepts.json', Concepts);
