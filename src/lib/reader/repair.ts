// What text extraction does to Japanese, undone for reading (the source keeps what was written):
// glyphs doubled by PDF fake-bold (第第11章章), words split by spaces (基本 施策, 方 針), kanji
// mapped to Kangxi radicals (⼼ for 心) and look-alike punctuation (‧ for ・).

import { classifyLine } from './markers';

const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー々〆〇';

/** A token whose every character is doubled: 第第11章章 → 第1章 (at least two pairs). */
function undoubleToken(token: string): string {
  const chars = [...token];
  if (chars.length < 4 || chars.length % 2 !== 0) return token;
  for (let i = 0; i < chars.length; i += 2) if (chars[i] !== chars[i + 1]) return token;
  const single = chars.filter((_, i) => i % 2 === 0);
  // A doubled word of one kana pair (ここ, ママ) is a word; demand some non-kana or three pairs.
  if (single.length < 3 && !/[\p{Script=Han}0-9０-９]/u.test(single.join(''))) return token;
  return single.join('');
}

export function undouble(line: string): string {
  return line.replace(/\S+/gu, undoubleToken);
}

// Extraction splits words with an ASCII space; an ideographic space (U+3000) is the writer's own.
const SPLIT_WORD = new RegExp(`([${CJK}]+) ([${CJK}]+)`, 'gu');

/**
 * Joins CJK fragments a PDF extraction split with one space: 基本 施策 → 基本施策, 方 針 → 方針.
 * Two fragments join when either is at most two characters or both at most four: a space between
 * longer runs (見出し 説明文) separates phrases and stays.
 */
export function joinSplitWords(line: string): string {
  let out = line;
  for (let pass = 0; pass < 3; pass++) {
    const next = out.replace(SPLIT_WORD, (whole, a: string, b: string) => {
      const la = [...a].length;
      const lb = [...b].length;
      return la <= 2 || lb <= 2 || (la <= 4 && lb <= 4) ? a + b : whole;
    });
    if (next === out) break;
    out = next;
  }
  return out;
}

/** Kangxi radicals and CJK compatibility ideographs to the kanji they stand for (NFKC, per char). */
export function fixGlyphs(line: string): string {
  return line
    .replace(/[\u2E80-\u2FDF\uF900-\uFAFF]/gu, (c) => c.normalize('NFKC'))
    .replace(/\u2027/gu, '・');
}

/**
 * Whether a document's lines look spaced out by extraction: words split into short fragments
 * (方 針, 基本 施策) on at least one line in twenty. A space between two long phrases (見出し 説明)
 * is the writer's and does not count.
 */
export function looksSpacedOut(lines: readonly string[]): boolean {
  let splits = 0;
  let content = 0;
  for (const line of lines) {
    if (!line.trim()) continue;
    content++;
    if (joinSplitWords(line) !== line) splits++;
  }
  return splits >= 3 && splits >= content * 0.05;
}

/** A box drawn around text (│ … │, ┃ … ┃): the frame's verticals go, the text stays. */
export function unbox(line: string): string {
  // The indent after the left vertical stays: it starts a paragraph.
  return line.replace(/^[\s\u3000]*[│┃|｜] ?/u, '').replace(/[\s\u3000]*[│┃|｜][\s\u3000]*$/u, '');
}

export function repairLine(line: string, spacedOut: boolean): string {
  const fixed = undouble(fixGlyphs(unbox(line)));
  if (!spacedOut) return fixed;
  // The space after a marker (ア 見出し, 方針 1 …) is the marker's own: join only after it.
  const marker = classifyLine(fixed);
  if (marker.type === 'text' || !marker.rest) return joinSplitWords(fixed);
  const at = fixed.lastIndexOf(marker.rest);
  return at > 0 ? fixed.slice(0, at) + joinSplitWords(marker.rest) : joinSplitWords(fixed);
}
