// GeoJSON for the renderers, built from a RegionView. Areas are the members' real polygons when
// N03 boundaries were imported for every member, else the rounded hull around their city halls.
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { Municipality } from '$lib/data/schemas';
import { makeHull, type LonLat } from './hull';
import type { PlacedFramework, RegionView } from './regionView';

export type Shape = Polygon | MultiPolygon;

export interface AreaProps {
  id: string;
  color: string;
  selected: boolean;
  /** True for a hull around city halls, false for imported boundaries. */
  approximate: boolean;
}

export interface PointProps {
  code: string;
  name: string;
  highlighted: boolean;
  city: boolean;
}

function areaGeometry(
  p: PlacedFramework,
  byCode: Map<string, Municipality>,
  shapes?: Map<string, Shape>,
) {
  const members = p.framework.members;
  if (shapes && members.every((c) => shapes.has(c))) {
    const polygons = members.flatMap((c) => {
      const s = shapes.get(c)!;
      return s.type === 'Polygon' ? [s.coordinates] : s.coordinates;
    });
    return {
      geometry: { type: 'MultiPolygon', coordinates: polygons } as MultiPolygon,
      approximate: false,
    };
  }
  const points = members.flatMap((c) => {
    const m = byCode.get(c);
    return m ? [[m.lon, m.lat] as LonLat] : [];
  });
  return { geometry: makeHull(points), approximate: true };
}

/** One area per drawn framework, the selected one last so it paints on top. */
export function makeAreaCollection(
  view: RegionView,
  municipalities: readonly Municipality[],
  shapes?: Map<string, Shape>,
): FeatureCollection<Shape, AreaProps> {
  const byCode = new Map(municipalities.map((m) => [m.code, m]));
  // A prefecture-wide body covers the whole prefecture, not the hull of the members we happen to
  // list, so it gets no area: its layer is its highlighted members.
  const drawn = view.frameworks.filter(
    (p) => (p.visible || p === view.selected) && p.framework.scope !== 'prefecture',
  );
  drawn.sort((a, b) => Number(a === view.selected) - Number(b === view.selected));
  const features: Feature<Shape, AreaProps>[] = drawn.map((p) => {
    const { geometry, approximate } = areaGeometry(p, byCode, shapes);
    return {
      type: 'Feature',
      properties: {
        id: p.framework.id,
        color: p.color,
        selected: p === view.selected,
        approximate,
      },
      geometry,
    };
  });
  return { type: 'FeatureCollection', features };
}

export function makePointCollection(
  view: RegionView,
  lang: 'ja' | 'en',
): FeatureCollection<Point, PointProps> {
  return {
    type: 'FeatureCollection',
    features: view.shown.map((m) => ({
      type: 'Feature',
      id: Number(m.code),
      properties: {
        code: m.code,
        name: m.name[lang],
        highlighted: view.highlighted.has(m.code),
        city: m.code === view.cityCode,
      },
      geometry: { type: 'Point', coordinates: [m.lon, m.lat] },
    })),
  };
}
