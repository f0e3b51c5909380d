import { describe, expect, it } from 'vitest';
import { fitSlide } from './fitSlide';

const chart = (w: number, h: number) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"><text>出典</text></svg>`;

describe('fitSlide', () => {
  it.each([
    ['wide chart fills the width', 912, 300, { x: 48, y: 240, width: 1824, height: 600 }],
    ['tall chart fills the height', 300, 984, { x: 810, y: 48, width: 300, height: 984 }],
    ['16:9 chart fills the slide', 1824, 984, { x: 48, y: 48, width: 1824, height: 984 }],
  ])('%s', (_name, w, h, box) => {
    const input = chart(w, h);
    const out = fitSlide(input);
    expect(out.box).toEqual(box);
    expect(out.svg).toMatch(/^<svg [^>]*width="1920" height="1080"/);
    expect(out.svg).toContain(`viewBox="0 0 ${w} ${h}"><text>出典</text></svg></svg>`);
    expect(input).toBe(chart(w, h));
  });

  it.each([
    ['no svg', '<div></div>'],
    ['no size', '<svg xmlns="http://www.w3.org/2000/svg"></svg>'],
  ])('rejects %s', (_name, input) => {
    expect(() => fitSlide(input)).toThrow();
  });
});
