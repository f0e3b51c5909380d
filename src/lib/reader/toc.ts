// Tables of contents. An entry ends in a page number, often after leader dots
// (「2-1 健康づくりの推進 ……… 23」). When the body repeats the entries as headings, the contents
// are a duplicate and go; when it does not (a contents-only page, a 概要 that is its policy
// tree), the entries are the outline, without their page numbers.
import { toMatchKey } from './normalize';
import type { LogicalLine } from './blocks';
import { classifyLine } from './markers';

const LEADER = /[\s\u3000]*(?:[.．・･…‥·⋯－-]{2,}|[\s\u3000]{2,})[\s\u3000]*([0-9０-９]{1,4})\s*$/u;
const TRAILING_PAGE = /[\s\u3000]+([0-9０-９]{1,4})\s*$/u;
const CONTENTS_TITLE = /^(?:#+\s*)?(?:目\s*次|もくじ|Contents|CONTENTS)\s*$/u;

/** An entry's words without leader dots and page number, or null when the line is no entry. */
export function tocEntry(text: string, inContents: boolean): string | null {
  // An entry is a line of a contents page, never a paragraph.
  if (text.length > 200) return null;
  const leader = LEADER.exec(text);
  if (leader) return text.slice(0, leader.index).trim() || null;
  if (!inContents) return null;
  const page = TRAILING_PAGE.exec(text);
  return page && !/[。、]$/u.test(text.slice(0, page.index))
    ? text.slice(0, page.index).trim() || null
    : null;
}

export interface TocResult {
  lines: LogicalLine[];
  /** How many entries a contents section had, and whether the body repeats them. */
  contents: { entries: number; duplicate: boolean } | null;
}

/**
 * Finds the contents: a 目次 heading and the entries after it, or a run of four or more lines
 * with leader dots anywhere. Removes them when the body repeats them; otherwise keeps each
 * entry as a line of the outline.
 */
export function resolveContents(lines: readonly LogicalLine[]): TocResult {
  const isEntry = new Array<boolean>(lines.length).fill(false);
  const entryText = new Array<string | null>(lines.length).fill(null);
  let inContents = false;
  let misses = 0;
  lines.forEach((l, i) => {
    if (CONTENTS_TITLE.test(l.text)) {
      inContents = true;
      misses = 0;
      isEntry[i] = true;
      return;
    }
    const entry = tocEntry(l.text, inContents);
    if (entry) {
      isEntry[i] = true;
      entryText[i] = entry;
      misses = 0;
    } else if (inContents && ++misses > 2) inContents = false;
  });
  const entries = entryText.filter((e): e is string => e !== null);
  const withLeaders = lines.filter((l) => LEADER.test(l.text)).length;
  if (entries.length < 4 || (withLeaders < 4 && !lines.some((l) => CONTENTS_TITLE.test(l.text))))
    return { lines: [...lines], contents: null };

  // Does the body repeat the entries? An entry is repeated when a body line says the same words
  // after its marker (a set lookup of the first characters: no entry × line comparison).
  const PREFIX = 8;
  const body = new Set<string>();
  lines.forEach((l, i) => {
    if (isEntry[i] || l.text.length > 400) return;
    const key = toMatchKey(l.marker.rest || l.text);
    if (key) body.add(key.slice(0, PREFIX));
  });
  const repeated = entries.filter((e) => {
    const key = toMatchKey(classifyLine(e).rest || e);
    return key.length >= 2 && body.has(key.slice(0, PREFIX));
  }).length;
  const duplicate = repeated >= entries.length * 0.5;
  const out: LogicalLine[] = [];
  lines.forEach((l, i) => {
    if (!isEntry[i]) return out.push(l);
    if (duplicate || entryText[i] === null) return;
    out.push({ ...l, text: entryText[i]!, marker: classifyLine(entryText[i]!) });
  });
  return { lines: out, contents: { entries: entries.length, duplicate } };
}
