// Turns a chart on the page into a standalone SVG file. Component styles live in the page's CSS,
// which the file will not have, so the paint-relevant computed styles are copied onto each node
// first; fonts are named, not embedded (CSP allows no external fonts and the PNG path cannot load
// them), with generic fallbacks so any viewer renders the Japanese text.
import { layoutExportFrame, type LegendEntry } from './exportFrame';

const NS = 'http://www.w3.org/2000/svg';
const FONT = "'Noto Sans CJK JP', 'Noto Sans JP', 'Hiragino Sans', 'Yu Gothic', sans-serif";
const PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'opacity',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
] as const;

function inlineStyles(source: Element, target: Element) {
  const computed = getComputedStyle(source);
  const style = PROPS.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';');
  target.setAttribute('style', `${style};font-family:${FONT}`);
  target.removeAttribute('class');
  const from = source.children;
  const to = target.children;
  for (let i = 0; i < from.length; i++) {
    const s = from[i];
    const t = to[i];
    if (s && t) inlineStyles(s, t);
  }
}

function text(doc: Document, value: string, x: number, y: number, size: number, weight = 400) {
  const node = doc.createElementNS(NS, 'text');
  node.setAttribute('x', String(x));
  node.setAttribute('y', String(y));
  node.setAttribute('style', `font-size:${size}px;font-weight:${weight};font-family:${FONT}`);
  node.setAttribute('fill', '#1b1f27');
  node.textContent = value;
  return node;
}

export interface ChartFileInput {
  svg: SVGSVGElement;
  title: string;
  legend: readonly LegendEntry[];
  footer: readonly string[];
}

/**
 * The chart's extent in its own units: its viewport joined with everything drawn outside it
 * (the heat map's rotated column labels reach above and right of the cells), so nothing is cut.
 */
export function chartExtent(svg: SVGSVGElement) {
  const rect = svg.getBoundingClientRect();
  // A chart frame that keeps its <svg> at its tallest (SvgFrame's keepHeight) gives the drawn height.
  const box = { width: rect.width, height: Number(svg.dataset.height) || rect.height };
  let drawn = { x: 0, y: 0, width: 0, height: 0 };
  try {
    drawn = svg.getBBox();
  } catch {
    // Not rendered: the viewport alone.
  }
  const x0 = Math.floor(Math.min(0, drawn.x));
  const y0 = Math.floor(Math.min(0, drawn.y));
  const x1 = Math.ceil(Math.max(box.width, drawn.x + drawn.width));
  const y1 = Math.ceil(Math.max(box.height, drawn.y + drawn.height));
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

let canvas: HTMLCanvasElement | null = null;
/** A text's width in the export's font, so the frame can be as wide as its longest line. */
function measureWidth(text: string, size: number, weight = 400): number {
  canvas ??= document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) return text.length * size;
  ctx.font = `${weight} ${size}px ${FONT}`;
  return ctx.measureText(text).width;
}

export function composeChartSvg({ svg, title, legend, footer }: ChartFileInput): string {
  const box = chartExtent(svg);
  const layout = layoutExportFrame({
    chartWidth: box.width,
    chartHeight: box.height,
    title,
    legend,
    footer,
    measure: (text, size) => measureWidth(text, size, text === title ? 700 : 400),
  });
  const doc = document.implementation.createDocument(NS, 'svg', null);
  const root = doc.documentElement;
  root.setAttribute('xmlns', NS);
  root.setAttribute('width', String(layout.width));
  root.setAttribute('height', String(layout.height));
  root.setAttribute('viewBox', `0 0 ${layout.width} ${layout.height}`);
  const bg = doc.createElementNS(NS, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', '#ffffff');
  root.append(bg, text(doc, title, layout.title.x, layout.title.y, layout.title.size, 700));

  const chart = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, chart);
  chart.setAttribute('x', String(layout.chart.x));
  chart.setAttribute('y', String(layout.chart.y));
  chart.setAttribute('width', String(box.width));
  chart.setAttribute('height', String(box.height));
  chart.setAttribute('viewBox', `${box.x} ${box.y} ${box.width} ${box.height}`);
  chart.setAttribute('overflow', 'visible');
  root.append(doc.importNode(chart, true));

  for (const entry of layout.legend) {
    const { x, y, size, color } = entry.swatch;
    const swatch = doc.createElementNS(NS, 'rect');
    const attrs = { x, y, width: size, height: size, fill: color };
    for (const [k, v] of Object.entries(attrs)) swatch.setAttribute(k, String(v));
    root.append(swatch, text(doc, entry.text, entry.x, entry.y, entry.size));
  }
  for (const line of layout.footer) root.append(text(doc, line.text, line.x, line.y, line.size));
  return new XMLSerializer().serializeToString(doc);
}

/** Rasterizes at twice the size so the PNG stays sharp on a projector. */
export async function svgToPng(svgText: string, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(image.naturalWidth * scale);
    canvas.height = Math.ceil(image.naturalHeight * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function downloadBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
