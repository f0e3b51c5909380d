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

const counted = (max: number) => z.array(z.unknown()).check(z.maxLength(max));

/**
 * An array of at most `max` entries (the caps are in docs/data-contract.md). The count is checked
 * before any entry is: zod gathers one problem per bad entry, and a million of them would overflow
 * its stack, where this gives one problem at once.
 */
export const list = <T extends z.ZodMiniType>(entry: T, max: number) =>
  z.pipe(counted(max), z.array(entry));

/**
 * A capped array whose entries (or their `field`) are all different: pages key what they draw by
 * these, so a repeat is a problem named where it occurs rather than a page that cannot draw.
 */
export const uniqueList = <T extends z.ZodMiniType>(entry: T, max: number, field?: string) =>
  z.pipe(
    counted(max),
    z.array(entry).check(
      z.check((ctx) => {
        const first = new Map<unknown, number>();
        ctx.value.forEach((value, i) => {
          const id = field ? (value as Record<string, unknown>)[field] : value;
          if (first.has(id))
            ctx.issues.push({
              code: 'custom',
              message: `duplicate ${JSON.stringify(id)} (first at [${first.get(id)}])`,
              input: id,
              path: field ? [i, field] : [i],
            });
          else first.set(id, i);
        });
      }),
    ),
  );

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

/** Only http: and https: links: a javascript: or data: URL never reaches an href. The same test
 * `npm run check:data` applies; a regex, not z.url(), whose URL parser every page would ship. */
export const UrlSource = z.object({
  url: z
    .string()
    .check(z.regex(/^https?:\/\/[^\s/?#]+\S*$/i, 'only http: and https: URLs are allowed')),
  title: z.string(),
});
export type UrlSource = z.infer<typeof UrlSource>;

/** A plan-level fact (title, vision, a figure …) and the line that states it. */
export const SourcedText = z.object({ value: z.string(), source: SourceRef });
export type SourcedText = z.infer<typeof SourcedText>;
