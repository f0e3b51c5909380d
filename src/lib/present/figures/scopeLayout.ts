// What each city's source documents cover, placed in a slide's figure box: per city a bar of its
// items split by document (on one scale, so the cities compare), and under it each document's
// title, what part of a plan it is and its item count. Pure.
import type { Box } from '../layoutSlide';
import { wrapText, type Measure } from '$lib/charts/wrapText';

export const SCOPE = { name: 26, count: 22, doc: 20, bar: 30, line: 28, gap: 22, barGap: 10 };

export interface ScopeCityInput {
  id: string;
  name: string;
  documents: { title: string; items: number }[];
}

export interface PlacedScopeCity {
  id: string;
  name: { x: number; y: number };
  segments: { x: number; y: number; width: number; height: number; shade: number }[];
  total: { text: string; x: number; y: number };
  docs: { text: string; x: number; y: number; swatch: { x: number; y: number; shade: number } }[];
}

export function layoutScope(
  cities: readonly ScopeCityInput[],
  box: Box,
  measure: Measure,
  itemsText: (n: number) => string,
): PlacedScopeCity[] {
  const { name, count, doc, bar, line, gap, barGap } = SCOPE;
  const nameWidth = Math.max(0, ...cities.map((c) => measure(c.name, name, 700))) + 28;
  const left = box.x + nameWidth;
  const countRoom = measure(itemsText(888), count, 700) + 16;
  const barRoom = box.x + box.width - left - countRoom;
  const max = Math.max(1, ...cities.map((c) => c.documents.reduce((n, d) => n + d.items, 0)));
  const blockHeight = (c: ScopeCityInput) => bar + c.documents.length * line + gap;
  const needed = cities.reduce((n, c) => n + blockHeight(c), 0) - gap;
  // When the cities' documents do not all fit, each document line goes before the bars shrink.
  const showDocs = needed <= box.height;
  let top =
    box.y + Math.max(0, (box.height - (showDocs ? needed : cities.length * (bar + gap))) / 2);
  return cities.map((city) => {
    const mid = top + bar / 2;
    let x = left;
    const segments = city.documents.map((d, i) => {
      const width = (d.items / max) * barRoom;
      const segment = { x, y: top, width: Math.max(0, width - 2), height: bar, shade: i % 2 };
      x += width;
      return segment;
    });
    const total = city.documents.reduce((n, d) => n + d.items, 0);
    const docs = showDocs
      ? city.documents.map((d, i) => {
          const y = top + bar + barGap + i * line + doc * 0.8;
          const text =
            wrapText(`${d.title}・${itemsText(d.items)}`, measure, {
              width: box.x + box.width - left - 28,
              size: doc,
              maxLines: 1,
            }).lines[0] ?? '';
          return { text, x: left + 28, y, swatch: { x: left, y: y - doc * 0.75, shade: i % 2 } };
        })
      : [];
    const placed = {
      id: city.id,
      name: { x: left - 20, y: mid },
      segments,
      total: { text: itemsText(total), x: x + 12, y: mid },
      docs,
    };
    top += showDocs ? blockHeight(city) : bar + gap;
    return placed;
  });
}
