// Source lines to logical lines: the units the outline is built from. A logical line is one
// marker line, one table row or one paragraph, and it remembers the source lines it spans.
// Extraction breaks paragraphs at the page's width and runs lists together on one line (a whole
// table of contents, ① … ② … ③ …); both are undone here.
import { classifyLine, isStructureWord, type LineMarker } from './markers';
import { captionRole } from './tree';

export interface LogicalLine {
  /** The repaired text the reader works with. */
  text: string;
  /** 1-based first and last source line. */
  line: number;
  endLine: number;
  /** 0-based page of the first line. */
  page: number;
  marker: LineMarker;
  /** A tab-separated table row. */
  row?: string[];
  /** A blank line (or dropped frame) stands before it. */
  gap?: true;
  /** Indentation of its first line: ideographic spaces, or pairs of ASCII spaces. */
  indent?: number;
}

/** A line's indentation in ideographic spaces (two ASCII spaces count as one). */
export function indentOf(line: string): number {
  let n = 0;
  let ascii = 0;
  for (const ch of line) {
    if (ch === '\u3000') n++;
    else if (ch === ' ') ascii++;
    else break;
  }
  return n + Math.floor(ascii / 2);
}

export interface SourceView {
  /** Each source line's repaired text, '' for furniture and blank lines. */
  clean: readonly string[];
  pageOf: readonly number[];
  /**
   * The lines are an HTML page's blocks and <br> breaks: none was broken at a page's width, so
   * none goes on onto the next line.
   */
  blocks?: boolean;
}

const SENTENCE_END = /[。．！？!?」』）)】：:]$/u;

const MIN_PAGE_WIDTH = 16;

/** A line that starts a field: 「施策：…」, 「担当課：…」. */
const FIELD_START = /^[^：:、。]{1,10}[：:]/u;
/** A line that ends with an opening bracket: its words are on the next line. */
const OPEN_BRACKET_END = /[（(「『【〔［[]$/u;

/** How long the document's full lines are: a line this long was probably broken by the page. */
function fullWidth(clean: readonly string[]): number {
  const lengths = clean
    .filter((l) => !l.includes('\t'))
    .map((l) => [...l.trim()].length)
    .filter((n) => n >= 10);
  if (lengths.length < 5) return Infinity;
  lengths.sort((a, b) => a - b);
  const width = lengths[Math.floor(lengths.length * 0.8)]!;
  // Lines this short are a list's or a diagram's, not prose broken at a page's width.
  if (width < MIN_PAGE_WIDTH) return Infinity;
  // Many lines far longer than that: paragraphs kept whole on one line each (a web page copied as
  // text), so no line was broken at a width.
  const long = lengths.filter((n) => n > width * 1.5).length;
  return long >= lengths.length * 0.1 ? Infinity : width;
}

// A marker that starts a new entry in the middle of a line, after a space or a sentence end.
const INLINE_START =
  /(?<=^|[\s\u3000。．！？」』）)])(?=[①-⑳❶-❿➊-➓■□◆◇●○◎▶]|[(（][0-9０-９]{1,2}[)）]|[(（][アイウエオカキクケコ][)）]|第[0-9０-９一二三四五六七八九十]{1,3}[編部章節]|[0-9０-９]{1,2}(?:[-－][0-9０-９]{1,2})+[\s\u3000]|(?:基本目標|基本政策|基本施策|政策|施策|方針|目標|取組み?|取り組み|プロジェクト)[\s\u3000]?[0-9０-９Ⅰ-Ⅻ]|[0-9０-９]{1,2}[.．][\s\u3000])/u;

/** Marker labels as numbers for comparing order: "2-3" → [2, 3]. */
const labelKey = (m: LineMarker) => (m.label ?? '').split('-').map((p) => Number(p) || 0);

function follows(prev: LineMarker, next: LineMarker): boolean {
  if (prev.type !== next.type || (prev.prefix ?? '') !== (next.prefix ?? '')) return false;
  if (prev.label === null || next.label === null) return prev.label === next.label;
  const a = labelKey(prev);
  const b = labelKey(next);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((b[i] ?? 0) > (a[i] ?? 0)) return true;
    if ((b[i] ?? 0) < (a[i] ?? 0)) return false;
  }
  return false;
}

/**
 * Splits a line that runs several entries of one list together (2-1 … 2-2 … 2-3 …, ① … ② …):
 * the pieces must carry markers of one kind in rising order, so a marker-like word inside a
 * sentence does not split it.
 */
export function splitRunOn(text: string): string[] {
  if (text.length < 12) return [text];
  const starts: number[] = [];
  const re = new RegExp(INLINE_START.source, 'gu');
  for (const m of text.matchAll(re)) if (m.index > 0) starts.push(m.index);
  if (starts.length === 0) return [text];
  const first = classifyLine(text);
  const pieces: { at: number; marker: LineMarker }[] = [{ at: 0, marker: first }];
  for (const at of starts) {
    // A marker is read from the start of what follows: a bounded slice keeps this linear.
    const marker = classifyLine(text.slice(at, at + 160));
    const prev = pieces[pieces.length - 1]!.marker;
    if (marker.type === 'text') continue;
    // A banner with the level's number set flush right (政策１ 〜    施策１－１).
    const flushRight = !marker.rest && /[\s\u3000]{3,}$/u.test(text.slice(0, at));
    if (
      flushRight ||
      follows(prev, marker) ||
      (pieces.length === 1 && first.type === 'text' && marker.rest)
    )
      pieces.push({ at, marker });
  }
  // One marker after free text is a list only when a second one of the same kind follows.
  if (pieces.length < 2 || (pieces.length === 2 && first.type === 'text')) return [text];
  const parts = pieces.map((p, k) => text.slice(p.at, pieces[k + 1]?.at ?? text.length).trim());
  // A piece of marks only ("-", "#") belongs to the entry after it.
  const out: string[] = [];
  let carry = '';
  for (const part of parts) {
    if (!/[\p{L}\p{N}]/u.test(part)) carry += `${part} `;
    else {
      out.push(carry + part);
      carry = '';
    }
  }
  return out.length ? out : [text];
}

/** A spreadsheet cell without its quotes: a doubled quote inside stands for one. */
const unquote = (cell: string) =>
  /^".*"$/su.test(cell) ? cell.slice(1, -1).replace(/""/gu, '"') : cell;

const quotes = (s: string) => s.match(/"/gu)?.length ?? 0;
/**
 * Whether a line opens a row whose first cell is quoted and holds line breaks (an HTML cell with
 * <br>, a spreadsheet cell with Alt+Enter): the tab comes on a later line, once the quote closes.
 */
function opensQuotedRow(clean: readonly string[], i: number): boolean {
  const first = clean[i]!.trim();
  if (!first.startsWith('"') || quotes(first) % 2 === 0) return false;
  let count = quotes(first);
  for (let j = i + 1; j < clean.length && j <= i + 20; j++) {
    const line = clean[j]!;
    if (!line.trim()) return false;
    const close = line.indexOf('"');
    count += quotes(line);
    if (close >= 0 && count % 2 === 0) return /\t\s*\S/u.test(line.slice(close));
    if (close >= 0 && /\t/u.test(line.slice(close))) return true;
  }
  return false;
}

const COLUMN_END = new Set(['labelled', 'part', 'caption', 'heading']);

/**
 * Two columns printed side by side and extracted line by line (a 施策 page with 現状と課題 on the
 * left and 主な取組 on the right): the two captions stand on consecutive lines, then the columns'
 * lines alternate. The marked lines are the list column's entries (an entry wrapped onto a short
 * unmarked line goes on there); the unmarked lines are the prose column's, one paragraph. Returns
 * the region's logical lines and where it ends, or null when line i opens no such region.
 */
export function interleavedColumns(
  clean: readonly string[],
  pageOf: readonly number[],
  i: number,
): { lines: LogicalLine[]; end: number } | null {
  const a = clean[i]!.trim();
  const b = clean[i + 1]?.trim() ?? '';
  const roles = [captionRole(a), captionRole(b)];
  if (!roles.includes('measures') || !roles.includes('context') || !a || !b) return null;
  const marked: number[] = [];
  const prose: number[] = [];
  let end = i + 2;
  for (; end < clean.length; end++) {
    const t = clean[end]!.trim();
    if (!t || clean[end]!.includes('')) break;
    const m = classifyLine(t);
    if (
      COLUMN_END.has(m.type) ||
      captionRole(t) !== null ||
      /^(?:成果指標|指標|KPI|ＫＰＩ|目標値)/u.test(t)
    )
      break;
    (m.type === 'text' ? prose : marked).push(end);
  }
  if (marked.length < 2 || prose.length < 2) return null;
  const proseLengths = prose.map((k) => [...clean[k]!.trim()].length).sort((x, y) => x - y);
  const column = proseLengths[Math.floor(proseLengths.length / 2)]!;
  const at = (k: number, text: string, endLine = k + 1): LogicalLine => ({
    text,
    line: k + 1,
    endLine,
    page: pageOf[k]!,
    marker: classifyLine(text),
  });
  const entries: LogicalLine[] = [];
  const taken = new Set<number>();
  for (const k of marked) {
    const entry = at(k, clean[k]!.trim());
    // A wrapped entry: the next line is short, unmarked and ends no sentence.
    const next = clean[k + 1]?.trim() ?? '';
    if (
      k + 1 < end &&
      prose.includes(k + 1) &&
      [...next].length <= column / 2 &&
      !/[。．]$/u.test(next)
    ) {
      entry.text += next;
      entry.endLine = k + 2;
      entry.marker = classifyLine(entry.text);
      taken.add(k + 1);
    }
    entries.push(entry);
  }
  const paragraph = prose.filter((k) => !taken.has(k));
  const text = paragraph.map((k) => clean[k]!.trim()).join('');
  const captions = [at(i, a), at(i + 1, b)];
  const [proseCaption, listCaption] = roles[0] === 'context' ? captions : captions.reverse();
  const out = [proseCaption!];
  if (paragraph.length) out.push(at(paragraph[0]!, text, paragraph[paragraph.length - 1]! + 1));
  out.push(listCaption!, ...entries);
  return { lines: out, end };
}

/** A line's indent in characters: an ideographic space is one, two ASCII spaces are one. */
function hangingIndent(line: string): number {
  const lead = /^[ \u3000]*/u.exec(line)![0];
  return [...lead].reduce((n, c) => n + (c === '\u3000' ? 1 : 0.5), 0);
}

/** Display width of a line's leading blanks (an ideographic space is two columns). */
function leadWidth(line: string): number {
  const lead = /^[ \u3000]*/u.exec(line)![0];
  return [...lead].reduce((n, c) => n + (c === '\u3000' ? 2 : 1), 0);
}

/** Display column where a marked line's words start, or -1. */
function restColumn(line: string, rest: string): number {
  const at = line.indexOf(rest.slice(0, 4));
  if (at < 0) return -1;
  return [...line.slice(0, at)].reduce((n, c) => n + (c.charCodeAt(0) < 0x7f ? 1 : 2), 0);
}

/** The first line after the blanks from line i when it stands on a later page than the open line; else -1. */
function nextOnNextPage(
  clean: readonly string[],
  pageOf: readonly number[],
  i: number,
  open: LogicalLine | null,
): number {
  if (!open) return -1;
  let k = i;
  while (k < clean.length && !clean[k]!.trim()) k++;
  return k < clean.length && pageOf[k]! > pageOf[open.endLine - 1]! ? k : -1;
}

/** Whether line k goes on the open paragraph that ran to the page's width without ending. */
function continuesOverPage(
  open: LogicalLine,
  clean: readonly string[],
  k: number,
  width: number,
): boolean {
  const text = clean[k]!.trim();
  const marker = classifyLine(text);
  return (
    !open.marker.heading &&
    open.marker.type === 'text' &&
    !open.row &&
    [...clean[open.endLine - 1]!.trim()].length >= width * 0.85 &&
    !SENTENCE_END.test(open.text) &&
    !/^(?:\u3000|\s{2,})\S/u.test(clean[k]!) &&
    marker.type === 'text' &&
    !marker.heading &&
    !FIELD_START.test(text)
  );
}

/** Builds logical lines: joins paragraph lines broken by the page, splits run-on lists. */
export function toLogicalLines(view: SourceView): LogicalLine[] {
  const { clean, pageOf } = view;
  const width = view.blocks ? Infinity : fullWidth(clean);
  const out: LogicalLine[] = [];
  let open: LogicalLine | null = null;

  const close = () => {
    if (open) out.push(open);
    open = null;
  };

  let blank = false;
  const gapped = (l: LogicalLine): LogicalLine => {
    if (blank) l.gap = true;
    blank = false;
    return l;
  };
  for (let i = 0; i < clean.length; i++) {
    const text = clean[i]!.trim();
    // A line indented with an ideographic space (or several spaces) starts a paragraph.
    const indented = /^(?:\u3000|\s{2,})\S/u.test(clean[i]!);
    // A rule drawn across the page (――――, ━━━━) separates like a blank line.
    if (!text || /^[―─━－＝=_]{8,}$/u.test(text)) {
      // A paragraph goes on across a page break: the blanks and the page's frame (left blank)
      // between its last line on one page and its next on the next do not end it.
      const k = text ? -1 : nextOnNextPage(clean, pageOf, i, open);
      if (k >= 0 && continuesOverPage(open!, clean, k, width)) {
        i = k - 1;
        continue;
      }
      close();
      blank = true;
      continue;
    }
    if ((clean[i]!.includes('\t') && /\t\s*\S/u.test(clean[i]!)) || opensQuotedRow(clean, i)) {
      close();
      // Leading tabs are empty cells (a merged cell above): only spaces are trimmed.
      // A quoted cell may hold line breaks (a spreadsheet saved as text): read to its closing quote.
      let joined = clean[i]!.replace(/^[ \u3000]+|[ \u3000]+$/gu, '');
      let end = i;
      // The cell keeps its line breaks (entries listed one per line, or a wrapped title).
      while ((joined.match(/"/gu)?.length ?? 0) % 2 === 1 && end + 1 < clean.length) {
        end++;
        joined += `\n${clean[end]!.trim()}`;
      }
      const cells = joined.split('\t').map((c) => unquote(c.trim()));
      out.push(
        gapped({
          text: joined.replace(/\n/gu, ' '),
          line: i + 1,
          endLine: end + 1,
          page: pageOf[i]!,
          marker: classifyLine(cells[0] ?? ''),
          row: cells,
        }),
      );
      i = end;
      continue;
    }
    const columns = interleavedColumns(clean, pageOf, i);
    if (columns) {
      close();
      const [first, ...rest] = columns.lines;
      out.push(gapped(first!), ...rest);
      i = columns.end - 1;
      continue;
    }
    const marker = classifyLine(text);
    const current = open as LogicalLine | null;
    // A marked entry wrapped at the page's width goes on under its words, indented by its
    // marker's width (●健康管理アプリを使った…の / (ideographic space)導入): a hanging indent, not a paragraph.
    const hanging =
      indented &&
      current !== null &&
      current.line === current.endLine &&
      !['text', 'labelled', 'heading', 'part', 'caption'].includes(current.marker.type) &&
      current.marker.rest.length > 0 &&
      hangingIndent(clean[i]!) <= current.text.length - current.marker.rest.length;
    // A tree drawn in a narrow column (施策の体系: 1-1-1 特定健診とがん検診の受診 / 率の向上): a
    // short unmarked line set exactly under the words of the marked line above, followed by a
    // marked line or a blank, is the rest of that line's title.
    if (
      !view.blocks &&
      current &&
      marker.type === 'text' &&
      !marker.heading &&
      current.line === current.endLine &&
      !['text', 'heading', 'caption'].includes(current.marker.type) &&
      current.marker.rest.length > 0 &&
      !SENTENCE_END.test(current.text) &&
      !/[、，。]/u.test(text) &&
      [...text].length <= 12 &&
      (i + 1 >= clean.length ||
        !clean[i + 1]!.trim() ||
        classifyLine(clean[i + 1]!.trim()).type !== 'text') &&
      Math.abs(leadWidth(clean[i]!) - restColumn(clean[current.line - 1]!, current.marker.rest)) <=
        1
    ) {
      current.text += text;
      current.marker = { ...current.marker, rest: current.marker.rest + text };
      current.endLine = i + 1;
      continue;
    }
    // A line continues the open one when that one ran to the page's width without ending its
    // sentence, and this one starts no entry of its own. A line broken right after an opening
    // bracket goes on whatever the next line looks like (（ / 3）移動販売…: the marker is the
    // bracket's words).
    const atWidth =
      current !== null &&
      !current.marker.heading &&
      [...clean[current.endLine - 1]!.trim()].length >= width * 0.85 &&
      !SENTENCE_END.test(current.text);
    const ranToWidth = atWidth && (!indented || hanging);
    // So does prose broken after a comma (…相談できるよう、 / （1）窓口の設置、（2）…: the list
    // is the sentence's), and prose broken right after an entry's marker (…助成します。取組2 /
    // (ideographic space)森林資源の活用…: the space after the marker came onto the next line).
    const tail = current?.text.split(/[。、，]/u).pop() ?? '';
    const tailMarker =
      tail && tail !== current?.text && !/^[0-9０-９]+$/u.test(tail) ? classifyLine(tail) : null;
    const marksTail =
      tailMarker !== null &&
      tailMarker.type !== 'text' &&
      !tailMarker.rest &&
      /^\u3000?\S/u.test(clean[i]!);
    if (
      current &&
      ((ranToWidth && OPEN_BRACKET_END.test(current.text)) ||
        (ranToWidth && current.marker.type === 'text' && /[、，]$/u.test(current.text)) ||
        (atWidth && marksTail && /[。、]/u.test(current.text)))
    ) {
      current.text += marksTail ? `\u3000${text}` : text;
      current.endLine = i + 1;
      continue;
    }
    if (
      current &&
      ranToWidth &&
      marker.type === 'text' &&
      !marker.heading &&
      // 「施策：…」 starts a field of its own, except in prose broken at the width (…取組1 健康 /
      // づくりの推進：保健師が…): a paragraph with a comma or a full stop, itself no field.
      (!FIELD_START.test(text) || (/[、。]/u.test(current.text) && !FIELD_START.test(current.text)))
    ) {
      current.text +=
        /[A-Za-z0-9]$/u.test(current.text) && /^[A-Za-z0-9]/u.test(text) ? ` ${text}` : text;
      current.endLine = i + 1;
      continue;
    }
    close();
    open = gapped({
      text,
      line: i + 1,
      endLine: i + 1,
      page: pageOf[i]!,
      marker,
      ...(indented ? { indent: indentOf(clean[i]!) } : {}),
    });
  }
  close();

  // Run-on lists become one logical line per entry, each on the source line it came from.
  const split = out.flatMap((l) => {
    if (l.row) return [l];
    const pieces = splitRunOn(l.text);
    if (pieces.length === 1) return [{ ...l, marker: classifyLine(l.text) }];
    return pieces.map((text) => ({ ...l, text, marker: classifyLine(text) }));
  });
  return joinLevelLabels(split);
}

const NUMBER_ONLY = new Set(['numbered', 'dotted', 'roman', 'circled', 'negative-circled']);

/**
 * A level's name on a line of its own with its number alone on the next (a designed page's box:
 * 基本目標 / １ / 健康で安心して暮らせるまち, as a PDF extraction gives it) is one marker: 基本目標１,
 * whose words are the line after.
 */
export function joinLevelLabels(lines: readonly LogicalLine[]): LogicalLine[] {
  const out: LogicalLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const next = lines[i + 1];
    if (
      next &&
      !l.row &&
      !next.row &&
      !next.gap &&
      l.marker.type === 'text' &&
      !l.marker.heading &&
      !next.marker.heading &&
      isStructureWord(l.text) &&
      NUMBER_ONLY.has(next.marker.type) &&
      !next.marker.rest
    ) {
      const text = `${l.text.trim()}${next.text.trim()}`;
      const marker = classifyLine(text);
      if (marker.type === 'labelled') {
        out.push({ ...l, text, endLine: next.endLine, marker });
        i++;
        continue;
      }
    }
    out.push(l);
  }
  return out;
}

/** Whether a text is comma-separated values: most lines split into the same number of fields. */
export function looksLikeCsv(lines: readonly string[], fileName: string): boolean {
  if (/\.csv$/iu.test(fileName)) return true;
  const counts = lines
    .filter((l) => l.trim())
    .slice(0, 200)
    .map((l) => l.replace(/"[^"]*"/gu, '').split(',').length);
  if (counts.length < 5) return false;
  const mode = [...counts].sort(
    (a, b) => counts.filter((c) => c === b).length - counts.filter((c) => c === a).length,
  )[0]!;
  return mode >= 3 && counts.filter((c) => c === mode).length >= counts.length * 0.6;
}

/**
 * Comma-separated lines as tab-separated ones: a comma outside quotes separates cells (a quote
 * may open on one line and close on a later one). Quotes stay for the row reader to remove.
 */
export function csvToTabs(lines: readonly string[]): string[] {
  let quoted = false;
  return lines.map((line) => {
    let out = '';
    for (const ch of line) {
      if (ch === '"') quoted = !quoted;
      out += ch === ',' && !quoted ? '\t' : ch;
    }
    return out;
  });
}
