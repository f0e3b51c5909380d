import { describe, expect, it } from 'vitest';
import { layoutUpSet, setKey, SIZE_LABEL, UPSET } from './upsetLayout';

const data = {
  intersections: [
    { cities: ['a', 'b', 'c'], concepts: ['k1'] },
    { cities: ['a', 'b'], concepts: ['k2', 'k3'] },
  ],
  setSizes: [
    { city: 'a', size: 3 },
    { city: 'b', size: 3 },
    { city: 'c', size: 1 },
  ],
};

describe('layoutUpSet', () => {
  it.each([
    ['wide: columns capped at the maximum step', 800, UPSET.maxColumn],
    ['narrow: columns share the width left', 200, (200 - 158 - UPSET.right) / 2],
  ])('%s', (_name, width, step) => {
    const input = structuredClone(data);
    const layout = layoutUpSet(input, width);
    const [first, second] = layout.columns;
    expect(second!.x - first!.x).toBeCloseTo(step);
    expect(first!.x).toBeCloseTo(layout.matrixX + step / 2);
    expect(input).toEqual(data);
  });

  it('scales bars and set sizes to their largest value', () => {
    const layout = layoutUpSet(data, 600);
    expect(layout.columns.map((c) => c.barHeight)).toEqual([UPSET.barHeight / 2, UPSET.barHeight]);
    expect(layout.columns.map((c) => c.barY + c.barHeight)).toEqual([
      UPSET.top + UPSET.barHeight,
      UPSET.top + UPSET.barHeight,
    ]);
    const full = UPSET.sizeWidth - SIZE_LABEL;
    expect(layout.rows.map((r) => r.sizeWidth)).toEqual([full, full, full / 3]);
    expect(layout.rows.map((r) => r.y)).toEqual(
      [0, 1, 2].map((i) => layout.matrixY + i * UPSET.rowHeight + UPSET.rowHeight / 2),
    );
    expect(layout.height).toBe(layout.matrixY + 3 * UPSET.rowHeight + UPSET.bottom);
  });

  it('is as wide as its columns, not the container', () => {
    const matrixX = UPSET.labelWidth + UPSET.sizeWidth + UPSET.gap;
    expect(layoutUpSet(data, 800).width).toBe(
      Math.ceil(matrixX + 2 * UPSET.maxColumn + UPSET.right),
    );
  });

  it('keys a column by its cities', () => {
    expect(layoutUpSet(data, 600).columns.map((c) => c.key)).toEqual([
      setKey(['a', 'b', 'c']),
      'a+b',
    ]);
  });
});
