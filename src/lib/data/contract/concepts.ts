// `concepts.json`: concepts shared across plans and approaches only one plan takes.
// Part of the data contract; see ../schemas.ts.
import * as z from 'zod/mini';
import { loadDataFile, type Fetch } from '../load';
import { CategoryId, CityId, Localized } from './common';

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

export const loadConcepts = (f: Fetch, base: string) =>
  loadDataFile(f, base, 'concepts.json', Concepts);
