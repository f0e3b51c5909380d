import { describe, expect, it } from 'vitest';
import { QuoteLocator } from './locateQuote';

const SOURCE =
  '第1章\n防災の取組\n地域の自主防災組織を\n育成します。\n\n地域の自主防災組織を育成します。\n';
const item = { file: 'sources/a.txt', line: 2, quote: '防災の取組' };

describe('QuoteLocator', () => {
  const locator = new QuoteLocator(new Map([['sources/a.txt', SOURCE]]));

  it('finds a quote across a line break, first at or after the item', () => {
    expect(locator.locate(item, '地域の自主防災組織を育成します。')).toEqual({
      file: 'sources/a.txt',
      line: 3,
      endLine: 4,
      quote: '地域の自主防災組織を育成します。',
    });
    expect(locator.locate({ ...item, line: 5 }, '地域の自主防災組織を育成します。')).toEqual({
      file: 'sources/a.txt',
      line: 6,
      quote: '地域の自主防災組織を育成します。',
    });
  });

  it('compares as quotes are checked: NFKC, whitespace ignored', () => {
    expect(locator.locate(item, '防災の 取組')?.line).toBe(2);
    expect(locator.locate(item, '第１章')?.line).toBe(1);
  });

  it('returns null for words that are not in the file, and without the file outside the item', () => {
    expect(locator.locate(item, 'どこにもない文です。')).toBeNull();
    const blind = new QuoteLocator();
    expect(blind.locate(item, '防災の')).toEqual({ ...item, quote: '防災の' });
    expect(blind.locate(item, '自主防災組織')).toBeNull();
  });
});
