import { describe, expect, it } from 'vitest';
import { formatCount } from './formatCount';

describe('formatCount', () => {
  const samples = [
    0, 7, 42, 999, 1000, 1001, 12345, 53_890, 332_931, 1_000_000, 123_456_789, -1234, 1234.5,
  ];
  it.each(samples)('writes %d as Intl does in ja-JP and en-US', (n) => {
    expect(formatCount(n)).toBe(n.toLocaleString('ja-JP', { maximumFractionDigits: 20 }));
    expect(formatCount(n)).toBe(n.toLocaleString('en-US', { maximumFractionDigits: 20 }));
  });
});
