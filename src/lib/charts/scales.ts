// The two scales ChartFrame needs, with d3's arithmetic: the home page draws one small chart, and
// d3's scale module would be its largest chunk (~9 KiB gzip) for a handful of multiplications.

export interface LinearScale {
  (value: number): number;
  domain(): [number, number];
  range(): [number, number];
}

export interface BandScale {
  (key: string): number | undefined;
  domain(): string[];
  bandwidth(): number;
  step(): number;
}

/** Maps [d0, d1] onto [r0, r1] linearly, unclamped; a zero-width domain maps to the range's middle. */
export function linearScale(domain: [number, number], range: [number, number]): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  const scale = (v: number) => (span === 0 ? (r0 + r1) / 2 : r0 + ((v - d0) / span) * (r1 - r0));
  scale.domain = () => [d0, d1] as [number, number];
  scale.range = () => [r0, r1] as [number, number];
  return scale;
}

/** d3.scaleBand().domain(keys).range(range).paddingInner(inner).paddingOuter(outer), align 0.5. */
export function bandScale(
  keys: readonly string[],
  range: [number, number],
  inner: number,
  outer: number,
): BandScale {
  const [r0, r1] = range;
  const n = keys.length;
  const step = (r1 - r0) / Math.max(1, n - inner + outer * 2);
  const start = r0 + (r1 - r0 - step * (n - inner)) * 0.5;
  const bandwidth = step * (1 - inner);
  const at = new Map(keys.map((k, i) => [k, start + step * i]));
  const scale = (key: string) => at.get(key);
  scale.domain = () => [...keys];
  scale.bandwidth = () => bandwidth;
  scale.step = () => step;
  return scale;
}
