// `concepts.json`: concepts shared across plans and approaches only one plan takes.
// Part of the data contract; see ../schemas.ts.
import * as z from 'zod/mini';
import { loadDataFile, type Fetch } from '../load';
import { CATEGORY_IDS, CategoryId, CityId, list, Localized, SourceRef, uniqueList } from './common';

/** A member of a concept and the words that make it one, at their source lines. */
export const ConceptMember = z.object({
  item: z.string(),
  /** Where the item says it: its title, or a sentence or clause of its text. */
  from: z.enum(['title', 'text']),
  source: SourceRef,
});
export type ConceptMember = z.infer<typeof ConceptMember>;

export const Concept = z.object({
  id: z.string(),
  label: Localized,
  items: uniqueList(z.string(), 10_000),
  why: Localized,
  score: z.optional(z.number()),
  terms: z.optional(list(z.string(), 1000)),
  categories: z.optional(uniqueList(CategoryId, CATEGORY_IDS.length)),
  /** broad: a synonym-lexicon concept (防災・減災); close: a shared compound or name (自主防災組織). */
  level: z.optional(z.enum(['broad', 'close'])),
  /** For a close concept: the id of the broad concept it sits under. */
  parent: z.optional(z.string()),
  /** One per item, in the order of `items`: the quote that makes the item a member. */
  members: z.optional(list(ConceptMember, 10_000)),
});
export type Concept = z.infer<typeof Concept>;

export const UniqueApproach = z.object({
  city: CityId,
  label: Localized,
  items: uniqueList(z.string(), 10_000),
  why: Localized,
  /** Ranking score (higher is more distinctive); the list is sorted by it. */
  rank: z.optional(z.number()),
  /** The distinctive term, as the title writes it. */
  term: z.optional(z.string()),
});
export type UniqueApproach = z.infer<typeof UniqueApproach>;

export const Concepts = z.object({
  concepts: uniqueList(Concept, 20_000, 'id'),
  unique: list(UniqueApproach, 20_000),
});
export type Concepts = z.infer<typeof Concepts>;

export const loadConcepts = (f: Fetch, base: string) =>
  loadDataFile(f, base, 'concepts.json', Concepts);
