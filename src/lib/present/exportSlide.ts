// The slide PNG: the slide's own SVG (title, figure, 出典 and number, every style an attribute)
// rasterized at 1920 × 1080. Imported on click only, like the other exports.
import { downloadBlob, svgToPng } from '$lib/export/chartSvg';

export const PNG_SIZE = { width: 1920, height: 1080 };

/** The slide as a standalone SVG file of 1920 × 1080 px. */
export function slideFile(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('width', String(PNG_SIZE.width));
  copy.setAttribute('height', String(PNG_SIZE.height));
  for (const name of ['role', 'aria-label', 'data-testid', 'class', 'style'])
    copy.removeAttribute(name);
  return new XMLSerializer().serializeToString(copy);
}

export async function exportSlidePng(svg: SVGSVGElement, n: number) {
  downloadBlob(await svgToPng(slideFile(svg), 1), `slide-${n}.png`);
}
