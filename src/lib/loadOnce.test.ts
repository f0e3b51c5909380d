import { describe, expect, it } from 'vitest';
import { loadOnce } from './loadOnce';

describe('loadOnce', () => {
  it('starts the load on the first call only and hands every caller the same promise', async () => {
    let starts = 0;
    const load = loadOnce(async () => ++starts);
    expect(starts).toBe(0);
    const first = load();
    expect(load()).toBe(first);
    expect(await first).toBe(1);
    expect(starts).toBe(1);
  });
});
