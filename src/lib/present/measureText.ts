// Text widths for the slides' layout, measured with a canvas in the slides' own font so SVG text
// breaks where it would fit; without a canvas (tests, the prerender) the generous estimate.
import { estimateWidth, type Measure } from '$lib/charts/wrapText';

export const SLIDE_FONT =
  "'Noto Sans CJK JP', 'Noto Sans JP', 'Hiragino Sans', 'Hiragino Kaku Gothic ProN', 'Yu Gothic', Meiryo, sans-serif";

let context: CanvasRenderingContext2D | null | undefined;
const widths = new Map<string, number>();

export const measureText: Measure = (text, size, weight = 400) => {
  if (context === undefined)
    context =
      typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!context) return estimateWidth(text, size, weight);
  const key = `${weight} ${size} ${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    context.font = `${weight} ${size}px ${SLIDE_FONT}`;
    width = context.measureText(text).width;
    // Line breaking measures every prefix of every line; a deck's worth stays small.
    if (widths.size > 20_000) widths.clear();
    widths.set(key, width);
  }
  return width;
};
