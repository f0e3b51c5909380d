import { describe, expect, it } from 'vitest';
import { ITEM_KINDS } from '$lib/data/schemas';
import { kindLabel } from './kindLabel';

describe('kindLabel', () => {
  it.each(ITEM_KINDS.map((k) => [k]))('labels kind %s in both languages', (kind) => {
    expect(kindLabel('ja', kind)).not.toBe(kind);
    expect(kindLabel('en', kind)).toMatch(/^[A-Z]/);
  });

  it('falls back to the id for a kind it does not know', () => {
    expect(kindLabel('ja', 'newkind')).toBe('newkind');
  });
});
