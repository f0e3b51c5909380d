// The per-city curation file (scripts/curation/<city>.json): what no extractor can know. It names
// the city, its sources, where each plan fact is stated (by a quote, not a line number), and which
// outline nodes become which kind of item. Parsed with zod before use, like every data file.
import * as z from 'zod/mini';
import { DocumentKind, ItemKind, Localized, PopulationFigure } from '../../src/lib/data/schemas';
import { MARKER_TYPES } from '../../src/lib/reader/markers';

const NodeTypeEnum = z.enum([...MARKER_TYPES, 'row']);

/** A place in a source found by its words: the first line (after `after`) whose text holds `quote`. */
export const Anchor = z.object({
  quote: z.string().check(z.minLength(1)),
  file: z.optional(z.string()),
  after: z.optional(z.string()),
});
export type Anchor = z.infer<typeof Anchor>;

const Fact = z.object({ ...Anchor.shape, value: z.string(), quote: z.optional(z.string()) });
export type Fact = z.infer<typeof Fact>;

const TextSpec = z.union([
  z.object({ cell: z.string() }),
  z.object({ body: z.literal(true) }),
  z.object({ sections: z.array(z.string()) }),
]);
export type TextSpec = z.infer<typeof TextSpec>;

export const ItemRule = z.object({
  /** Other rules name this one as their parent. */
  name: z.string(),
  kind: ItemKind,
  file: z.string(),
  /** The region: from the line after `from` up to the line before `to` (searched after `from`). */
  from: z.optional(z.string()),
  to: z.optional(z.string()),
  select: z.object({
    types: z.array(NodeTypeEnum),
    /** Only headings (true) or only non-headings (false). */
    heading: z.optional(z.boolean()),
    title: z.optional(z.string()),
    notTitle: z.optional(z.string()),
  }),
  /** Template: {label}, {label0} (first part of 1-1), {n} (ordinal under the parent), {parent}. */
  id: z.string(),
  /** The nearest preceding item of this rule is the parent. */
  parent: z.optional(z.string()),
  /** Or a template for the parent's id, for parents in another file. */
  parentId: z.optional(z.string()),
  title: z.optional(
    z.object({ cell: z.optional(z.string()), strip: z.optional(z.array(z.string())) }),
  ),
  text: z.optional(TextSpec),
  /** Split a title holding several 「…」 names into one item per name (with this suffix). */
  splitQuoted: z.optional(z.object({ suffix: z.string() })),
  /** Rows whose title matches this pattern repeat another row; matched by title. */
  repeatMarker: z.optional(z.string()),
});
export type ItemRule = z.infer<typeof ItemRule>;

/** An item no marker announces, placed by a quote. Its text, when given, must be in the source. */
export const FixedItem = z.object({
  ...Anchor.shape,
  id: z.string(),
  kind: ItemKind,
  parent: z.nullable(z.string()),
  title: z.string(),
  /** The item's text, as passages of the same file (each is checked to occur there). */
  text: z.optional(z.array(z.string())),
  note: z.optional(z.string()),
});
export type FixedItem = z.infer<typeof FixedItem>;

export const Curation = z.object({
  id: z.string(),
  name: Localized,
  prefecture: Localized,
  code: z.string().check(z.regex(/^\d{6}$/)),
  sources: z
    .array(
      z.object({
        file: z.string(),
        title: z.string(),
        /**
         * What the document is, as its own text shows: the kind, the plan parts it holds, and a
         * quote (in this file) that shows it. The build adds the size and finds the quote's line.
         */
        scope: z.object({
          kind: DocumentKind,
          parts: z.array(z.string()),
          quote: z.string().check(z.minLength(1)),
          after: z.optional(z.string()),
        }),
      }),
    )
    .check(z.minLength(1)),
  /** Lines to drop per file (running headers and footers), as written. */
  skip: z.optional(z.record(z.string(), z.array(z.string()))),
  plan: z.object({
    title: Fact,
    period: z.optional(
      z.object({ ...Anchor.shape, start: z.int(), end: z.int(), note: z.optional(z.string()) }),
    ),
    vision: z.optional(Fact),
    layers: z.object({ ...Anchor.shape, values: z.array(z.string()) }),
    population: z.array(
      z.object({ ...Anchor.shape, ...PopulationFigure.shape, source: z.optional(z.never()) }),
    ),
    viewpoints: z.array(Fact),
    term: z.optional(Fact),
  }),
  rules: z.array(ItemRule),
  fixed: z.optional(z.array(FixedItem)),
  /** Notes on items, keyed by local id (anomalies of the source worth telling a reader). */
  notes: z.optional(
    z.record(z.string(), z.object({ note: z.string(), title: z.optional(z.string()) })),
  ),
});
export type Curation = z.infer<typeof Curation>;
