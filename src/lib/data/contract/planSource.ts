// What each source text of a plan is (DocumentScope) and the plan's list of its sources: read by
// index.json as well as by plan files, so every page's first load carries it without Plan.
// Part of the data contract; see ../schemas.ts.
import * as z from 'zod/mini';
import { list, SourceRef } from './common';

/**
 * What a source document is: the whole plan, a 概要版, some of its chapters, a draft, a bulletin
 * article, a summary of a policy, or unknown (the text does not say). Comparisons show it beside
 * every figure, because counts from unlike documents are not like for like.
 */
export const DOCUMENT_KINDS = [
  'whole',
  'summary',
  'chapters',
  'draft',
  'bulletin',
  'policy-summary',
  'unknown',
] as const;
export const DocumentKind = z.enum(DOCUMENT_KINDS);
export type DocumentKind = z.infer<typeof DocumentKind>;

export const DocumentScope = z.object({
  kind: DocumentKind,
  /** The parts of the plan the document holds, in its own words (基本構想, 序論 …); empty when it does not say. */
  parts: list(z.string().check(z.minLength(1)), 50),
  /** Characters of the source text, blanks left out. */
  characters: z.int().check(z.gte(0)),
  /** Pages, for a source read from a PDF (its pages separated by form feeds). */
  pages: z.optional(z.int().check(z.gte(1))),
  /** The line that shows what the document is; absent only when the kind is unknown. */
  source: z.optional(SourceRef),
  /** Who said so: the city's curation file, or the reader from the text. */
  by: z.enum(['curation', 'reader']),
});
export type DocumentScope = z.infer<typeof DocumentScope>;

export const PlanSourceFile = z.object({
  file: z.string(),
  title: z.string(),
  /** Required by `npm run check:data`; optional here so a plan stored before it still loads (as unknown). */
  scope: z.optional(DocumentScope),
});
export type PlanSourceFile = z.infer<typeof PlanSourceFile>;
