import { describe, expect, it } from 'vitest';
import { BUDGET, checkBudgets, settledGrowth, type Report, type RouteFigures } from './budgets';
import { pickMedianRun, type LighthouseFigures } from './lighthouse';
import { describeHost } from './report';

const lh = (performance: number, extra: Partial<LighthouseFigures> = {}): LighthouseFigures => ({
  performance,
  accessibility: 100,
  bestPractices: 100,
  lcpMs: 1000,
  tbtMs: 0,
  cls: 0,
  bytes: { doc: 0, js: 0, css: 0, data: 0, other: 0 },
  foreignHosts: [],
  failedAudits: [],
  benchmarkIndex: 1700,
  ...extra,
});
const route = (
  r: string,
  js: number,
  perf: number,
  extra?: Partial<LighthouseFigures>,
): RouteFigures => ({
  route: r,
  transfer: { doc: 1000, js: js - 1000, css: 0, data: 50_000, other: 0 },
  mobile: lh(perf, extra),
  desktop: lh(100),
});
const report = (routes: RouteFigures[], interaction: Report['interaction'] = []): Report => ({
  cpuSlowdown: 4,
  routes,
  interaction,
  pipeline: null,
  scale: null,
});

describe('checkBudgets', () => {
  it.each([
    ['at every budget', route('/', BUDGET.firstLoadBytes, 98), 0],
    ['one byte over on a core route', route('/plans/iwaki', BUDGET.firstLoadBytes + 1, 98), 1],
    ['over on /search (no transfer budget there)', route('/search', 200_000, 50), 0],
    ['mobile 97 on /compare', route('/compare', 1000, 97), 1],
    ['mobile 95 on /regions, 500 KiB of map code', route('/regions', 500_000, 95), 0],
    ['mobile 94 on /regions', route('/regions', 500_000, 94), 1],
    ['accessibility 99 on /method', route('/method', 1000, 50, { accessibility: 99 }), 1],
    ['a foreign request', route('/shared', 1000, 99, { foreignHosts: ['example.org'] }), 1],
  ])('%s', (_, figures, misses) => {
    expect(checkBudgets(report([figures]))).toHaveLength(misses);
  });

  it('holds interaction to one frame with 4 cities and 50 ms with 50', () => {
    const ok = [
      { cities: 4, categoryMs: 16, citiesMs: 16, categorySettledMs: 90, citiesSettledMs: 90 },
      { cities: 50, categoryMs: 50, citiesMs: 49, categorySettledMs: 100, citiesSettledMs: 100 },
    ];
    expect(checkBudgets(report([], ok))).toEqual([]);
    const slow = [
      { cities: 4, categoryMs: 17, citiesMs: 16, categorySettledMs: 0, citiesSettledMs: 0 },
      { cities: 50, categoryMs: 20, citiesMs: 51, categorySettledMs: 0, citiesSettledMs: 0 },
    ];
    expect(checkBudgets(report([], slow))).toHaveLength(2);
  });

  const at = (cities: number, category: number, city: number) => ({
    cities,
    categoryMs: 0,
    citiesMs: 0,
    categorySettledMs: category,
    citiesSettledMs: city,
  });

  it('holds settling to 100 ms with 50 cities, for a category switch and a city toggle', () => {
    expect(checkBudgets(report([], [at(50, 100, 100)]))).toEqual([]);
    const misses = checkBudgets(report([], [at(50, 101, 100)]));
    expect(misses).toEqual(['50 cities: category switch settles in 101 ms > 100 ms']);
    expect(checkBudgets(report([], [at(50, 20, 140)]))).toHaveLength(1);
  });

  it('holds settled time to linear growth from 20 to 100 cities', () => {
    // 5× the cities: 5× the time is linear and passes, more fails.
    expect(checkBudgets(report([], [at(20, 20, 10), at(50, 50, 25), at(100, 100, 50)]))).toEqual(
      [],
    );
    expect(checkBudgets(report([], [at(20, 20, 10), at(100, 101, 50)]))).toHaveLength(1);
    expect(settledGrowth([at(20, 20, 10), at(100, 60, 60)])).toEqual({
      category: 3,
      cities: 6,
      linear: 5,
    });
    expect(settledGrowth([at(4, 20, 10), at(100, 60, 60)])).toBeNull();
  });

  it('holds the reader to 10 s for 300 PDF pages and to linear growth in a line', () => {
    const reader = (pdfCpuSeconds: number, lineGrowth: number): Report => ({
      ...report([]),
      reader: {
        textMb: 3,
        secondsPerMb: 1,
        textItems: 1000,
        longLineMb: 3,
        longLineSeconds: 1,
        halfLineSeconds: 0.5,
        lineGrowth,
        pdfPages: 300,
        pdfMb: 1,
        pdfWallSeconds: pdfCpuSeconds,
        pdfCpuSeconds,
        pdfItems: 900,
        rssMb: 600,
      },
    });
    expect(checkBudgets(reader(10, 2.5))).toEqual([]);
    expect(checkBudgets(reader(10.1, 2.5))).toHaveLength(1);
    expect(checkBudgets(reader(4, 3.9))).toHaveLength(1);
  });
});

describe('pickMedianRun', () => {
  it('keeps the run with the median performance score', () => {
    const runs = [lh(91, { tbtMs: 300 }), lh(97, { tbtMs: 90 }), lh(84, { tbtMs: 500 })];
    expect(pickMedianRun(runs).performance).toBe(91);
    expect(pickMedianRun(runs).tbtMs).toBe(300);
  });

  it('takes the lower middle of an even count, and a single run as it is', () => {
    expect(pickMedianRun([lh(90), lh(99), lh(95), lh(80)]).performance).toBe(90);
    expect(pickMedianRun([lh(77)]).performance).toBe(77);
    expect(() => pickMedianRun([])).toThrow();
  });
});

describe('describeHost', () => {
  const at = (benchmarkIndex: number): RouteFigures => ({
    ...route('/', 50_000, 98, { benchmarkIndex }),
    desktop: lh(100, { benchmarkIndex }),
  });
  it('gives the median benchmarkIndex and the slowdown', () => {
    const text = describeHost(report([at(3000), at(3800), at(3900)]));
    expect(text).toContain('benchmarkIndex 3800');
    expect(text).toContain('slowed 4×');
    expect(text).toContain('4× scaled to this host is 8.7×');
  });
  it('says whether the host is faster or slower than Lighthouse calibrates for', () => {
    expect(describeHost(report([at(3800)]))).toContain('read higher');
    expect(describeHost(report([at(1170)]))).toContain('read lower');
    expect(describeHost(report([at(1700)]))).toContain('within it');
  });
  it('says nothing when no Lighthouse run was made', () => {
    expect(describeHost(report([{ ...at(1700), mobile: null, desktop: null }]))).toBe('');
  });
});
