import { scaleBand, scaleLinear } from 'd3';
import { describe, expect, it } from 'vitest';
import { bandScale, linearScale } from './scales';

describe('linearScale matches d3.scaleLinear', () => {
  it.each([
    [
      [2015, 2035],
      [96, 600],
      [2015, 2020, 2035, 2040],
    ],
    [
      [0, 1],
      [10, 0],
      [0, 0.25, 1],
    ],
    [
      [-5, 5],
      [0, 100],
      [-5, 0, 7],
    ],
  ] as const)('domain %j range %j', (domain, range, values) => {
    const ours = linearScale([...domain], [...range]);
    const d3 = scaleLinear().domain(domain).range(range);
    for (const v of values) expect(ours(v)).toBeCloseTo(d3(v), 9);
    expect(ours.domain()).toEqual(domain);
  });
});

describe('bandScale matches d3.scaleBand', () => {
  it.each([
    [['a', 'b', 'c', 'd'], [8, 144], 0.3, 0.15],
    [['only'], [0, 34], 0.3, 0.15],
    [['a', 'b'], [0, 100], 0.05, 0.025],
    [[], [0, 100], 0.3, 0.15],
  ] as const)('keys %j range %j inner %d outer %d', (keys, range, inner, outer) => {
    const ours = bandScale(keys, [...range], inner, outer);
    const d3 = scaleBand<string>()
      .domain(keys)
      .range(range)
      .paddingInner(inner)
      .paddingOuter(outer);
    expect(ours.bandwidth()).toBeCloseTo(d3.bandwidth(), 9);
    expect(ours.step()).toBeCloseTo(d3.step(), 9);
    for (const k of keys) expect(ours(k)).toBeCloseTo(d3(k)!, 9);
    expect(ours('missing')).toBeUndefined();
  });
});
