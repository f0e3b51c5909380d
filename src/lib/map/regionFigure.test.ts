import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Point } from 'geojson';
import type { AreaProps, PointProps, Shape } from './features';
import { estimateWidth } from '$lib/charts/wrapText';
import { makeRegionFigure, numberPoints, twinOffsets } from './regionFigure';

const square = (x: number): Shape => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, 35],
      [x + 1, 35],
      [x + 1, 36],
      [x, 35],
    ],
  ],
});
const area = (id: string, x: number): FeatureCollection<Shape, AreaProps>['features'][number] => ({
  type: 'Feature',
  properties: { id, color: '#332288', selected: false, approximate: true },
  geometry: square(x),
});
const areas: FeatureCollection<Shape, AreaProps> = {
  type: 'FeatureCollection',
  features: [area('a', 139), area('b', 139), area('c', 141)],
};
const pt = (code: string, lon: number, lat: number, name: string) => ({
  type: 'Feature' as const,
  properties: { code, name, highlighted: false, city: code === '1' },
  geometry: { type: 'Point' as const, coordinates: [lon, lat] },
});
const points: FeatureCollection<Point, PointProps> = {
  type: 'FeatureCollection',
  features: [
    pt('2', 140, 35.5, '東市'),
    pt('1', 139.5, 35.5, '西市'),
    pt('3', 139.5, 35.2, '南町'),
  ],
};

describe('regionFigure', () => {
  it('offsets areas drawn with the same geometry as an earlier one', () => {
    expect([...twinOffsets(areas)]).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 0],
    ]);
  });
  it('numbers points west to east, then north to south', () => {
    expect(numberPoints(points).map((p) => [p.n, p.name])).toEqual([
      [1, '西市'],
      [2, '南町'],
      [3, '東市'],
    ]);
  });
  it('writes a well-formed figure with title, legend, every point in the key and the footer', () => {
    const { svg } = makeRegionFigure({
      land: null,
      areas,
      points,
      focus: [
        [139, 35],
        [142, 36],
      ],
      title: 'A & B <map>',
      legend: new Map([
        ['a', { color: '#332288', label: '枠組みA', approximate: true }],
        ['b', { color: '#ddcc77', label: '枠組みB', approximate: true }],
      ]),
      keyHeading: '番号',
      twinLabel: (l, s) => `${l}=${s}`,
      footer: ['出典：テスト', '海岸線：Natural Earth'],
    });
    expect(svg).toContain('A &amp; B &lt;map&gt;');
    for (const s of [
      '1 西市',
      '2 南町',
      '3 東市',
      '枠組みB ※',
      '※ 枠組みB=枠組みA',
      '出典：テスト',
      '海岸線：Natural Earth',
    ])
      expect(svg).toContain(s);
    expect(svg).toContain('transform="translate(5 5)"');
    // Every attribute once per element (a repeated one makes the file unreadable).
    for (const tag of svg.match(/<[a-z]+ [^>]*>/g) ?? []) {
      const names = [...tag.matchAll(/ ([a-z-]+)="/g)].map((m) => m[1]);
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it('wraps a long legend name inside the legend column, no text running past the figure', () => {
    const long = 'Koriyama Wide-Area Cooperative Central Metropolitan Area of Many Words';
    const { svg, width } = makeRegionFigure({
      land: null,
      areas,
      points,
      focus: [
        [139, 35],
        [142, 36],
      ],
      title: 't',
      legend: new Map([['a', { color: '#332288', label: long, approximate: true }]]),
      keyHeading: 'k',
      twinLabel: (l, s) => `${l}=${s}`,
      footer: [`Sources: ${'a long list of sources, '.repeat(12)}`],
    });
    const texts = [
      ...svg.matchAll(/<text x="([\d.]+)"[^>]*font-size="(\d+)"[^>]*>([^<]*)<\/text>/g),
    ];
    const legend = texts.filter((m) => long.includes(m[3]!) && m[3]!.length > 3);
    expect(legend.length).toBeGreaterThan(1);
    expect(legend.map((m) => m[3]).join(' ')).toBe(long);
    for (const m of texts)
      expect(Number(m[1]) + estimateWidth(m[3]!, Number(m[2]))).toBeLessThanOrEqual(width);
  });
});
