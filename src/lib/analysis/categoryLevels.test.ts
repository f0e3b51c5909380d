import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { PlanIndex, type Plan } from '$lib/data/schemas';
import { summarize } from '$lib/data/summarize';
import { levelRank, makeLevelMatrix } from './categoryLevels';

const index = PlanIndex.parse(JSON.parse(readFileSync('static/data/index.json', 'utf8')));

describe('makeLevelMatrix', () => {
  it('gives each category the highest level naming it, counting goals and policies', () => {
    const [row] = makeLevelMatrix(
      [
        {
          id: 'x',
          countsByCategoryKind: {
            health: { measure: 5, policy: 2, context: 9 },
            safety: { viewpoint: 1 },
            industry: { context: 3 },
          },
        },
      ],
      ['health', 'safety', 'industry', 'children'],
    );
    expect(row!.cells.map((c) => [c.category, c.top, c.counts.goal, c.counts.policy])).toEqual([
      ['health', 'policy', 0, 2],
      ['safety', 'other', 0, 0],
      ['industry', null, 0, 0],
      ['children', null, 0, 0],
    ]);
    expect([levelRank('goal'), levelRank('other'), levelRank(null)]).toEqual([4, 1, 0]);
  });

  it('agrees with the committed plans item by item', () => {
    for (const city of index.cities) {
      const plan = JSON.parse(readFileSync(`static/data/${city.file}`, 'utf8')) as Plan;
      expect(summarize(plan).countsByCategoryKind).toEqual(city.countsByCategoryKind);
      const [row] = makeLevelMatrix([city], ['administration']);
      const goals = plan.items.filter(
        (i) => i.kind === 'goal' && i.categories?.includes('administration'),
      ).length;
      expect(row!.cells[0]!.counts.goal).toBe(goals);
    }
  });
});
