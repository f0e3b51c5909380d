// How well the labels hold up, placed in a slide's figure box: one bar per category, its F1 on
// the hand-labelled evaluation set from 0 to 1, with the target drawn across. Pure.
import { linearScale } from '$lib/charts/scales';
import type { Box } from '../layoutSlide';
import { wrapText, type Measure } from '$lib/charts/wrapText';

export const LABELS = { label: 22, value: 22, axis: 20, maxRow: 56, gap: 0.28 };

export interface LabelBarInput {
  id: string;
  label: string;
  value: number;
}

export interface PlacedLabels {
  bars: {
    id: string;
    lines: string[];
    labelX: number;
    y: number;
    x: number;
    width: number;
    height: number;
    text: string;
    textX: number;
  }[];
  ticks: { value: number; x: number; text: string }[];
  target: { x: number; top: number; bottom: number; text: string; textY: number };
  axis: { x: number; y: number; bottom: number };
}

const two = (n: number) => n.toFixed(2);

export function layoutLabels(
  bars: readonly LabelBarInput[],
  target: number,
  box: Box,
  measure: Measure,
  texts: { axis: string; target: (t: string) => string },
): PlacedLabels {
  const { label, value, axis, maxRow, gap } = LABELS;
  const labelRoom = Math.min(
    box.width * 0.34,
    Math.max(0, ...bars.map((b) => measure(b.label, label))) + 8,
  );
  const wrapped = bars.map(
    (b) => wrapText(b.label, measure, { width: labelRoom, size: label, maxLines: 2 }).lines,
  );
  const left = box.x + labelRoom + 20;
  const right = box.x + box.width - measure('1.00', value, 700) - 20;
  const x = linearScale([0, 1], [left, right]);
  const top = box.y + axis * 2.2;
  const bottom = box.y + box.height - axis * 1.6;
  const step = Math.min(maxRow, (bottom - top) / Math.max(1, bars.length));
  const height = step * (1 - gap);
  const placed = bars.map((b, i) => {
    const y = top + i * step + (step - height) / 2;
    const width = Math.max(0, x(b.value) - left);
    const text = two(b.value);
    return {
      id: b.id,
      lines: wrapped[i]!,
      labelX: left - 20,
      y,
      x: left,
      width,
      height,
      text,
      // Beside the bar, never in it: the target line crosses the bars' ends.
      textX: left + width + 10,
    };
  });
  const end = top + bars.length * step;
  return {
    bars: placed,
    ticks: [0, 0.25, 0.5, 0.75, 1].map((v) => ({ value: v, x: x(v), text: two(v) })),
    target: {
      x: x(target),
      top: top - 8,
      bottom: end + 4,
      text: texts.target(two(target)),
      textY: top - 14,
    },
    axis: { x: left, y: box.y + axis * 0.9, bottom: end + axis * 1.3 },
  };
}
