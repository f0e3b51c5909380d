import { describe, expect, it } from 'vitest';
import { calcYearDomain, pickYearTicks, placePeriods, type PeriodRow } from './timeline';

const row = (id: string, start: number | null, end: number | null): PeriodRow => ({
  id,
  label: id,
  start,
  end,
});

describe('calcYearDomain', () => {
  it.each([
    [
      'spans every period, end inclusive',
      [row('a', 2021, 2030), row('b', 2024, 2031)],
      [2021, 2032],
    ],
    ['ignores rows without a period', [row('a', 2026, 2030), row('b', null, null)], [2026, 2031]],
    ['falls back when nothing has a period', [row('b', null, null)], [2020, 2030]],
    ['falls back for no rows', [], [2020, 2030]],
  ] as const)('%s', (_name, rows, expected) => {
    const copy = structuredClone(rows);
    expect(calcYearDomain(rows, [2020, 2030])).toEqual(expected);
    expect(rows).toEqual(copy);
  });
});

describe('pickYearTicks', () => {
  it.each([
    [[2021, 2032], 800, [2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032]],
    [[2021, 2032], 300, [2022, 2024, 2026, 2028, 2030, 2032]],
    [[2021, 2032], 150, [2025, 2030]],
  ] as const)('%j at %dpx', (domain, width, expected) => {
    expect(pickYearTicks([...domain], width)).toEqual(expected);
  });
});

describe('placePeriods', () => {
  it('maps start to the start of its year and end to the end of its year', () => {
    const x = (y: number) => (y - 2020) * 10;
    const rows = [row('a', 2021, 2030), row('b', null, null)];
    const placed = placePeriods(rows, x);
    expect(placed[0]).toMatchObject({ x0: 10, x1: 110 });
    expect(placed[1]?.x0).toBeNaN();
    expect(rows[0]).not.toHaveProperty('x0');
  });
});
