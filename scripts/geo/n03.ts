// 国土数値情報 行政区域 (N03) GeoJSON → one feature per municipality. N03 splits a municipality
// into one feature per island and a 政令指定都市 into its wards; the map joins on 6-digit codes,
// so features are grouped by code (wards under their city) and dissolved into one geometry.
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { merge } from 'topojson-client';
import { topology } from 'topojson-server';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { rewindForD3 } from '../../src/lib/map/rewind';
import { withCheckDigit } from '../regions/codes';
import { toSimplifiedTopology } from './land';

export interface N03Properties {
  N03_001?: string | null; // 都道府県名
  N03_003?: string | null; // 郡・政令市名
  N03_004?: string | null; // 市区町村名
  N03_007?: string | null; // 行政区域コード (5 digits)
}

export interface KnownMunicipality {
  code: string;
  name: { ja: string };
  prefecture: string;
}

export interface ImportOptions {
  /** Keep only these codes (the municipalities the dashboard maps); all when omitted. */
  known?: KnownMunicipality[];
  keep?: number;
  quantization?: number;
}

export interface ImportResult {
  topology: Topology;
  codes: string[];
  skipped: { reason: string; count: number }[];
}

type Unit = { code: string; name: string };

/** The municipality a feature belongs to: a ward belongs to its designated city. */
export function unitOf(p: N03Properties, known?: KnownMunicipality[]): Unit | null {
  const code5 = p.N03_007?.trim();
  if (!code5 || !/^\d{5}$/.test(code5)) return null;
  const city = p.N03_003?.trim() ?? '';
  const name = p.N03_004?.trim() ?? '';
  if (city.endsWith('市') && name.endsWith('区')) {
    const parent = known?.find((m) => m.name.ja === city && m.prefecture === p.N03_001);
    if (parent) return { code: parent.code, name: city };
  }
  return { code: withCheckDigit(code5), name };
}

export function importN03(
  input: FeatureCollection<Polygon | MultiPolygon | null, N03Properties>,
  { known, keep = 0.3, quantization = 1e5 }: ImportOptions = {},
): ImportResult {
  const wanted = known ? new Set(known.map((m) => m.code)) : null;
  const groups = new Map<string, { name: string; features: Feature<Polygon | MultiPolygon>[] }>();
  const skipped = new Map<string, number>();
  const skip = (reason: string) => skipped.set(reason, (skipped.get(reason) ?? 0) + 1);
  for (const f of input.features) {
    if (!f.geometry) {
      skip('no geometry');
      continue;
    }
    const unit = unitOf(f.properties ?? {}, known);
    if (!unit) {
      skip('no municipality code (所属未定地 etc.)');
      continue;
    }
    if (wanted && !wanted.has(unit.code)) {
      skip('not on the map');
      continue;
    }
    const group = groups.get(unit.code) ?? { name: unit.name, features: [] };
    group.features.push({ ...f, geometry: rewindForD3(f.geometry) });
    groups.set(unit.code, group);
  }
  const codes = [...groups.keys()].sort();
  // Dissolve each municipality's pieces on shared arcs, then re-encode all of them together.
  const pieces = topology(
    Object.fromEntries(
      codes.map((c) => [c, { type: 'FeatureCollection', features: groups.get(c)!.features }]),
    ),
  );
  const dissolved: Feature<Polygon | MultiPolygon>[] = codes.map((code) => {
    const object = pieces.objects[code] as GeometryCollection;
    const name = known?.find((m) => m.code === code)?.name.ja ?? groups.get(code)!.name;
    return {
      type: 'Feature',
      id: code,
      properties: { code, name },
      geometry: merge(pieces, object.geometries as never),
    };
  });
  return {
    topology: toSimplifiedTopology({ municipalities: dissolved }, { keep, quantization }),
    codes,
    skipped: [...skipped].map(([reason, count]) => ({ reason, count })),
  };
}
