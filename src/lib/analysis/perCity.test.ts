import { describe, expect, it } from 'vitest';
import { PerCity } from './perCity';

describe('PerCity', () => {
  const a = { id: 'a', n: 1 };
  const b = { id: 'b', n: 2 };

  it('makes each city’s row once and gives the same object again', () => {
    let made = 0;
    const rows = new PerCity(
      (city: typeof a, k: number) => (made++, { id: city.id, v: city.n * k }),
    );
    const first = rows.map([a, b], 10);
    expect(first).toEqual([
      { id: 'a', v: 10 },
      { id: 'b', v: 20 },
    ]);
    const toggled = rows.map([b], 10);
    expect(toggled[0]).toBe(first[1]);
    expect(rows.map([a, b], 10)).toEqual(first);
    expect(rows.map([a, b], 10)[0]).toBe(first[0]);
    expect(made).toBe(2);
  });

  it('starts afresh when what else the rows depend on changes', () => {
    const rows = new PerCity((city: typeof a, k: number) => ({ id: city.id, v: city.n * k }));
    const first = rows.map([a], 10);
    const other = rows.map([a], 3);
    expect(other).toEqual([{ id: 'a', v: 3 }]);
    expect(other[0]).not.toBe(first[0]);
  });
});
