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

// The fold the labeller and the search use (NFKC, no whitespace, Latin lower-cased), one character
// at a time so each folded unit maps back to where it came from.
function foldLower(lines: readonly string[]): Folded {
  let text = '';
  const origin: Array<[number, number]> = [];
  lines.forEach((line, li) => {
    let offset = 0;
    for (const ch of line) {
      const folded = ch.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
      for (let k = 0; k < folded.length; k++) origin.push([li, offset]);
      text += folded;
      offset += ch.length;
    }
  });
  return { text, origin };
}

function spansOf(
  lines: readonly string[],
  origin: Folded['origin'],
  at: number,
  length: number,
): LineSpan[] {
  const head = origin[at];
  const tail = origin[at + length - 1];
  if (!head || !tail) return [];
  const spans: LineSpan[] = [];
  for (let li = head[0]; li <= tail[0]; li++) {
    const line = lines[li] ?? '';
    const start = li === head[0] ? head[1] : 0;
    const end =
      li === tail[0]
        ? tail[1] + String.fromCodePoint(line.codePointAt(tail[1]) ?? 0).length
        : line.length;
    if (end > start) spans.push({ line: li, start, end });
  }
  return spans;
}

/**
 * Every occurrence of each term in `lines` (folded as the labeller folds: NFKC, no whitespace,
 * lower case), as spans per line, sorted and with overlaps merged. A term may cross a line break.
 */
export function findTermSpans(lines: readonly string[], terms: readonly string[]): LineSpan[] {
  const { text, origin } = foldLower(lines);
  const found: LineSpan[] = [];
  for (const term of new Set(
    terms.map((t) => t.normalize('NFKC').replace(/\s+/g, '').toLowerCase()),
  )) {
    if (!term) continue;
    for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length))
      found.push(...spansOf(lines, origin, at, term.length));
  }
  found.sort((a, b) => a.line - b.line || a.start - b.start);
  const merged: LineSpan[] = [];
  for (const span of found) {
    const last = merged.at(-1);
    if (last && last.line === span.line && span.start <= last.end)
      last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** How far past the lines found so far the next part of a description may start (blank lines,
 * a sub-heading, a table row between). */
const TEXT_REACH = 12;
/** Shorter parts of a description (a label such as 現状と課題) could be found anywhere. */
const MIN_PART = 6;

const foldTerm = (text: string) => text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/**
 * The lines an item stands on: its title's lines, and the lines of its description found near
 * them (after, or just before: a lead paragraph above its heading). The description is looked for
 * whole (after the fold), else part by part (its lines and sentences, as a description put
 * together from labelled paragraphs is), each part within a few lines of what was found so far.
 * 1-based, inclusive.
 */
export function findPassage(
  lines: readonly string[],
  title: { line: number; endLine?: number },
  text?: string,
): { first: number; last: number } {
  let first = title.line;
  let last = title.endLine ?? title.line;
  if (!text) return { first, last };
  const from = Math.max(0, first - 1 - TEXT_REACH);
  const { text: folded, origin } = foldLower(lines.slice(from));
  const lineAt = (at: number) => (origin[at]?.[0] ?? 0) + from + 1;
  const whole = foldTerm(text);
  const parts = [whole, ...text.split(/[\n。：:]/u).map(foldTerm)].filter(
    (p) => p.length >= MIN_PART,
  );
  let cursor = 0;
  for (const [i, part] of parts.entries()) {
    const at = folded.indexOf(part, cursor);
    if (at < 0 || lineAt(at) > last + TEXT_REACH) continue;
    if (lineAt(at + part.length - 1) < first - TEXT_REACH) continue;
    first = Math.min(first, lineAt(at));
    last = Math.max(last, lineAt(at + part.length - 1));
    cursor = at + part.length;
    if (i === 0) break; // the whole description was found
  }
  return { first, last };
}

/** Term spans by 1-based line number, for spans found in lines starting at line `first`. */
export function spansByLine(spans: readonly LineSpan[], first: number): Map<number, LineSpan[]> {
  const byLine = new Map<number, LineSpan[]>();
  for (const s of spans) byLine.set(s.line + first, [...(byLine.get(s.line + first) ?? []), s]);
  return byLine;
}

export interface MarkedPart {
  text: string;
  /** Inside the quote (the item's title). */
  quote: boolean;
  /** Inside a marked term. */
  term: boolean;
}

/** One line cut where the quote or a term starts or ends, each part flagged. */
export function markLine(
  text: string,
  quote: LineSpan | undefined,
  terms: readonly LineSpan[],
): MarkedPart[] {
  const cuts = new Set([0, text.length]);
  if (quote) cuts.add(quote.start).add(quote.end);
  for (const m of terms) cuts.add(m.start).add(m.end);
  const at = [...cuts].sort((a, b) => a - b);
  return at.slice(1).map((end, i) => {
    const start = at[i] ?? 0;
    return {
      text: text.slice(start, end),
      quote: !!quote && start >= quote.start && end <= quote.end,
      term: terms.some((m) => start >= m.start && end <= m.end),
    };
  });
}
