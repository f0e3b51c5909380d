import { describe, expect, it } from 'vitest';
import {
  edgeStops,
  itemTop,
  layoutGrid,
  neighbourStops,
  nextStop,
  windowGrid,
  type GridMetrics,
  type Stop,
} from './gridWindow';

// Round numbers so the expected positions can be worked out by hand.
const m: GridMetrics = {
  rowHead: 40,
  rowPad: 20,
  cellHead: 20,
  cellPad: 10,
  itemStride: 100,
  cellGap: 10,
  colWidth: 200,
};

// Three rows over three cities.
const counts = [
  [2, 1, 0],
  [0, 5, 1],
  [1, 1, 1],
];

describe('layoutGrid', () => {
  it('side by side: each row as tall as its fullest cell', () => {
    const l = layoutGrid(counts, m, { stacked: false });
    // row = pad 20 + head 40 + cellPad 10 + cellHead 20 + max(n) × 100
    expect(l.rowHeights).toEqual([290, 590, 190]);
    expect(l.rowTops).toEqual([0, 290, 880]);
    expect(l.height).toBe(1070);
    expect(l.width).toBe(600);
    expect(l.cellHeights[1]).toEqual([530, 530, 530]);
    expect(itemTop(l, 1, 1, 3)).toBe(5 + 20 + 300);
  });

  it('stacked: cells one under another, an empty cell left out', () => {
    const l = layoutGrid(counts, m, { stacked: true });
    expect(l.cellHeights[0]).toEqual([230, 130, 0]);
    expect(l.cellTops[0]).toEqual([0, 240, 380]);
    // 230 + 10 + 130 = 370, plus pad and head
    expect(l.rowHeights[0]).toBe(430);
    expect(l.width).toBe(200);
  });
});

describe('windowGrid', () => {
  const l = layoutGrid(counts, m, { stacked: false });
  const shape = (rows: ReturnType<typeof windowGrid>) =>
    rows.map((r) => [r.row, r.cells.map((c) => [c.city, c.items])]);

  it('draws only the rows, cells and items that meet the view', () => {
    // The second row's cell area starts at 290 + 10 + 40 = 340, its first item at 340 + 25.
    const view = { top: 500, bottom: 700, left: 210, right: 390 };
    expect(shape(windowGrid(l, view))).toEqual([[1, [[1, [1, 2, 3]]]]]);
  });

  it('an empty cell side by side is drawn (it says it has none), a kept stop wherever it is', () => {
    const view = { top: 0, bottom: 100, left: 0, right: 600 };
    const keep: Stop[] = [{ row: 1, city: 1, item: 4 }];
    expect(shape(windowGrid(l, view, keep))).toEqual([
      [
        0,
        [
          [0, [0]],
          [1, [0]],
          [2, []],
        ],
      ],
      [1, [[1, [4]]]],
    ]);
  });

  it('overscan widens the view on every side', () => {
    const view = { top: 500, bottom: 700, left: 210, right: 390 };
    const drawn = windowGrid(l, view, [], 100);
    expect(shape(drawn)).toEqual([
      [
        1,
        [
          [0, []],
          [1, [0, 1, 2, 3, 4]],
          [2, [0]],
        ],
      ],
    ]);
  });

  it('stacked, the view picks cells by their height alone', () => {
    const s = layoutGrid(counts, m, { stacked: true });
    // Row 0's area starts at 50; cell 1 at 50 + 240 = 290, its item at 315–415.
    expect(shape(windowGrid(s, { top: 300, bottom: 320, left: 0, right: 0 }))).toEqual([
      [0, [[1, [0]]]],
    ]);
  });
});

describe('neighbourStops and edgeStops', () => {
  const hasHead = [true, true, false];
  it('the stops before and after, across cells and rows', () => {
    expect(neighbourStops(counts, hasHead, { row: 0, city: -1, item: -1 })).toEqual([
      { row: 0, city: 0, item: 0 },
    ]);
    // The last item of row 0 is city 1's only one; the next stop is row 1's head.
    expect(neighbourStops(counts, hasHead, { row: 0, city: 1, item: 0 })).toEqual([
      { row: 0, city: 0, item: 1 },
      { row: 1, city: -1, item: -1 },
    ]);
    // Row 2 has no head: from row 1's last item straight to row 2's first.
    expect(neighbourStops(counts, hasHead, { row: 1, city: 2, item: 0 })).toEqual([
      { row: 1, city: 1, item: 4 },
      { row: 2, city: 0, item: 0 },
    ]);
    expect(neighbourStops(counts, hasHead, { row: 2, city: 2, item: 0 })).toEqual([
      { row: 2, city: 1, item: 0 },
    ]);
  });

  it('first and last', () => {
    expect(edgeStops(counts, hasHead)).toEqual([
      { row: 0, city: -1, item: -1 },
      { row: 2, city: 2, item: 0 },
    ]);
    expect(edgeStops([], [])).toEqual([]);
  });

  it('walking next from the first stop visits every stop once', () => {
    const all: Stop[] = [];
    let at: Stop | undefined = edgeStops(counts, hasHead)[0];
    while (at) {
      all.push(at);
      at = nextStop(counts, hasHead, at, 1) ?? undefined;
    }
    expect(new Set(all.map((s) => `${s.row}/${s.city}/${s.item}`)).size).toBe(all.length);
    // 2 heads + every item
    expect(all).toHaveLength(2 + counts.flat().reduce((a, b) => a + b, 0));
  });
});
