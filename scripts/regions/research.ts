// The shape of data/research/partnerships.json as far as the build reads it. Parsing it
// first means a change in the research file fails loudly here instead of writing odd data.
import * as z from 'zod/mini';

const Sourced = z.object({
  value: z.nullable(z.string()),
  source: z.array(z.string()),
  confirmed: z.boolean(),
});

export const ResearchMember = z.object({
  name: z.string(),
  pref: z.string(),
  code6: z.string(),
  role: z.optional(z.string()),
  confirmed: z.boolean(),
});

export const ResearchFramework = z.object({
  id: z.string(),
  name_ja: z.string(),
  name_en: z.string(),
  kind_ja: z.string(),
  kind_en: z.string(),
  members: z.union([z.array(ResearchMember), z.string()]),
  members_count: z.optional(z.int()),
  members_confirmed: z.boolean(),
  members_source: z.array(z.string()),
  purpose: Sourced,
  start: Sourced,
  confirmed: z.boolean(),
  source: z.array(z.string()),
});
export type ResearchFramework = z.infer<typeof ResearchFramework>;

export const ResearchMunicipality = z.object({
  name: z.string(),
  kana: z.string(),
  pref: z.string(),
  code6: z.string(),
  code_confirmed: z.boolean(),
  lat: z.number(),
  lng: z.number(),
  coord_source: z.array(z.string()),
  coord_confirmed: z.boolean(),
  coord_note: z.optional(z.string()),
});
export type ResearchMunicipality = z.infer<typeof ResearchMunicipality>;

export const Research = z.object({
  generated: z.string(),
  frameworks: z.array(ResearchFramework),
  municipalities: z.array(ResearchMunicipality),
});
export type Research = z.infer<typeof Research>;
