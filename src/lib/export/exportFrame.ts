// Where the title, legend and source footer go around a chart when it is exported, so the file
// stands on its own on a slide: a chart without its source is not citable. Pure layout; the DOM
// work is in chartSvg.ts.

export interface LegendEntry {
  label: string;
  color: string;
}

export interface FrameInput {
  chartWidth: number;
  chartHeight: number;
  title: string;
  legend: readonly LegendEntry[];
  footer: readonly string[];
  /** The width a line of text takes at a font size (px); the frame widens to hold every line. */
  measure?: (text: string, size: number) => number;
}

export interface PlacedText {
  text: string;
  x: number;
  y: number;
  size: number;
}

export interface FrameLayout {
  width: number;
  height: number;
  title: PlacedText;
  chart: { x: number; y: number };
  legend: Array<PlacedText & { swatch: { x: number; y: number; size: number; color: string } }>;
  footer: PlacedText[];
}

export const FRAME = { pad: 16, titleSize: 18, legendSize: 12, footerSize: 11, lineGap: 6 };

export function layoutExportFrame(input: FrameInput): FrameLayout {
  const { pad, titleSize, legendSize, footerSize, lineGap } = FRAME;
  const measure = input.measure ?? (() => 0);
  const widest = Math.max(
    input.chartWidth,
    measure(input.title, titleSize),
    ...input.legend.map((e) => legendSize + 6 + measure(e.label, legendSize)),
    ...input.footer.map((text) => measure(text, footerSize)),
  );
  const width = Math.ceil(widest + pad * 2);
  let y = pad + titleSize;
  const title = { text: input.title, x: pad, y, size: titleSize };
  y += lineGap * 2;
  const chart = { x: pad, y };
  y += input.chartHeight + lineGap * 2;
  const legend = input.legend.map((entry) => {
    y += legendSize + lineGap;
    const swatch = { x: pad, y: y - legendSize + 1, size: legendSize, color: entry.color };
    return { text: entry.label, x: pad + legendSize + 6, y, size: legendSize, swatch };
  });
  if (legend.length) y += lineGap;
  const footer = input.footer.map((text) => {
    y += footerSize + lineGap;
    return { text, x: pad, y, size: footerSize };
  });
  return { width, height: Math.ceil(y + pad), title, chart, legend, footer };
}
