// Finds where a quote sits in a source. Quotes are compared as match keys, so a quote may span a
// line break or padding spaces the way check-data.mjs allows.
import { toMatchKey } from '../../src/lib/reader/normalize';

export interface Span {
  line: number;
  endLine: number;
}

const MAX_SPAN = 8;

/** The first span (1-based, starting at or after `fromLine`) whose joined lines hold the quote. */
export function findQuote(lines: readonly string[], quote: string, fromLine = 1): Span | null {
  const key = toMatchKey(quote);
  if (!key) return null;
  const keys = lines.map(toMatchKey);
  for (let i = fromLine - 1; i < lines.length; i++) {
    let joined = '';
    for (let j = i; j < Math.min(lines.length, i + MAX_SPAN); j++) {
      joined += keys[j];
      if (joined.includes(key)) return spanOf(keys, i, j, key);
    }
  }
  return null;
}

// Trims the span to the lines the quote actually touches (leading lines may be needless).
function spanOf(keys: readonly string[], i: number, j: number, key: string): Span {
  let start = i;
  while (
    start < j &&
    keys
      .slice(start + 1, j + 1)
      .join('')
      .includes(key)
  )
    start++;
  return { line: start + 1, endLine: j + 1 };
}

/** Whether the quote occurs in the given 1-based lines, as check-data.mjs tests it. */
export function quoteHolds(
  lines: readonly string[],
  line: number,
  endLine: number,
  quote: string,
): boolean {
  return toMatchKey(lines.slice(line - 1, endLine).join('')).includes(toMatchKey(quote));
}
