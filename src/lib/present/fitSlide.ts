// Places a composed chart file (title, chart, legend, source footer from lib/export) on a fixed
// 1920×1080 slide, scaled to fit and centred, so the PNG drops onto a 16:9 slide as it is.
// String work only: the chart file comes from XMLSerializer, whose root tag carries plain
// width/height attributes.

const NS = 'http://www.w3.org/2000/svg';

export const SLIDE = { width: 1920, height: 1080, margin: 48 };

export interface FittedSlide {
  svg: string;
  /** Where the chart file landed, in slide pixels. */
  box: { x: number; y: number; width: number; height: number };
}

const round = (n: number) => Math.round(n * 100) / 100;

export function fitSlide(chartSvg: string, slide = SLIDE): FittedSlide {
  const open = /<svg\b[^>]*>/.exec(chartSvg);
  const close = chartSvg.lastIndexOf('</svg>');
  if (!open || close < open.index) throw new Error('not an SVG file');
  const attr = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(open[0])?.[1]);
  const w = attr('width');
  const h = attr('height');
  if (!(w > 0 && h > 0)) throw new Error('the chart file has no size');
  const room = { w: slide.width - 2 * slide.margin, h: slide.height - 2 * slide.margin };
  const scale = Math.min(room.w / w, room.h / h);
  const box = {
    x: round((slide.width - w * scale) / 2),
    y: round((slide.height - h * scale) / 2),
    width: round(w * scale),
    height: round(h * scale),
  };
  const inner = chartSvg.slice(open.index + open[0].length, close);
  const svg =
    `<svg xmlns="${NS}" width="${slide.width}" height="${slide.height}" viewBox="0 0 ${slide.width} ${slide.height}">` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    `<svg x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" viewBox="0 0 ${w} ${h}">` +
    `${inner}</svg></svg>`;
  return { svg, box };
}
