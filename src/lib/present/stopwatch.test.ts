import { describe, expect, it } from 'vitest';
import { formatElapsed, Stopwatch } from './stopwatch.svelte';

describe('formatElapsed', () => {
  it.each([
    [0, '00:00'],
    [999, '00:00'],
    [61_000, '01:01'],
    [59 * 60_000 + 59_000, '59:59'],
    [3_600_000 + 5_000, '1:00:05'],
    [-5, '00:00'],
  ])('%i ms is %s', (ms, text) => {
    expect(formatElapsed(ms)).toBe(text);
  });
});

describe('Stopwatch', () => {
  it('counts while running, holds while paused, and resets to zero', () => {
    let now = 1_000;
    const watch = new Stopwatch(() => now);
    now += 5_000;
    expect(watch.elapsed).toBe(5_000);
    watch.toggle();
    now += 60_000;
    expect([watch.running, watch.elapsed]).toEqual([false, 5_000]);
    watch.toggle();
    now += 2_000;
    expect(watch.elapsed).toBe(7_000);
    watch.reset();
    expect(watch.elapsed).toBe(0);
    now += 1_000;
    expect([watch.running, watch.elapsed]).toEqual([true, 1_000]);
  });
});
