// The one module ExportMenu imports dynamically: everything an export needs (plan files, CSV,
// SVG, PNG) stays out of the first load until the user asks for a file.
import { getItemsById } from '$lib/data/planCache';
import { composeChartSvg, downloadBlob, svgToPng } from './chartSvg';
import { pickCodedRows } from './codedRows';
import type { LegendEntry } from './exportFrame';
import { toCsv } from './toCsv';

export interface ItemsExport {
  format: 'csv' | 'json';
  /** Cities whose plan files hold the items. */
  cities: readonly string[];
  /** Which items, in order; null for every item of `cities`. */
  ids: readonly string[] | null;
  filename: string;
}

export async function exportItems({ format, cities, ids, filename }: ItemsExport) {
  const items = await getItemsById(cities);
  const rows = pickCodedRows(ids ?? [...items.keys()], items);
  const blob =
    format === 'csv'
      ? new Blob([toCsv(rows)], { type: 'text/csv;charset=utf-8' })
      : new Blob([JSON.stringify(rows, null, 2)], { type: 'application/json' });
  downloadBlob(blob, `${filename}.${format}`);
  return rows.length;
}

export interface ChartExport {
  format: 'svg' | 'png';
  svg: SVGSVGElement;
  title: string;
  legend: readonly LegendEntry[];
  footer: readonly string[];
  filename: string;
}

export async function exportChart({ format, filename, ...chart }: ChartExport) {
  const text = composeChartSvg(chart);
  const blob =
    format === 'svg' ? new Blob([text], { type: 'image/svg+xml' }) : await svgToPng(text);
  downloadBlob(blob, `${filename}.${format}`);
}
