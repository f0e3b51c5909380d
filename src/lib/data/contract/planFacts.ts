// Plan-level facts (title, vision, period, population …), each with the line that states it.
// Part of the data contract; see ../schemas.ts.
import * as z from 'zod/mini';
import { list, SourceRef, SourcedText } from './common';

export const PopulationFigure = z.object({
  value: z.number(),
  year: z.int(),
  kind: z.enum(['target', 'projection', 'actual']),
  note: z.optional(z.string()),
  source: SourceRef,
});
export type PopulationFigure = z.infer<typeof PopulationFigure>;

export const PlanFacts = z.object({
  title: z.string(),
  period: z.optional(
    z.object({ start: z.int(), end: z.int(), note: z.optional(z.string()), source: SourceRef }),
  ),
  vision: z.optional(z.string()),
  layers: list(z.string(), 20),
  provenance: z.object({
    title: SourceRef,
    vision: z.optional(SourceRef),
    layers: z.optional(SourceRef),
  }),
  population: list(PopulationFigure, 100),
  viewpoints: list(SourcedText, 100),
  /** The plan's term in the source's own words, for a plan that states no fiscal years (いわき). */
  term: z.optional(SourcedText),
});
export type PlanFacts = z.infer<typeof PlanFacts>;
