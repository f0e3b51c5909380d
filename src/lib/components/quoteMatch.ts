// Finds a quote in a span of source lines the way the data contract compares them: after NFKC and
// with all whitespace removed. The extractions put spaces and full-width letters inside words
// (“SDG ｓ”), so a plain substring search would miss many quotes.

export interface LineSpan {
  /** 0-based index into the lines given. */
  line: number;
  start: number;
  end: number;
}

interface Folded {
  text: string;
  /** For each folded UTF-16 unit, the [line, offset] of the character it came from. */
  origin: Array<[number, number]>;
}

function fold(lines: readonly string[]): Folded {
  let text = '';
  const origin: Array<[number, number]> = [];
  lines.forEach((line, li) => {
    let offset = 0;
    for (const ch of line) {
      const folded = ch.normalize('NFKC').replace(/\s+/g, '');
      for (let k = 0; k < folded.length; k++) origin.push([li, offset]);
      text += folded;
      offset += ch.length;
    }
  });
  return { text, origin };
}

const foldQuote = (quote: string) => quote.normalize('NFKC').replace(/\s+/g, '');

/** Where the first occurrence of `quote` sits in `lines`, one span per line it touches. */
export function findQuoteSpans(lines: readonly string[], quote: string): LineSpan[] {
  const needle = foldQuote(quote);
  if (!needle) return [];
  const { text, origin } = fold(lines);
  const at = text.indexOf(needle);
  if (at < 0) return [];
  const head = origin[at];
  const tail = origin[at + needle.length - 1];
  if (!head || !tail) return [];
  const [firstLine, firstOffset] = head;
  const [lastLine, lastOffset] = tail;
  const spans: LineSpan[] = [];
  for (let li = firstLine; li <= lastLine; li++) {
    const line = lines[li] ?? '';
    const start = li === firstLine ? firstOffset : 0;
    const end =
      li === lastLine
        ? lastOffset + String.fromCodePoint(line.codePointAt(lastOffset) ?? 0).length
        : line.length;
    spans.push({ line: li, start, end });
  }
  return spans;
}
