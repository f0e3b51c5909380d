// `municipalities.json` and `regions.json`: partnership frameworks and their members.
// Part of the data contract; see ../schemas.ts.
import * as z from 'zod/mini';
import { loadDataFile, type Fetch } from '../load';
import { CityId, list, Localized, SourceRef, uniqueList, UrlSource } from './common';

export const Municipality = z.object({
  code: z.string().check(z.regex(/^\d{6}$/)),
  name: Localized,
  prefecture: z.string(),
  lon: z.number(),
  lat: z.number(),
  /** Where the position comes from (city-hall point). */
  source: z.optional(UrlSource),
  kana: z.optional(z.string()),
  /** True when the position is not a verified city-hall point; `positionNote` says why. */
  positionApproximate: z.optional(z.boolean()),
  positionNote: z.optional(z.string()),
});
export type Municipality = z.infer<typeof Municipality>;

export const Municipalities = uniqueList(Municipality, 2000, 'code');
export type Municipalities = z.infer<typeof Municipalities>;

export const Framework = z.object({
  id: z.string(),
  name: Localized,
  kind: z.string(),
  members: uniqueList(z.string(), 2000).check(z.minLength(2)),
  cities: uniqueList(CityId, 2000),
  purpose: Localized,
  since: z.optional(z.int()),
  source: z.union([SourceRef, UrlSource]),
  /** The source's own wording of the kind (一部事務組合（複合的）…) when `kind` is a coarser class. */
  kindDetail: z.optional(Localized),
  /** 'prefecture': every municipality of `prefecture` belongs; `members` lists only those on the map. */
  scope: z.optional(z.enum(['members', 'prefecture'])),
  prefecture: z.optional(z.string()),
  /** The full member count when `members` is a subset (prefecture-wide bodies). */
  memberCount: z.optional(z.int()),
  /** Member code → role as the source states it (中心市, オブザーバー …), with its English. */
  roles: z.optional(z.record(z.string(), Localized)),
  sinceText: z.optional(z.string()),
  note: z.optional(Localized),
  /** Every source read for this framework: name, members, purpose, start. */
  sources: z.optional(list(z.union([SourceRef, UrlSource]), 100)),
  /** Lines of the compared plans that mention this framework. */
  planMentions: z.optional(list(SourceRef, 1000)),
  /** What a plan states when it differs from the present (name or members), kept beside it. */
  planVersion: z.optional(
    z.object({
      name: z.string(),
      members: list(z.string(), 2000),
      source: SourceRef,
      note: Localized,
    }),
  ),
});
export type Framework = z.infer<typeof Framework>;

/** A framework the research found but the map leaves out, and why. */
export const OmittedFramework = z.object({
  id: z.string(),
  name: Localized,
  cities: list(CityId, 2000),
  reason: Localized,
  sources: list(z.union([SourceRef, UrlSource]), 100),
});
export type OmittedFramework = z.infer<typeof OmittedFramework>;

/** A compared city as the regions page needs it: id, municipality code, name. */
export const RegionCity = z.object({ id: CityId, code: z.string(), name: Localized });
export type RegionCity = z.infer<typeof RegionCity>;

export const Regions = z.object({
  frameworks: uniqueList(Framework, 5000, 'id'),
  omitted: z.optional(uniqueList(OmittedFramework, 5000, 'id')),
  cities: z.optional(uniqueList(RegionCity, 2000, 'id')),
});
export type Regions = z.infer<typeof Regions>;

export const loadMunicipalities = (f: Fetch, base: string) =>
  loadDataFile(f, base, 'municipalities.json', Municipalities);

export const loadRegions = (f: Fetch, base: string) =>
  loadDataFile(f, base, 'regions.json', Regions);
