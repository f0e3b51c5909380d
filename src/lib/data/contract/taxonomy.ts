// `taxonomy.json`: the common categories and their definitions.
// Part of the data contract; see ../schemas.ts.
import * as z from 'zod/mini';
import { loadDataFile, type Fetch } from '../load';
import { CategoryId, list, Localized, uniqueList, UrlSource } from './common';

export const Taxonomy = z.object({
  version: z.literal(1),
  categories: uniqueList(
    z.object({
      id: CategoryId,
      label: Localized,
      description: Localized,
      counts: z.optional(list(Localized, 100)),
      doesNotCount: z.optional(list(Localized, 100)),
    }),
    50,
    'id',
  ),
  sdgs: uniqueList(
    z.object({
      goal: z.int().check(z.gte(1), z.lte(17)),
      label: Localized,
      color: z.string().check(z.regex(/^#[0-9A-Fa-f]{6}$/)),
    }),
    50,
    'goal',
  ),
  /** Where the SDG names and colours come from. */
  sources: z.optional(list(UrlSource, 100)),
});
export type Taxonomy = z.infer<typeof Taxonomy>;

export const loadTaxonomy = (f: Fetch, base: string) =>
  loadDataFile(f, base, 'taxonomy.json', Taxonomy);
