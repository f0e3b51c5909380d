import { describe, expect, it } from 'vitest';
import { FRAME, layoutExportFrame } from './exportFrame';

describe('layoutExportFrame', () => {
  it('widens the frame to its longest line, so a footer is never cut', () => {
    const measure = (text: string, size: number) => text.length * size;
    const footer = ['出典', 'x'.repeat(60)];
    const layout = layoutExportFrame({
      chartWidth: 300,
      chartHeight: 200,
      title: 'T',
      legend: [],
      footer,
      measure,
    });
    expect(layout.width).toBe(60 * FRAME.footerSize + 2 * FRAME.pad);
    const narrow = layoutExportFrame({
      chartWidth: 900,
      chartHeight: 1,
      title: 'T',
      legend: [],
      footer,
      measure,
    });
    expect(narrow.width).toBe(900 + 2 * FRAME.pad);
  });

  it.each([
    ['no legend', [], ['出典'], 0],
    [
      'two legend rows',
      [
        { label: 'a', color: '#000000' },
        { label: 'b', color: '#ffffff' },
      ],
      ['出典', '計画'],
      2,
    ],
  ])('%s', (_name, legend, footer, rows) => {
    const input = { chartWidth: 300, chartHeight: 200, title: 'T', legend, footer };
    const copy = structuredClone(input);
    const layout = layoutExportFrame(input);
    const { pad, titleSize, legendSize, footerSize, lineGap } = FRAME;
    expect(layout.width).toBe(300 + 2 * pad);
    expect(layout.chart).toEqual({ x: pad, y: pad + titleSize + 2 * lineGap });
    // Legend and footer sit below the chart, in order, without overlapping it or each other.
    const ys = [...layout.legend.map((l) => l.y), ...layout.footer.map((f) => f.y)];
    expect(ys[0]).toBeGreaterThan(layout.chart.y + 200);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    expect(layout.legend).toHaveLength(rows);
    expect(layout.footer.map((f) => f.text)).toEqual(footer);
    const blocks = rows * (legendSize + lineGap) + (rows ? lineGap : 0);
    expect(layout.height).toBe(
      Math.ceil(
        pad +
          titleSize +
          2 * lineGap +
          200 +
          2 * lineGap +
          blocks +
          footer.length * (footerSize + lineGap) +
          pad,
      ),
    );
    expect(input).toEqual(copy);
  });
});
