import { describe, expect, it } from 'vitest';
import type { PlanItem } from '../../src/lib/data/schemas';
import type { ItemRule } from './curation';
import { linkRepeats } from './linkRepeats';

const item = (id: string, title: string): PlanItem => ({
  id: `x/${id}`,
  parent: null,
  kind: 'measure',
  title,
  source: { file: 'sources/x.txt', line: 1, quote: title },
});

const RULES = [{ repeatMarker: '再掲' }] as ItemRule[];

describe('linkRepeats', () => {
  it('links a (再掲) row to the one row whose title matches without parentheticals', () => {
    const items = [
      item('a', '窓口業務の民間委託 (郵便局への窓口業務委託)'),
      item('b', '窓口業務の民間委託 (再掲：方策 1-1-3 掲載)'),
    ];
    linkRepeats(items, RULES);
    expect(items[1]).toMatchObject({ repeats: 'x/a' });
    expect(items[0]!.repeats).toBeUndefined();
  });

  it('notes a repeat whose original is not in the sources', () => {
    const items = [item('a', '森林ボランティア関係 (再掲：4-3-2 掲載)')];
    linkRepeats(items, RULES);
    expect(items[0]!.repeats).toBeUndefined();
    expect(items[0]!.note).toContain('再掲：4-3-2 掲載');
  });

  it('does nothing when no rule names a repeat marker', () => {
    const items = [item('a', '森林ボランティア関係 (再掲：4-3-2 掲載)')];
    const before = structuredClone(items);
    linkRepeats(items, []);
    expect(items).toEqual(before);
  });
});
