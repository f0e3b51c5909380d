// Side-by-side columns of text placed in a slide's figure box, one per city: a concept's items,
// or the approaches only that city takes. Each entry is wrapped to its column; what does not fit
// is counted in a last line instead of being cut. Pure.
import type { Box } from '../layoutSlide';
import { wrapText, type Measure } from '$lib/charts/wrapText';

export const COLUMNS = {
  title: 26,
  subtitle: 22,
  entry: 20,
  head: 84,
  gap: 20,
  entryGap: 12,
  line: 1.3,
};

export interface ColumnInput {
  id: string;
  title: string;
  subtitle: string;
  entries: string[];
  /** Shown when the column has no entry. */
  empty: string;
}

export interface PlacedColumn {
  id: string;
  x: number;
  width: number;
  head: { y: number; height: number; title: number; subtitle: number };
  entries: { lines: string[]; y: number; marker: number }[];
  rest: { text: string; y: number } | null;
  frame: { y: number; height: number };
}

export function layoutColumns(
  columns: readonly ColumnInput[],
  box: Box,
  measure: Measure,
  options: { maxLines: number; more: (n: number) => string },
): PlacedColumn[] {
  const { title, subtitle, entry, head, gap, entryGap, line } = COLUMNS;
  const n = Math.max(1, columns.length);
  const width = (box.width - gap * (n - 1)) / n;
  const step = entry * line;
  const bottom = box.y + box.height;
  return columns.map((column, i) => {
    const x = box.x + i * (width + gap);
    let y = box.y + head + 16;
    const entries: PlacedColumn['entries'] = [];
    const texts = column.entries.length ? column.entries : [column.empty];
    let shown = 0;
    for (const text of texts) {
      const lines = wrapText(text, measure, {
        width: width - 40,
        size: entry,
        maxLines: options.maxLines,
      }).lines;
      const height = lines.length * step;
      const left = texts.length - shown - 1;
      const reserve = left > 0 ? step + entryGap : 0;
      if (y + height + reserve > bottom - 8) break;
      entries.push({ lines, y: y + entry * 0.88, marker: y + entry * 0.5 });
      y += height + entryGap;
      shown += 1;
    }
    const hidden = column.entries.length - shown;
    const rest =
      column.entries.length && hidden > 0
        ? { text: options.more(hidden), y: y + entry * 0.88 }
        : null;
    return {
      id: column.id,
      x,
      width,
      head: {
        y: box.y,
        height: head,
        title: box.y + 14 + title * 0.88,
        subtitle: box.y + 22 + title + subtitle * 0.88,
      },
      entries,
      rest,
      frame: { y: box.y, height: box.height },
    };
  });
}
