// The partnership regions as small maps, one panel per city, placed in a slide's figure box.
// Each panel is the /regions page's default view of that city (makeRegionView, the same areas
// and points as its SVG and maplibre maps) projected with d3-geo to the panel's size, with the
// city labelled and its frameworks counted by kind under the map. Pure: d3-geo draws no DOM.
import { geoMercator, geoPath } from 'd3-geo';
import type { FeatureCollection } from 'geojson';
import type { Municipality, Regions } from '$lib/data/schemas';
import { makeAreaCollection, makePointCollection, type Shape } from '$lib/map/features';
import type { LonLat } from '$lib/map/hull';
import { makeRegionView } from '$lib/map/regionView';
import type { Box } from '../layoutSlide';

export const PANEL = { name: 26, count: 22, kind: 20, label: 22, gap: 20, head: 70, kindLine: 27 };

export interface RegionPanelInput {
  regions: Regions;
  municipalities: Municipality[];
  land: FeatureCollection<Shape> | null;
  cities: readonly string[];
  lang: 'ja' | 'en';
}

export interface RegionPanel {
  city: string;
  box: Box;
  map: Box;
  land: string[];
  areas: { id: string; d: string; color: string; dashed: boolean }[];
  points: { code: string; x: number; y: number; city: boolean; name: string }[];
  frameworks: number;
  /** Kinds with their counts, most first; prefecture-wide bodies are counted apart. */
  kinds: { kind: string; count: number }[];
  wide: number;
  kindTop: number;
}

export function layoutRegionPanels(
  input: RegionPanelInput,
  box: Box,
  kindLines: number,
): RegionPanel[] {
  const { gap, head, kindLine } = PANEL;
  const n = Math.max(1, input.cities.length);
  const width = (box.width - gap * (n - 1)) / n;
  const mapHeight = box.height - head - kindLines * kindLine - 12;
  return input.cities.map((city, i) => {
    const panel = { x: box.x + i * (width + gap), y: box.y, width, height: box.height };
    const map = { x: panel.x, y: panel.y + head, width, height: Math.max(40, mapHeight) };
    const view = makeRegionView({
      regions: input.regions,
      municipalities: input.municipalities,
      city,
      selected: null,
      municipality: null,
      toggled: new Set(),
    });
    const projection = geoMercator()
      .fitExtent(
        [
          [map.x + 24, map.y + 24],
          [map.x + map.width - 24, map.y + map.height - 24],
        ],
        { type: 'MultiPoint', coordinates: view.focus as LonLat[] },
      )
      .clipExtent([
        [map.x, map.y],
        [map.x + map.width, map.y + map.height],
      ]);
    const path = geoPath(projection);
    const areas = makeAreaCollection(view, input.municipalities).features.map((f) => ({
      id: f.properties.id,
      d: path(f) ?? '',
      color: f.properties.color,
      dashed: f.properties.approximate,
    }));
    const points = makePointCollection(view, input.lang).features.flatMap((f) => {
      const at = projection(f.geometry.coordinates as LonLat);
      return at
        ? [
            {
              code: f.properties.code,
              x: at[0],
              y: at[1],
              city: f.properties.city,
              name: f.properties.name,
            },
          ]
        : [];
    });
    const counts = new Map<string, number>();
    let wide = 0;
    for (const p of view.frameworks) {
      if (p.framework.scope === 'prefecture') wide += 1;
      else counts.set(p.framework.kind, (counts.get(p.framework.kind) ?? 0) + 1);
    }
    const kinds = [...counts]
      .map(([kind, count]) => ({ kind, count }))
      .sort((a, b) => b.count - a.count);
    return {
      city,
      box: panel,
      map,
      land: (input.land?.features ?? []).map((f) => path(f) ?? '').filter(Boolean),
      areas,
      points,
      frameworks: view.frameworks.length,
      kinds,
      wide,
      kindTop: map.y + map.height + 12,
    };
  });
}
