// The maplibre style: no tiles, no sprite and no glyphs, so nothing is fetched from elsewhere.
// Labels are DOM elements over the map (RegionMap.svelte), since text layers need a glyph server.
// Paint values are data expressions over the AreaProps / PointProps the features carry.
import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';

export const COLORS = {
  sea: '#dfe9f3',
  land: '#fbfaf6',
  coast: '#9aa5b1',
  hall: '#ffffff',
  hallStroke: '#333b47',
  highlighted: '#1b1f27',
  city: '#c25400',
} as const;

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

const selected: ExpressionSpecification = ['boolean', ['get', 'selected'], false];
const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];

/** Hulls are dashed, imported boundaries solid: the line layer a feature goes to. */
export const approximateFilter = (approximate: boolean): FilterSpecification => [
  '==',
  ['get', 'approximate'],
  approximate,
];

export const areaLayers: LayerSpecification[] = [
  {
    id: 'areas-fill',
    type: 'fill',
    source: 'areas',
    paint: {
      'fill-color': ['get', 'color'],
      'fill-opacity': ['case', selected, 0.3, 0.12],
    },
  },
  ...[true, false].map((approximate): LayerSpecification => ({
    id: approximate ? 'areas-line-approximate' : 'areas-line',
    type: 'line',
    source: 'areas',
    filter: approximateFilter(approximate),
    paint: {
      'line-color': ['get', 'color'],
      'line-width': ['case', selected, 3, 1.5],
      ...(approximate ? { 'line-dasharray': [3, 2] } : {}),
    },
  })),
];

export const hallLayer: LayerSpecification = {
  id: 'halls',
  type: 'circle',
  source: 'points',
  paint: {
    'circle-radius': ['case', ['get', 'city'], 6, ['get', 'highlighted'], 5, 3.5],
    'circle-color': [
      'case',
      ['get', 'city'],
      COLORS.city,
      ['get', 'highlighted'],
      COLORS.highlighted,
      COLORS.hall,
    ],
    'circle-stroke-color': COLORS.hallStroke,
    'circle-stroke-width': ['case', hovered, 3, 1.2],
  },
};

export function makeMapStyle(land: FeatureCollection | null): StyleSpecification {
  return {
    version: 8,
    sources: {
      land: { type: 'geojson', data: land ?? EMPTY },
      areas: { type: 'geojson', data: EMPTY },
      points: { type: 'geojson', data: EMPTY },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': COLORS.sea } },
      { id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': COLORS.land } },
      {
        id: 'coast',
        type: 'line',
        source: 'land',
        paint: { 'line-color': COLORS.coast, 'line-width': 0.8 },
      },
      ...areaLayers,
      hallLayer,
    ],
  };
}
