// DOM labels over the map have no collision handling of their own (maplibre's comes with text
// layers, which need glyphs). Greedy placement: the compared city first, then top to bottom; a
// label that would overlap one already placed is hidden, its point still drawn and listed.

export interface LabelBox {
  x: number;
  y: number;
  text: string;
  /** Placed first and never hidden. */
  priority?: boolean;
}

/** Approximate box of a label drawn 8 px right of and 9 px above its point, 12 px text. */
export function labelRect(l: LabelBox): [number, number, number, number] {
  const width = [...l.text].length * 12 + 8;
  return [l.x + 8, l.y - 9, l.x + 8 + width, l.y + 9];
}

const overlaps = (a: number[], b: number[]) =>
  a[0]! < b[2]! && b[0]! < a[2]! && a[1]! < b[3]! && b[1]! < a[3]!;

/** For each label, whether it is shown. */
export function declutterLabels(labels: readonly LabelBox[]): boolean[] {
  const order = labels
    .map((l, i) => ({ l, i }))
    .sort((a, b) => Number(!!b.l.priority) - Number(!!a.l.priority) || a.l.y - b.l.y);
  const placed: [number, number, number, number][] = [];
  const shown = labels.map(() => false);
  for (const { l, i } of order) {
    const rect = labelRect(l);
    if (!l.priority && placed.some((p) => overlaps(p, rect))) continue;
    placed.push(rect);
    shown[i] = true;
  }
  return shown;
}
