import { describe, expect, it } from 'vitest';
import { layoutSlide, SLIDE, TYPE, type SlideWords } from './layoutSlide';
import { estimateWidth } from '$lib/charts/wrapText';

const words = (title: string, note: string | null = null, source = '出典：テスト'): SlideWords => ({
  title,
  note,
  source,
  number: '3 / 8',
});
const long = (n: number) => '計画'.repeat(n);

describe('layoutSlide', () => {
  it.each([
    ['a short title: one line at the largest size', words('四つの計画'), 1, TYPE.title[0]],
    ['a title of two lines keeps the largest size', words(long(20)), 2, TYPE.title[0]],
    ['a longer title shrinks to stay on two lines', words(long(30)), 2, TYPE.title[2]],
    [
      'a title too long for two lines at any size: three, cut with …',
      words(long(80)),
      3,
      TYPE.title.at(-1),
    ],
  ])('%s', (_, input, lines, size) => {
    const copy = structuredClone(input);
    const layout = layoutSlide(input, estimateWidth);
    expect([layout.title.lines.length, layout.title.size]).toEqual([lines, size]);
    if (lines === 3) expect(layout.title.lines.at(-1)).toMatch(/…$/);
    expect(input).toEqual(copy);
  });

  it.each([
    ['without a note', words('計画', null)],
    ['with a note of two lines', words('計画', long(40))],
    ['with a long 出典', words('計画', long(5), `出典：${long(60)}`)],
  ])('keeps the figure box between the text and the 出典 lines, %s', (_, input) => {
    const layout = layoutSlide(input, estimateWidth);
    const top = (layout.note ?? layout.title).bottom;
    expect(layout.figure.y).toBeGreaterThan(top);
    expect(layout.figure.y + layout.figure.height).toBeLessThan(layout.rule);
    expect(layout.figure.height).toBeGreaterThan(SLIDE.height / 2);
    expect(layout.source.lines.length).toBeLessThanOrEqual(2);
    expect(layout.source.bottom).toBeLessThanOrEqual(SLIDE.height);
    expect(layout.number).toMatchObject({ text: '3 / 8', x: SLIDE.width - SLIDE.padX });
  });

  it('draws nothing under 20 units, so 1280 × 720 shows nothing under 20 px', () => {
    const layout = layoutSlide(words(long(80), long(40), long(80)), estimateWidth);
    const sizes = [layout.title.size, layout.note!.size, layout.source.size, layout.number.size];
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(20);
  });
});

describe('layoutSlide balances a two-line title', () => {
  it('breaks it near the middle, not before a stray last word', () => {
    const title = `${'計画'.repeat(13)}の期間`;
    const [first, second] = layoutSlide(words(title), estimateWidth).title.lines;
    expect(Math.abs([...first!].length - [...second!].length)).toBeLessThanOrEqual(3);
  });
});
