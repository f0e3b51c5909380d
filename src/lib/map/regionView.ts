// What the regions page shows for one city, computed once from the validated data and the URL
// state: the city's frameworks with a colour each, which are drawn, which municipalities are on
// the map and which are highlighted, and the bounds to fit. Both renderers (SVG and maplibre)
// and the keyboard list read this, so they always agree.
import type { Framework, Municipality, Regions } from '$lib/data/schemas';
import { boundsOf, type LonLat } from './hull';

/**
 * Paul Tol's "muted" scheme, ordered so neighbours in a city's list differ in hue and lightness.
 * Chosen over Tableau 10, whose red and green are almost the same colour to a deuteranope (ΔE 0.9);
 * tests/unit/palette-cvd.test.ts checks every pair a city draws under simulated colour blindness.
 */
export const FRAMEWORK_COLORS = [
  '#332288',
  '#ddcc77',
  '#117733',
  '#cc6677',
  '#88ccee',
  '#882255',
  '#44aa99',
  '#999933',
  '#aa4499',
] as const;

export interface PlacedFramework {
  framework: Framework;
  color: string;
  visible: boolean;
}

export interface RegionViewInput {
  regions: Regions;
  municipalities: Municipality[];
  city: string;
  /** Selected framework id, if any and if it belongs to the city. */
  selected: string | null;
  /** Selected municipality code, if any. */
  municipality: string | null;
  /** Ids whose visibility differs from the default (prefecture-wide bodies start hidden). */
  toggled: ReadonlySet<string>;
}

export interface RegionView {
  frameworks: PlacedFramework[];
  selected: PlacedFramework | null;
  /** Municipalities drawn as points, by code. */
  shown: Municipality[];
  /** Codes drawn emphasised: the selected framework's members, else the selected municipality. */
  highlighted: ReadonlySet<string>;
  /** Codes of the compared city itself. */
  cityCode: string | null;
  focus: [LonLat, LonLat];
}

export const isVisibleByDefault = (f: Framework) => f.scope !== 'prefecture';

/** The frameworks each municipality belongs to, over all of regions.json. */
export function indexMemberships(frameworks: readonly Framework[]): Map<string, Framework[]> {
  const index = new Map<string, Framework[]>();
  for (const f of frameworks)
    for (const code of f.members) index.set(code, [...(index.get(code) ?? []), f]);
  return index;
}

export function makeRegionView(input: RegionViewInput): RegionView {
  const { regions, municipalities, city, toggled } = input;
  const byCode = new Map(municipalities.map((m) => [m.code, m]));
  const frameworks = regions.frameworks
    .filter((f) => f.cities.includes(city))
    .map((framework, i) => ({
      framework,
      color: FRAMEWORK_COLORS[i % FRAMEWORK_COLORS.length]!,
      visible: isVisibleByDefault(framework) !== toggled.has(framework.id),
    }));
  const selected = frameworks.find((p) => p.framework.id === input.selected) ?? null;
  const cityCode = regions.cities?.find((c) => c.id === city)?.code ?? null;

  const shownCodes = new Set<string>(cityCode ? [cityCode] : []);
  for (const p of frameworks)
    if (p.visible || p === selected) for (const c of p.framework.members) shownCodes.add(c);
  if (input.municipality && byCode.has(input.municipality)) shownCodes.add(input.municipality);
  const shown = [...shownCodes].flatMap((c) => byCode.get(c) ?? []);

  const highlighted = new Set<string>(
    selected ? selected.framework.members : input.municipality ? [input.municipality] : [],
  );
  const focusCodes = selected
    ? selected.framework.members
    : frameworks
        .filter((p) => p.visible && p.framework.scope !== 'prefecture')
        .flatMap((p) => p.framework.members);
  const focusPoints = [...focusCodes, ...(cityCode ? [cityCode] : [])].flatMap((c) => {
    const m = byCode.get(c);
    return m ? [[m.lon, m.lat] as LonLat] : [];
  });
  const focus = boundsOf(focusPoints.length ? focusPoints : [[139.7, 35.7]], 12);
  return { frameworks, selected, shown, highlighted, cityCode, focus };
}
