import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Municipalities, Regions } from '../../src/lib/data/schemas';
import { makeAreaCollection, makePointCollection } from '../../src/lib/map/features';
import {
  indexMemberships,
  makeRegionView,
  type RegionViewInput,
} from '../../src/lib/map/regionView';

const regions = Regions.parse(JSON.parse(readFileSync('static/data/regions.json', 'utf8')));
const municipalities = Municipalities.parse(
  JSON.parse(readFileSync('static/data/municipalities.json', 'utf8')),
);
const input = (patch: Partial<RegionViewInput>): RegionViewInput => ({
  regions,
  municipalities,
  city: 'nihonmatsu',
  selected: null,
  municipality: null,
  toggled: new Set(),
  ...patch,
});

describe('makeRegionView', () => {
  it.each([
    ['nihonmatsu', 7],
    ['ichinoseki', 8],
    ['hiratsuka', 7],
    ['iwaki', 3],
  ])('%s has %i frameworks, each with its own colour', (city, count) => {
    const view = makeRegionView(input({ city }));
    expect(view.frameworks).toHaveLength(count);
    expect(new Set(view.frameworks.map((p) => p.color)).size).toBe(count);
  });

  it('highlights exactly the selected framework members', () => {
    const view = makeRegionView(input({ selected: 'koriyama-kouikiken' }));
    expect(view.highlighted.size).toBe(17);
    expect([...view.highlighted].sort()).toEqual(
      [...regions.frameworks.find((f) => f.id === 'koriyama-kouikiken')!.members].sort(),
    );
  });

  it('ignores a framework id that is not one of the city', () => {
    const view = makeRegionView(input({ selected: 'sagami-robot' }));
    expect(view.selected).toBeNull();
    expect(view.highlighted.size).toBe(0);
  });

  it('hides prefecture-wide unions until toggled, and shows them when toggled', () => {
    const hidden = makeRegionView(input({}));
    expect(hidden.frameworks.find((p) => p.framework.id === 'fukushima-kouki')?.visible).toBe(
      false,
    );
    const shown = makeRegionView(input({ toggled: new Set(['fukushima-kouki', 'adachi-kouiki']) }));
    expect(shown.frameworks.find((p) => p.framework.id === 'fukushima-kouki')?.visible).toBe(true);
    expect(shown.frameworks.find((p) => p.framework.id === 'adachi-kouiki')?.visible).toBe(false);
  });

  it('fits the selection: the members of the selected framework, all inside the focus', () => {
    const view = makeRegionView(input({ city: 'ichinoseki', selected: 'kuritome-ichihei' }));
    const [[w, s], [e, n]] = view.focus;
    for (const code of view.selected!.framework.members) {
      const m = municipalities.find((x) => x.code === code)!;
      expect(m.lon > w && m.lon < e && m.lat > s && m.lat < n).toBe(true);
    }
    expect(e - w).toBeLessThan(1);
  });

  it('shows the city and the members of the drawn frameworks', () => {
    const view = makeRegionView(input({ city: 'iwaki' }));
    expect(view.cityCode).toBe('072044');
    expect(view.shown.map((m) => m.code)).toContain('082155');
    expect(view.shown.map((m) => m.code)).not.toContain('072109');
  });
});

describe('indexMemberships', () => {
  it('lists every framework 二本松市 belongs to, two of them 連携中枢都市圏', () => {
    const of = indexMemberships(regions.frameworks).get('072109')!;
    expect(of.map((f) => f.id).sort()).toEqual(
      [
        'adachi-kouiki',
        'adachi-shichosonkai',
        'adachi-shogaisha-shinsakai',
        'fukushima-denen',
        'fukushima-kenniki-kyogikai',
        'fukushima-kouki',
        'koriyama-kouikiken',
      ].sort(),
    );
    expect(of.filter((f) => f.kind === '連携中枢都市圏')).toHaveLength(2);
  });
});

describe('feature collections', () => {
  it('draws one approximate area per visible framework, the selected one last', () => {
    const view = makeRegionView(input({ selected: 'fukushima-denen' }));
    const areas = makeAreaCollection(view, municipalities);
    expect(areas.features).toHaveLength(6);
    expect(areas.features.at(-1)?.properties).toMatchObject({
      id: 'fukushima-denen',
      selected: true,
    });
    expect(areas.features.every((f) => f.properties.approximate)).toBe(true);
  });

  it('draws no area for a prefecture-wide union, only its members', () => {
    const view = makeRegionView(input({ selected: 'fukushima-kouki' }));
    const areas = makeAreaCollection(view, municipalities);
    expect(areas.features.map((f) => f.properties.id)).not.toContain('fukushima-kouki');
    expect(view.highlighted.size).toBe(view.selected!.framework.members.length);
    expect(view.shown.map((m) => m.code)).toContain('072044');
  });

  it('uses imported shapes when every member has one', () => {
    const view = makeRegionView(input({ city: 'ichinoseki' }));
    const square = (x: number, y: number) => ({
      type: 'Polygon' as const,
      coordinates: [
        [
          [x, y],
          [x, y + 0.1],
          [x + 0.1, y + 0.1],
          [x + 0.1, y],
          [x, y],
        ],
      ],
    });
    const shapes = new Map([
      ['032093', square(141.1, 38.9)],
      ['034029', square(141.1, 39.0)],
    ]);
    const areas = makeAreaCollection(view, municipalities, shapes);
    const teiju = areas.features.find((f) => f.properties.id === 'ichinoseki-hiraizumi-teiju')!;
    expect(teiju.properties.approximate).toBe(false);
    expect(teiju.geometry).toEqual({
      type: 'MultiPolygon',
      coordinates: [square(141.1, 38.9).coordinates, square(141.1, 39.0).coordinates],
    });
    const kuritome = areas.features.find((f) => f.properties.id === 'kuritome-ichihei')!;
    expect(kuritome.properties.approximate).toBe(true);
  });

  it('marks highlighted points and the city, names in the chosen language', () => {
    const view = makeRegionView(input({ selected: 'adachi-kouiki' }));
    const points = makePointCollection(view, 'en');
    const highlighted = points.features.filter((f) => f.properties.highlighted);
    expect(highlighted.map((f) => f.properties.name).sort()).toEqual([
      'Motomiya',
      'Nihonmatsu',
      'Otama',
    ]);
    expect(points.features.filter((f) => f.properties.city).map((f) => f.properties.code)).toEqual([
      '072109',
    ]);
  });
});
