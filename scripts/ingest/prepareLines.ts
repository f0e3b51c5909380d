// Text copied from web pages arrives as a few very long lines (a whole section per paragraph), and
// several pages pasted together repeat their page furniture. The extractor works line by line, so
// long lines are cut into sentences and list items here; every piece remembers the source line it
// came from, so provenance still points at the verbatim copy.

/** Lines longer than this are cut; shorter ones only when they run a list together. */
export const LONG_LINE = 100;

export interface PreparedText {
  /** The text the extractor reads: one piece per line. */
  text: string;
  /** For each line of `text` (0-based), the 1-based line of the source it came from. */
  origin: number[];
  /** Short lines that repeat as page furniture, to skip (as written). */
  furniture: string[];
}

// A list marker that starts a new item when it appears mid-line after a space or a sentence end.
const INLINE_MARKER =
  /(?<=[\s。．！？」）)])(?=[①-⑳■□◆◇●○◎※]|[(（][0-9０-９]{1,2}[)）]|第[0-9０-９一二三四五六七八九十]+[章節]|[0-9０-９]{1,2}[-－][0-9０-９]{1,2}\s|[0-9０-９]{1,2}[.．]\s)/u;
const SENTENCE_END = /(?<=[。！？])(?=[^」』）)])/u;
const PAGE_NUMBER =
  /^\s*(?:[-－―ー‐]\s*[0-9０-９]+\s*[-－―ー‐]|[0-9０-９]+\s*[/／]\s*[0-9０-９]+|[pｐPＰ]\.?\s*[0-9０-９]+|[0-9０-９]+\s*ページ)\s*$/u;
const BREADCRUMB = /[>＞»]|ページの先頭|ページトップ|このページ|印刷する|Copyright|©/iu;

/** Markers after the start of the line: two or more mean a list was run together on one line. */
function countInlineMarkers(line: string): number {
  const g = new RegExp(INLINE_MARKER.source, 'gu');
  return [...line.slice(3).matchAll(g)].length;
}

function splitLongLine(line: string): string[] {
  if (line.length <= LONG_LINE && countInlineMarkers(line) < 2) return [line];
  const pieces: string[] = [];
  for (const part of line.split(/\f|\s{3,}|\u3000{2,}/u)) {
    for (const listPart of part.split(INLINE_MARKER)) {
      for (const sentence of listPart.split(SENTENCE_END))
        if (sentence.trim()) pieces.push(sentence.trim());
    }
  }
  return pieces.length ? pieces : [line];
}

/**
 * Short lines that occur three times or more and read like page furniture (breadcrumbs, "back to
 * top", copyright) or sit right after a page break. A repeated heading such as 基本方針 is content
 * and stays.
 */
function findFurniture(lines: readonly string[]): string[] {
  const counts = new Map<string, number>();
  const afterBreak = new Set<string>();
  lines.forEach((raw, i) => {
    const line = raw.replace(/\f/g, '').trim();
    if (!line || line.length > 40) return;
    counts.set(line, (counts.get(line) ?? 0) + 1);
    const prev = lines[i - 1] ?? '';
    if (raw.includes('\f') || prev.includes('\f') || PAGE_NUMBER.test(prev)) afterBreak.add(line);
  });
  return [...counts]
    .filter(([line, n]) => n >= 3 && (BREADCRUMB.test(line) || afterBreak.has(line)))
    .map(([line]) => line);
}

export function prepareLines(source: string): PreparedText {
  const lines = source.split('\n');
  const furniture = findFurniture(lines);
  const skip = new Set(furniture);
  const out: string[] = [];
  const origin: number[] = [];
  lines.forEach((raw, i) => {
    const parts = raw.includes('\f') ? raw.split('\f') : [raw];
    for (const part of parts) {
      const trimmed = part.trim();
      if (PAGE_NUMBER.test(part) || skip.has(trimmed)) {
        out.push('');
        origin.push(i + 1);
        continue;
      }
      for (const piece of splitLongLine(part)) {
        out.push(piece);
        origin.push(i + 1);
      }
    }
  });
  return { text: out.join('\n'), origin, furniture };
}
