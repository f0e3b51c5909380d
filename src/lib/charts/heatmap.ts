// Colour and placement rules shared by the heat map and the SDG strip, kept out of the components
// so they can be tested without a DOM.

// ColorBrewer's 9-class Blues (the stops of d3's interpolateBlues), interpolated piecewise-linearly
// here so the page does not pull in d3's colour modules for one ramp.
const BLUES = [
  [247, 251, 255],
  [222, 235, 247],
  [198, 219, 239],
  [158, 202, 225],
  [107, 174, 214],
  [66, 146, 198],
  [33, 113, 181],
  [8, 81, 156],
  [8, 48, 107],
] as const;

/** A colour on the Blues ramp, t in [0, 1] (clamped), as rgb(r, g, b). */
export function blues(t: number): string {
  const at = Math.max(0, Math.min(1, t)) * (BLUES.length - 1);
  const i = Math.min(BLUES.length - 2, Math.floor(at));
  const f = at - i;
  const [a, b] = [BLUES[i]!, BLUES[i + 1]!];
  const mix = (k: 0 | 1 | 2) => Math.round(a[k] + (b[k] - a[k]) * f);
  return `rgb(${mix(0)}, ${mix(1)}, ${mix(2)})`;
}

/** Lightest and darkest points used on the Blues ramp: 0 must still read as a cell, not a hole. */
const RAMP: [number, number] = [0.06, 0.9];

/** The fill of a heat-map cell for `value` on a 0…`max` scale. */
export function heatFill(value: number, max: number): string {
  const t = max > 0 ? Math.max(0, Math.min(1, value / max)) : 0;
  return blues(RAMP[0] + t * (RAMP[1] - RAMP[0]));
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

/**
 * About how wide `text` is at `size` px: 1 em a kanji or kana, 0.6 em a Latin letter. The heat
 * map sizes its label room and picks a cell's words with it before anything is drawn; measuring
 * the drawn text would take a second layout pass.
 */
export function roughTextWidth(text: string, size = 12): number {
  let em = 0;
  for (const ch of text) em += ch.codePointAt(0)! <= 0x24f ? 0.6 : 1;
  return em * size;
}
