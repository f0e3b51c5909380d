import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Municipalities, PlanIndex } from '../../src/lib/data/schemas';
import { chooseLabelSides, placeCities } from '../../src/lib/map/overview';

describe('chooseLabelSides', () => {
  it.each([
    ['a lone dot', [{ x: 10, y: 10 }], ['right']],
    [
      'a dot with a neighbour just right and below (二本松 and いわき)',
      [
        { x: 100, y: 100 },
        { x: 109, y: 113 },
      ],
      ['left', 'right'],
    ],
    [
      'dots far apart',
      [
        { x: 100, y: 100 },
        { x: 300, y: 100 },
      ],
      ['right', 'right'],
    ],
    [
      'a neighbour to the left only',
      [
        { x: 100, y: 100 },
        { x: 80, y: 100 },
      ],
      ['right', 'left'],
    ],
  ] as [string, { x: number; y: number }[], string[]][])('%s', (_, points, sides) => {
    const input = structuredClone(points);
    expect(chooseLabelSides(points)).toEqual(sides);
    expect(points).toEqual(input);
  });
});

describe('placeCities', () => {
  const read = (f: string) => JSON.parse(readFileSync(`static/data/${f}`, 'utf8'));
  const municipalities = Municipalities.parse(read('municipalities.json'));
  const { cities } = PlanIndex.parse(read('index.json'));

  it('puts each compared city at its city hall from municipalities.json', () => {
    const placed = placeCities(cities, municipalities);
    expect(placed.map((c) => c.id)).toEqual(cities.map((c) => c.id));
    for (const c of placed) {
      const hall = municipalities.find((m) => m.code === c.code)!;
      expect([c.lon, c.lat]).toEqual([hall.lon, hall.lat]);
    }
  });

  it('leaves off a city whose code has no city hall', () => {
    const stray = { ...cities[0]!, id: 'nowhere', code: '999999' };
    expect(placeCities([stray, ...cities], municipalities).map((c) => c.id)).not.toContain(
      'nowhere',
    );
  });
});
