import { describe, expect, it } from 'vitest';
import { synthesizePlans } from './bench-scale';
import { readPlans } from './buildConcepts';

const real = readPlans();

describe('synthesizePlans', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const a = synthesizePlans(real, 3, 7);
    expect(synthesizePlans(real, 3, 7)).toEqual(a);
    expect(synthesizePlans(real, 3, 8)).not.toEqual(a);
  });

  it('builds plans of 300 unlabelled items whose parents are in the same plan', () => {
    const plans = synthesizePlans(real, 4);
    const realTitles = new Set(real.flatMap((p) => p.items.map((i) => i.title)));
    plans.forEach((items, p) => {
      expect(items).toHaveLength(300);
      const ids = new Set(items.map((i) => i.id));
      expect(ids.size).toBe(300);
      for (const item of items) {
        expect(item.id.startsWith(`syn${p}/`)).toBe(true);
        if (item.parent) expect(ids).toContain(item.parent);
        expect(item.categories).toBeUndefined();
      }
      // Most titles are real ones; some are spliced from two, so distinct titles grow with N.
      const spliced = items.filter((i) => !realTitles.has(i.title)).length;
      expect(spliced).toBeGreaterThan(30);
      expect(spliced).toBeLessThan(150);
    });
  });
});
