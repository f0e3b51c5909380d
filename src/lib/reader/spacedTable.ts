// Tables drawn with spaces: a header of three or more column names set apart by runs of spaces,
// rows aligned under them (by display width: a kanji is two columns wide), and cells that wrap
// onto lines indented to their column. Each row becomes one tab-separated line, on the line where
// it starts (the lines it wraps onto are left blank for the reader), so the table reads as any
// other.

/** Display width: East Asian wide and full-width characters take two columns. */
export function displayWidth(ch: string): number {
  const c = ch.codePointAt(0)!;
  return (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0x2e80 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6)
    ? 2
    : 1;
}

const RULE = /^[\s\u3000]*[-－─━=＝_]{6,}[\s\u3000]*$/u;
const GAP = /[ \u3000]{2,}/u;

interface Column {
  start: number;
}

/** Header columns with their display start, or null when the line is no header. */
function headerColumns(line: string): Column[] | null {
  if (line.includes('\t') || /[。、]/u.test(line)) return null;
  const fields = line.trim().split(GAP);
  if (fields.length < 3 || fields.some((f) => [...f].length > 24)) return null;
  const columns: Column[] = [];
  let col = 0;
  let inField = false;
  let spaces = 0;
  for (const ch of line) {
    const blank = ch === ' ' || ch === '\u3000';
    if (!blank && (!inField || spaces >= 2)) {
      columns.push({ start: col });
      inField = true;
    }
    spaces = blank ? spaces + displayWidth(ch) : 0;
    col += displayWidth(ch);
  }
  return columns.length === fields.length ? columns : null;
}

/** The line's text cut at the columns' starts (a cell may run a little past its column). */
function cutAt(line: string, columns: readonly Column[]): string[] {
  const cells = columns.map(() => '');
  let col = 0;
  let k = 0;
  let spaces = 0;
  for (const ch of line) {
    const blank = ch === ' ' || ch === '\u3000';
    // A new cell starts at a column's start, or after a gap of spaces at or past it.
    while (
      k + 1 < columns.length &&
      !blank &&
      col >= columns[k + 1]!.start - 1 &&
      (spaces >= 1 || col >= columns[k + 1]!.start)
    )
      k++;
    cells[k] += ch;
    spaces = blank ? spaces + 1 : 0;
    col += displayWidth(ch);
  }
  return cells.map((c) => c.trim());
}

/** Display columns where the line's fields (text set apart by two or more spaces) start. */
function fieldStarts(line: string): number[] {
  const starts: number[] = [];
  let col = 0;
  let spaces = 2;
  for (const ch of line) {
    const blank = ch === ' ' || ch === '\u3000';
    if (!blank && spaces >= 2) starts.push(col);
    spaces = blank ? spaces + displayWidth(ch) : 0;
    col += displayWidth(ch);
  }
  return starts;
}

/** Whether a line's fields all start at the header's column starts (give or take one). */
function alignedTo(line: string, columns: readonly Column[]): boolean {
  const starts = fieldStarts(line);
  return starts.length >= 2 && starts.every((s) => columns.some((c) => Math.abs(c.start - s) <= 1));
}

export function spacedTablesToTabs(lines: readonly string[]): string[] {
  const out = [...lines];
  for (let i = 0; i < lines.length; i++) {
    const columns = headerColumns(lines[i]!);
    if (!columns) continue;
    // A header is followed by a rule or by a line cut into as many cells.
    let j = i + 1;
    if (j < lines.length && RULE.test(lines[j]!)) j++;
    else if (!(j < lines.length && lines[j]!.trim().split(GAP).length >= columns.length - 1))
      continue;
    out[i] = lines[i]!.trim().split(GAP).join('\t');
    if (j > i + 1) out[i + 1] = '';
    let row: { at: number; cells: string[] } | null = null;
    const flush = () => {
      if (row) out[row.at] = row.cells.join('\t');
    };
    for (; j < lines.length; j++) {
      const line = lines[j]!;
      // A blank line ends the table; a rule separates or closes it; a caption after it is the
      // document again.
      // A report that sets a blank line before each group of rows (a goal and its projects) goes
      // on when the line after the blank is aligned to the header's columns.
      if (!line.trim()) {
        let k = j + 1;
        while (k < lines.length && !lines[k]!.trim()) k++;
        if (k < lines.length && alignedTo(lines[k]!, columns)) {
          flush();
          row = null;
          j = k - 1;
          continue;
        }
        break;
      }
      if (RULE.test(line)) {
        out[j] = '';
        continue;
      }
      if (/^[【《〈≪〔■●◆]/u.test(line.trim())) break;
      // A line set left of the header's first column is the document again (a page's running
      // header after the table, the next section's heading when no blank line came between).
      if ((fieldStarts(line)[0] ?? 0) < columns[0]!.start - 1) break;
      const cells = cutAt(line, columns);
      // An indented line that fills two or more columns the row above filled too, one of them
      // with a figure (a subtotal under a group's rows: its name and its amounts), is a row of
      // its own: figures do not wrap.
      const refilled = row ? cells.filter((c, k) => c && row!.cells[k]) : [];
      const refills =
        refilled.length >= 2 && refilled.some((c) => /^[0-9０-９,，.．－\-△▲]+$/u.test(c));
      if (!/^[ \u3000]/u.test(line) || !row || refills) {
        flush();
        row = { at: j, cells };
      } else {
        // A wrapped cell: its words join the cell above (Japanese needs no space between).
        for (const [k, c] of cells.entries())
          if (c) row.cells[k] = row.cells[k] ? `${row.cells[k]}${c}` : c;
      }
      out[j] = '';
    }
    flush();
    i = j;
  }
  return out;
}

const BOX_BORDER = /^[\s\u3000]*[┌┬┐├┼┤└┴┘┝┥┠┨┯┷┿╂━─═╋┣┫┳┻]+[\s\u3000]*$/u;
const BOX_VERTICAL = /[│┃]/u;

/**
 * Tables drawn with box characters (a word processor's table saved as text): border lines go,
 * a row's cells are the text between its verticals, read as a tab-separated row.
 */
export function boxTablesToTabs(lines: readonly string[]): string[] {
  return lines.map((line) => {
    if (BOX_BORDER.test(line)) return '';
    const t = line.trim();
    if (!/^[│┃]/u.test(t) || (t.match(/[│┃]/gu)?.length ?? 0) < 3) return line;
    const cells = t
      .replace(/^[│┃]|[│┃]$/gu, '')
      .split(BOX_VERTICAL)
      .map((c) => c.replace(/^[\s\u3000]+|[\s\u3000]+$/gu, ''));
    return cells.join('\t');
  });
}

/** A department's name: the office responsible for a measure (農政課, 企業立地推進室, 教育委員会 …). */
const DEPARTMENT =
  /^[\p{sc=Han}\p{sc=Katakana}ー・]{1,12}(?:課|室|局|係|署|事務所|センター|委員会|事務局)$|^(?:担当|所管|主管|関係)(?:課|部署|部局|課等)?$/u;
const TRAILING_FIELD = /^(.*?\S)?[ \u3000]*?([ \u3000]{4,})(\S+)[ \u3000]*$/u;

/** The display column where a line's last field starts, and that field, when a wide gap sets it apart. */
function trailingField(line: string): { start: number; field: string; head: string } | null {
  const m = TRAILING_FIELD.exec(line);
  if (!m) return null;
  const head = m[1] ?? '';
  const field = m[3]!;
  // A line of three or more fields is a table's row: its columns are read as a table (a list
  // marker set apart by spaces, `①  新規就農者…`, is no field).
  const fields = head.trim().split(GAP);
  if (fields.length > 2 || (fields.length === 2 && [...fields[0]!].length > 4)) return null;
  let start = 0;
  for (const ch of head + m[2]!) start += displayWidth(ch);
  return { start, field, head };
}

/**
 * A page laid out with the responsible department in a right-hand column (pdftotext -layout of a
 * 施策の展開 list: `①  新規就農者の研修…          農政課`, a second department alone on the next
 * line under it). When three or more lines set a department's name at one column after a wide
 * gap, that column is furniture of the list: each such name goes (and a line holding only one is
 * left blank), so the entries read as entries. Rows of a table (three or more fields) are left to
 * the table reader.
 */
export function dropDepartmentColumn(lines: readonly string[]): string[] {
  const starts = new Map<number, number>();
  const found = lines.map((line) => {
    if (!line.includes('  ') && !line.includes('\u3000\u3000')) return null;
    const t = trailingField(line);
    if (!t || !DEPARTMENT.test(t.field) || t.start < 24) return null;
    starts.set(t.start, (starts.get(t.start) ?? 0) + 1);
    return t;
  });
  const column = (start: number) => {
    let n = 0;
    for (let d = -2; d <= 2; d++) n += starts.get(start + d) ?? 0;
    return n >= 3;
  };
  return lines.map((line, i) => {
    const t = found[i];
    if (!t || !column(t.start)) return line;
    return t.head.trim() ? t.head : '';
  });
}
