// `taxonomy.json`: the common categories and their definitions.
// Part of the data contract; see ../schemas.ts.
import * as z from 'zod/mini';
import { loadDataFile, type Fetch } from '../load';
import { CategoryId, Localized, UrlSource } from './common';

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

export const loadTaxonomy = (f: Fetch, base: string) =>
  loadDataFile(f, base, 'taxonomy.json', Taxonomy);
