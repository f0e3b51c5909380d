// The regions map as a figure file: the same land, areas and city halls the page draws, projected
// with d3-geo from the same data (no tiles, nothing fetched), with a title, a legend, a numbered key
// of every municipality on the map (so none is lost where labels would collide), the
// approximate-area note and the 出典 lines. Pure: data and strings in, SVG text out; the PNG is
// this SVG drawn on a canvas.
import { estimateWidth, wrapText } from '$lib/charts/wrapText';
import { geoMercator, geoPath } from 'd3-geo';
import type { FeatureCollection, Point } from 'geojson';
import type { AreaProps, PointProps, Shape } from './features';
import type { LonLat } from './hull';

export interface FigureLegendEntry {
  color: string;
  label: string;
  approximate: boolean;
}

export interface RegionFigureInput {
  land: FeatureCollection<Shape> | null;
  areas: FeatureCollection<Shape, AreaProps>;
  points: FeatureCollection<Point, PointProps>;
  focus: [LonLat, LonLat];
  title: string;
  /** Area id → its legend entry (name, colour). */
  legend: ReadonlyMap<string, FigureLegendEntry>;
  keyHeading: string;
  /** The legend line of an area with the same members as an earlier one (drawn offset). */
  twinLabel: (label: string, sameAs: string) => string;
  /** Lines under the figure: the approximate-area note, the 出典, the view's URL. */
  footer: readonly string[];
}

const W = 1200;
const MAP = { x: 16, y: 56, w: 760, h: 620 };
const KEY_X = MAP.x + MAP.w + 24;
const FONT = "'Noto Sans CJK JP', 'Noto Sans JP', 'Hiragino Sans', 'Yu Gothic', sans-serif";
/** How far apart the outlines of areas with the same members are drawn, in px. */
const TWIN_OFFSET = 5;

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Areas drawn with the same geometry as an earlier one, by id → how many came before. */
export function twinOffsets(areas: FeatureCollection<Shape, AreaProps>): Map<string, number> {
  const seen = new Map<string, number>();
  const offsets = new Map<string, number>();
  for (const f of areas.features) {
    const key = JSON.stringify(f.geometry.coordinates);
    const n = seen.get(key) ?? 0;
    offsets.set(f.properties.id, n);
    seen.set(key, n + 1);
  }
  return offsets;
}

/** Municipalities numbered west to east (then north to south), the order a reader scans a map. */
export function numberPoints(points: FeatureCollection<Point, PointProps>) {
  return [...points.features]
    .sort(
      (a, b) =>
        a.geometry.coordinates[0]! - b.geometry.coordinates[0]! ||
        b.geometry.coordinates[1]! - a.geometry.coordinates[1]!,
    )
    .map((f, i) => ({ n: i + 1, ...f.properties, at: f.geometry.coordinates as LonLat }));
}

export function makeRegionFigure(input: RegionFigureInput): {
  svg: string;
  width: number;
  height: number;
} {
  const projection = geoMercator()
    .fitExtent(
      [
        [MAP.x + 24, MAP.y + 24],
        [MAP.x + MAP.w - 24, MAP.y + MAP.h - 24],
      ],
      { type: 'MultiPoint', coordinates: input.focus },
    )
    .clipExtent([
      [MAP.x, MAP.y],
      [MAP.x + MAP.w, MAP.y + MAP.h],
    ]);
  const path = geoPath(projection);
  const twins = twinOffsets(input.areas);
  const numbered = numberPoints(input.points);
  const parts: string[] = [];
  const text = (x: number, y: number, size: number, s: string, extra = '') =>
    `<text x="${x}" y="${y}" font-size="${size}" font-family="${FONT}"${extra.includes(' fill=') ? '' : ' fill="#1b1f27"'}${extra}>${esc(s)}</text>`;

  parts.push(text(16, 34, 22, input.title, ' font-weight="700"'));
  parts.push(
    `<rect x="${MAP.x}" y="${MAP.y}" width="${MAP.w}" height="${MAP.h}" fill="#dfe9f3" stroke="#9aa5b1"/>`,
  );
  for (const f of input.land?.features ?? [])
    parts.push(`<path d="${path(f) ?? ''}" fill="#fbfaf6" stroke="#9aa5b1" stroke-width="0.6"/>`);
  for (const f of input.areas.features) {
    const p = f.properties;
    const k = twins.get(p.id) ?? 0;
    const move = k ? ` transform="translate(${k * TWIN_OFFSET} ${k * TWIN_OFFSET})"` : '';
    parts.push(
      `<path d="${path(f) ?? ''}" fill="${p.color}" fill-opacity="${p.selected ? 0.28 : 0.12}" stroke="${p.color}" stroke-width="${p.selected ? 3 : 1.8}"${p.approximate ? ' stroke-dasharray="6 3"' : ''}${move} data-framework="${esc(p.id)}"/>`,
    );
  }
  const inside = (x: number, y: number) =>
    x >= MAP.x && x <= MAP.x + MAP.w && y >= MAP.y && y <= MAP.y + MAP.h;
  for (const m of numbered) {
    const [x, y] = projection(m.at) ?? [-99, -99];
    // A member off the fitted view is still in the key; it is not drawn over the frame.
    if (!inside(x, y)) continue;
    const fill = m.city ? '#c25400' : m.highlighted ? '#1b1f27' : '#ffffff';
    parts.push(
      `<circle cx="${x}" cy="${y}" r="${m.city ? 6 : 4.5}" fill="${fill}" stroke="#1b1f27" stroke-width="1.2"/>`,
    );
    parts.push(
      text(
        x + 7,
        y - 5,
        12,
        String(m.n),
        ` font-weight="700" paint-order="stroke" stroke="#ffffff" stroke-width="3" data-key="${m.n}"`,
      ),
    );
  }

  // Beside the map: the legend, then the numbered key in as many columns as it needs.
  let y = MAP.y + 14;
  const twinNotes: string[] = [];
  const geometryOf = (id: string) =>
    JSON.stringify(input.areas.features.find((f) => f.properties.id === id)?.geometry.coordinates);
  for (const [id, entry] of input.legend) {
    if (!input.areas.features.some((f) => f.properties.id === id)) continue;
    const k = twins.get(id) ?? 0;
    const first = input.areas.features.find(
      (f) =>
        (twins.get(f.properties.id) ?? 0) === 0 && geometryOf(f.properties.id) === geometryOf(id),
    );
    const firstLabel = first ? (input.legend.get(first.properties.id)?.label ?? '') : '';
    parts.push(
      `<rect x="${KEY_X}" y="${y - 11}" width="22" height="13" fill="${entry.color}" fill-opacity="0.25" stroke="${entry.color}" stroke-width="2"${entry.approximate ? ' stroke-dasharray="4 2"' : ''}/>`,
    );
    // A long name (English ones run to 60 characters) wraps inside the legend's column.
    const lines = wrapText(k ? `${entry.label} ※` : entry.label, estimateWidth, {
      width: W - 16 - KEY_X - 30,
      size: 13,
      keepLatinWords: true,
    }).lines;
    lines.forEach((line, i) => parts.push(text(KEY_X + 30, y + i * 16, 13, line)));
    if (k) twinNotes.push(`※ ${input.twinLabel(entry.label, firstLabel)}`);
    y += 20 + (lines.length - 1) * 16;
  }
  y += 10;
  parts.push(text(KEY_X, y, 14, input.keyHeading, ' font-weight="700"'));
  y += 20;
  const rowsPerColumn = Math.max(1, Math.floor((MAP.y + MAP.h - y) / 17));
  const columnWidth = (W - 16 - KEY_X) / Math.ceil(numbered.length / rowsPerColumn || 1);
  numbered.forEach((m, i) => {
    const col = Math.floor(i / rowsPerColumn);
    const row = i % rowsPerColumn;
    parts.push(
      text(
        KEY_X + col * columnWidth,
        y + row * 17,
        12,
        `${m.n} ${m.name}`,
        m.city ? ' font-weight="700"' : '',
      ),
    );
  });

  let fy = MAP.y + MAP.h + 24;
  for (const note of [...twinNotes, ...input.footer]) {
    for (const line of wrapText(note, estimateWidth, {
      width: W - 32,
      size: 12,
      keepLatinWords: true,
    }).lines) {
      parts.push(text(16, fy, 12, line, ' fill="#333b47"'));
      fy += 17;
    }
  }
  const height = fy + 8;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${height}" viewBox="0 0 ${W} ${height}"><rect width="100%" height="100%" fill="#ffffff"/>${parts.join('')}</svg>`;
  return { svg, width: W, height };
}
