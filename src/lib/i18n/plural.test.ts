import { describe, expect, it } from 'vitest';
import { plural } from './plural';

describe('plural', () => {
  it.each([
    [0, '0 items'],
    [1, '1 item'],
    [2, '2 items'],
    [21, '21 items'],
  ])('%i', (n, want) => expect(plural(n, 'item', 'items')).toBe(want));
  it('shows a formatted number', () =>
    expect(plural(1200, 'item', 'items', '1,200')).toBe('1,200 items'));
});
