// The hand-written unseen-titles lists (tests/eval/unseen-titles*.json) are gold: these checks
// keep their shape honest (taxonomy categories, goals 1–17, a parent that is an earlier item of
// the same plan, nothing both required and acceptable). They never look at the labeller's output.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS } from '../../src/lib/data/schemas';
import { loadUnseenPlans } from '../../scripts/eval/unseenTitles';

const DIR = join(import.meta.dirname, '..', 'eval');
const FILES = readdirSync(DIR).filter((f) => /^unseen-titles.*\.json$/.test(f));
const categories = new Set<string>(CATEGORY_IDS);

describe.each(FILES)('%s', (file) => {
  const plans = loadUnseenPlans(join(DIR, file));

  it('has a note and plans with distinct names', () => {
    const raw = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as { note?: string };
    expect(raw.note?.length ?? 0).toBeGreaterThan(20);
    expect(plans.length).toBeGreaterThan(0);
    expect(new Set(plans.map((p) => p.name)).size).toBe(plans.length);
  });

  it('labels every item with taxonomy categories and goals 1–17, never both must and ok', () => {
    const problems: string[] = [];
    for (const plan of plans) {
      for (const g of plan.items) {
        for (const c of [...g.must, ...g.ok])
          if (!categories.has(c)) problems.push(`${g.title}: ${c}`);
        for (const n of [...g.sdgs, ...g.sdgsOk])
          if (!Number.isInteger(n) || n < 1 || n > 17) problems.push(`${g.title}: goal ${n}`);
        if (g.must.some((c) => g.ok.includes(c))) problems.push(`${g.title}: must ∩ ok`);
        if (g.sdgs.some((n) => g.sdgsOk.includes(n))) problems.push(`${g.title}: sdgs ∩ sdgsOk`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('puts every item under an earlier item of its own plan, titles unique per plan', () => {
    const problems: string[] = [];
    for (const plan of plans) {
      const seen = new Set<string>();
      for (const g of plan.items) {
        if (g.parent !== null && !seen.has(g.parent)) problems.push(`${plan.name}: ${g.title}`);
        if (seen.has(g.title)) problems.push(`${plan.name}: repeated ${g.title}`);
        seen.add(g.title);
      }
    }
    expect(problems).toEqual([]);
  });
});
