// The map's categorical palette (one colour per framework a city belongs to) must stay
// distinguishable under the common colour-vision deficiencies. Each is simulated with Machado,
// Oliveira & Fernandes (2009) at full severity, applied in linear sRGB; distance is CIE76 ΔE in
// CIELAB (D65). Every pair of colours a city draws at once must stay at least MIN_DELTA_E apart.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Regions } from '../../src/lib/data/schemas';
import { FRAMEWORK_COLORS } from '../../src/lib/map/regionView';

type Vec3 = [number, number, number];
type Mat3 = [Vec3, Vec3, Vec3];

const MACHADO: Record<string, Mat3> = {
  none: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};
/** About three times a just-noticeable difference: two hull fills side by side read as two. */
const MIN_DELTA_E = 12;

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

export function hexToLinear(hex: string): Vec3 {
  const n = (i: number) => toLinear(parseInt(hex.slice(i, i + 2), 16) / 255);
  return [n(1), n(3), n(5)];
}

export function simulate(rgb: Vec3, m: Mat3): Vec3 {
  const row = (r: Vec3) => Math.min(1, Math.max(0, r[0] * rgb[0] + r[1] * rgb[1] + r[2] * rgb[2]));
  return [row(m[0]), row(m[1]), row(m[2])];
}

export function linearToLab([r, g, b]: Vec3): Vec3 {
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

export const deltaE = (a: Vec3, b: Vec3) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

function closestPair(colors: readonly string[], m: Mat3) {
  const labs = colors.map((c) => linearToLab(simulate(hexToLinear(c), m)));
  let best = { d: Infinity, pair: ['', ''] };
  for (let i = 0; i < labs.length; i++)
    for (let j = i + 1; j < labs.length; j++) {
      const d = deltaE(labs[i]!, labs[j]!);
      if (d < best.d) best = { d, pair: [colors[i]!, colors[j]!] };
    }
  return best;
}

describe('colour conversions', () => {
  it.each([
    ['#ffffff', [100, 0, 0]],
    ['#000000', [0, 0, 0]],
    ['#ff0000', [53.24, 80.09, 67.2]],
  ] as const)('%s is L*a*b* %j', (hex, lab) => {
    const got = linearToLab(hexToLinear(hex));
    got.forEach((v, i) => expect(v).toBeCloseTo(lab[i]!, 0));
  });

  it('deuteranopia merges the red and green that Tableau 10 uses (the test can fail)', () => {
    expect(closestPair(['#e15759', '#59a14f'], MACHADO.deuteranopia!).d).toBeLessThan(MIN_DELTA_E);
    expect(closestPair(['#e15759', '#59a14f'], MACHADO.none!).d).toBeGreaterThan(MIN_DELTA_E);
  });
});

describe('framework palette under simulated colour blindness', () => {
  const regions = Regions.parse(JSON.parse(readFileSync('static/data/regions.json', 'utf8')));
  const cities = [...new Set(regions.frameworks.flatMap((f) => f.cities))];
  const drawn = (city: string) => regions.frameworks.filter((f) => f.cities.includes(city)).length;

  it('has a colour for every framework of the city with the most', () => {
    expect(FRAMEWORK_COLORS.length).toBeGreaterThanOrEqual(Math.max(...cities.map(drawn)));
  });

  for (const [vision, m] of Object.entries(MACHADO)) {
    it.each(cities)(`${vision}: %s's colours stay ≥ ${MIN_DELTA_E} ΔE apart`, (city) => {
      const { d, pair } = closestPair(FRAMEWORK_COLORS.slice(0, drawn(city)), m);
      expect(d, `${pair.join(' vs ')}`).toBeGreaterThanOrEqual(MIN_DELTA_E);
    });
  }
});
