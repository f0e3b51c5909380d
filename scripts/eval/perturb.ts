// Metamorphic perturbations of a plan's text: the ways two real copies of the same plan differ
// (a PDF extracted from a narrower or wider column, a copy with its blank lines lost or doubled,
// its indentation gone, page frames left in, CRLF line ends, full- or half-width markers, trailing
// blanks). Each keeps every line's words in order, so every title of the plan stays in the text
// modulo whitespace (page frames aside, which add lines between lines). Pure functions on strings;
// `scripts/eval-perturb.ts` runs the reader under each.

export interface PerturbContext {
  /** The plan's name, set as the running header of inserted page frames. */
  name: string;
}

export type Perturbation = (text: string, context: PerturbContext) => string;

const lines = (text: string) => text.replace(/\r\n?/gu, '\n').split('\n');
const BLANK = /^[ \t\u3000]*$/u;
const NO_LINE_START =
  /[、。，．・：；？！）」』】〕］｝〉》ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々ゝゞヽヾ,.)\]!?%％]/u;
const POSITIONED = /\t| {3}|\u3000{3}|^[\s\u3000]*[―─━－＝=_-]+[\s\u3000]*$/u;

/**
 * Hard line breaks at a fixed width (characters, code points), as a PDF extraction of a column of
 * that width gives: a line longer than the width is cut into pieces of that width, the pieces
 * after the first starting at the margin, and no piece starting with a character typesetting
 * keeps off a line's start (kinsoku: 、。・」ー …), which stays on the line before. Positioned lines are left whole: tab-separated rows (a
 * table's cells) and lines holding a run of three spaces or more (a layout-mode extraction's
 * aligned columns or centred heading) and rules drawn across the page (――――), whose width is
 * the page's, not the column's.
 */
export function wrapAt(text: string, width: number): string {
  const out: string[] = [];
  for (const line of lines(text)) {
    const chars = [...line];
    if (chars.length <= width || POSITIONED.test(line)) {
      out.push(line);
      continue;
    }
    // Line-start rules (kinsoku): a closing bracket, a comma or full stop, a middle dot, a small
    // kana or a long-vowel mark never starts a line; it stays on the line before.
    let start = 0;
    while (start < chars.length) {
      let end = Math.min(chars.length, start + width);
      while (end < chars.length && NO_LINE_START.test(chars[end]!)) end++;
      out.push(chars.slice(start, end).join(''));
      start = end;
    }
  }
  return out.join('\n');
}

/** Every blank line (nothing but spaces) removed. */
export const removeBlankLines = (text: string) =>
  lines(text)
    .filter((l) => !BLANK.test(l))
    .join('\n');

/** Every blank line doubled. */
export const doubleBlankLines = (text: string) =>
  lines(text)
    .flatMap((l) => (BLANK.test(l) ? [l, l] : [l]))
    .join('\n');

/** Leading spaces, tabs and ideographic spaces stripped from every line (a form feed stays). */
export const stripIndentation = (text: string) =>
  lines(text)
    .map((l) => l.replace(/^(\f?)[ \t\u3000]+/u, '$1'))
    .join('\n');

/**
 * Page frames every `every` lines: the page's number at its foot (`- 12 -`, or `12` bare), then
 * a form feed and the running header (the plan's name) opening the next page.
 */
export function insertPageFrames(
  text: string,
  name: string,
  every = 40,
  style: 'dash' | 'bare' = 'dash',
): string {
  const src = lines(text);
  const out: string[] = [];
  let page = 1;
  src.forEach((line, i) => {
    out.push(line);
    if ((i + 1) % every === 0 && i + 1 < src.length) {
      out.push('', style === 'dash' ? `- ${page} -` : String(page), `\f${name}`, '');
      page++;
    }
  });
  return out.join('\n');
}

/** CRLF line ends. */
export const toCrlf = (text: string) => lines(text).join('\r\n');

const FULL_DIGIT0 = 0xff10;
const toFull = (c: string) =>
  /[0-9]/u.test(c)
    ? String.fromCharCode(FULL_DIGIT0 + c.charCodeAt(0) - 48)
    : c === '('
      ? '（'
      : c === ')'
        ? '）'
        : c;
const toHalf = (c: string) =>
  /[０-９]/u.test(c)
    ? String.fromCharCode(48 + c.charCodeAt(0) - FULL_DIGIT0)
    : c === '（'
      ? '('
      : c === '）'
        ? ')'
        : c;

/**
 * A line's leading marker: after its indentation, at most six characters of words (基本目標,
 * 施策, 第), then a number in parentheses or not, with dotted or hyphenated parts (（１）, 1-2,
 * 第３章, 基本目標２).
 */
const MARKER =
  /^([ \t\u3000\f]*)([^\s\u3000\d０-９（()）]{0,6}?[（(]?[0-9０-９]+(?:[-－.．][0-9０-９]+)*[)）]?)/u;

/**
 * Digits and parentheses of each line's leading marker set full width or half width. Positioned
 * lines (a table aligned with spaces) are left: their columns are aligned to the width they use.
 */
export function swapMarkerWidth(text: string, to: 'full' | 'half'): string {
  const swap = to === 'full' ? toFull : toHalf;
  return lines(text)
    .map((l) =>
      POSITIONED.test(l)
        ? l
        : l.replace(
            MARKER,
            (_, indent: string, marker: string) => indent + [...marker].map(swap).join(''),
          ),
    )
    .join('\n');
}

/** A trailing space (or ideographic space) on every line that is not empty. */
export const addTrailingSpace = (text: string, space: ' ' | '\u3000' = ' ') =>
  lines(text)
    .map((l) => (l ? l + space : l))
    .join('\n');

/** The perturbations the robustness table reports, by name. */
export const PERTURBATIONS: Record<string, Perturbation> = {
  'wrap-28': (t) => wrapAt(t, 28),
  'wrap-36': (t) => wrapAt(t, 36),
  'wrap-45': (t) => wrapAt(t, 45),
  'no-blank-lines': removeBlankLines,
  'double-blank-lines': doubleBlankLines,
  'no-indent': stripIndentation,
  'page-frames-40': (t, c) => insertPageFrames(t, c.name, 40, 'dash'),
  'page-frames-37-bare': (t, c) => insertPageFrames(t, c.name, 37, 'bare'),
  crlf: toCrlf,
  'markers-fullwidth': (t) => swapMarkerWidth(t, 'full'),
  'markers-halfwidth': (t) => swapMarkerWidth(t, 'half'),
  'trailing-space': (t) => addTrailingSpace(t, ' '),
  'trailing-ideographic-space': (t) => addTrailingSpace(t, '\u3000'),
};
