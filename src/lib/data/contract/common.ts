// Building blocks every data file shares: categories, item kinds, ids, source references.
// Part of the data contract; see ../schemas.ts.
import * as z from 'zod/mini';

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
  /** For a source read from a PDF (or text with form feeds): the 1-based page of `line`. */
  page: z.optional(positiveInt),
  quote: z.string().check(z.minLength(1)),
});
export type SourceRef = z.infer<typeof SourceRef>;

export const UrlSource = z.object({ url: z.url(), title: z.string() });
export type UrlSource = z.infer<typeof UrlSource>;

/** A plan-level fact (title, vision, a figure …) and the line that states it. */
export const SourcedText = z.object({ value: z.string(), source: SourceRef });
export type SourcedText = z.infer<typeof SourcedText>;
