// The /regions URL values that name nothing on the page: they are ignored, and the page says so.
import type { Framework } from '$lib/data/schemas';

export interface RegionParams {
  city: string | null;
  fw: string | null;
  m: string | null;
}

/** `name=value` pairs that were ignored, given the city the page fell back to. */
export function findIgnoredParams(
  params: RegionParams,
  cityIds: readonly string[],
  shownCity: string,
  frameworks: readonly Framework[],
  municipalityCodes: ReadonlySet<string>,
): string[] {
  const ignored: string[] = [];
  if (params.city && !cityIds.includes(params.city)) ignored.push(`city=${params.city}`);
  const framework = frameworks.find((f) => f.id === params.fw);
  if (params.fw && !framework?.cities.includes(shownCity)) ignored.push(`fw=${params.fw}`);
  if (params.m && !municipalityCodes.has(params.m)) ignored.push(`m=${params.m}`);
  return ignored;
}
