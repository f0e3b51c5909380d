// Colour and placement rules shared by the heat map and the SDG strip, kept out of the components
// so they can be tested without a DOM.
import { interpolateBlues } from 'd3';

/** Lightest and darkest points used on the Blues ramp: 0 must still read as a cell, not a hole. */
const RAMP: [number, number] = [0.06, 0.9];

/** The fill of a heat-map cell for `value` on a 0…`max` scale. */
export function heatFill(value: number, max: number): string {
  const t = max > 0 ? Math.max(0, Math.min(1, value / max)) : 0;
  return interpolateBlues(RAMP[0] + t * (RAMP[1] - RAMP[0]));
}

/** WCAG relative luminance of a #rrggbb or rgb(r, g, b) colour. */
export function luminance(color: string): number {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  const rgb = /^rgb\((\d+),\s*(\d+),\s*(\d+)\)$/.exec(color);
  const parts = hex
    ? hex.slice(1).map((h) => parseInt(h, 16))
    : rgb
      ? rgb.slice(1).map(Number)
      : [0, 0, 0];
  const [r, g, b] = parts.map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** Black or white text, whichever contrasts more with `background`. */
export function textOn(background: string): '#000000' | '#ffffff' {
  const l = luminance(background);
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#000000' : '#ffffff';
}

export interface Column {
  index: number;
  x0: number;
  x1: number;
}

/** The left and right edge of each column on a band scale; an id missing from it gets zero width. */
export function placeColumns(
  ids: readonly string[],
  x: { (id: string): number | undefined; bandwidth(): number },
): Column[] {
  return ids.map((id, index) => {
    const x0 = x(id) ?? 0;
    return { index, x0, x1: x(id) === undefined ? x0 : x0 + x.bandwidth() };
  });
}

/** "42%" style text for a share in [0, 1]. */
export function formatShare(share: number): string {
  return `${Math.round(share * 100)}%`;
}
