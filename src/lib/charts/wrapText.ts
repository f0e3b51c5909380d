// Line breaking for text drawn in SVG, where the browser breaks no lines. Japanese breaks between
// words (Intl.Segmenter) and may break inside a long one; closing punctuation never starts a line
// and opening brackets never end one (禁則). How wide a string is comes from a `Measure`, so the
// slides measure with the canvas in the browser and the tests with `estimateWidth`.

/** Width in px of `text` at `size` px and `weight`. */
export type Measure = (text: string, size: number, weight?: number) => number;

const WIDE =
  /[\u1100-\u115f\u2026\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const NARROW: Record<string, number> = {
  ' ': 0.28,
  i: 0.26,
  l: 0.26,
  j: 0.28,
  '.': 0.28,
  ',': 0.28,
};

/**
 * A deliberately generous width: full-width characters 1 em, capitals and digits 0.64 em, other
 * Latin 0.56 em (Noto Sans CJK's Latin averages about 0.55). Used where no canvas is at hand.
 */
export function estimateWidth(text: string, size: number, weight = 400): number {
  let em = 0;
  for (const ch of text) {
    if (WIDE.test(ch)) em += 1;
    else if (ch in NARROW) em += NARROW[ch]!;
    else if (/[A-Z0-9MW%]/.test(ch)) em += 0.64;
    else em += 0.56;
  }
  return em * size * (weight >= 600 ? 1.04 : 1);
}

const NO_START = new Set([
  ...'、。，．,.)）」』】〕〉》”’！？!?:：;；・ー〜…%％ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮ',
]);
const NO_END = new Set([...'(（「『【〔〈《“‘']);
const HANG = /[、。，．,.・]$/u;
const CLOSE = new Set([...')）」』】〕〉》”’']);

const KANJI = /^[\p{Script=Han}々〆ヵヶ]+$/u;
/** Single kanji that end the word before them: いわき市, 取組み等, 共有化. */
const SUFFIX = new Set([...'市町村県区都府道的性化等版案別内外']);
const HIRAGANA = /^[\p{Script=Hiragana}ー]+$/u;
/** Particles and endings that read as part of the word before them (a rough 文節). */
const TRAILING = new Set(
  'は が を に の へ と で も や か な から まで より など ない です ます する した して される された さ れ る た て ず'.split(
    ' ',
  ),
);

/**
 * Words as they may be broken between, with 禁則 applied: punctuation joined to the word before,
 * brackets to the word after, a kanji compound kept whole and a particle kept with its word.
 */
export function splitWords(text: string): string[] {
  const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });
  const words: string[] = [];
  let carry = '';
  for (const { segment } of segmenter.segment(text)) {
    const piece = carry + segment;
    carry = '';
    if (NO_END.has([...piece].at(-1)!)) {
      carry = piece;
      continue;
    }
    const last = words.at(-1);
    const lastChar = last === undefined ? '' : [...last].at(-1)!;
    const afterWord = lastChar.trim() !== '' && !NO_START.has(lastChar);
    // A short bracketed group stays whole: （DX・GX）, 「市の宝」.
    const open = last === undefined ? -1 : Math.max(...[...NO_END].map((c) => last.lastIndexOf(c)));
    const inGroup =
      open >= 0 &&
      ![...last!.slice(open)].some((c) => CLOSE.has(c)) &&
      [...last!.slice(open)].length < 10;
    const joins =
      last !== undefined &&
      (NO_START.has([...piece][0]!) ||
        inGroup ||
        (KANJI.test(piece) && KANJI.test(lastChar)) ||
        (afterWord && (TRAILING.has(piece) || SUFFIX.has(piece))) ||
        // okurigana (見据|え, 取組|み) and a compound's second half (まち|づくり)
        (afterWord && HIRAGANA.test(piece) && ([...piece].length === 1 || /^[づず]/.test(piece))));
    if (joins) words[words.length - 1] += piece;
    else words.push(piece);
  }
  if (carry) words.push(carry);
  return words;
}

export interface WrapOptions {
  width: number;
  size: number;
  weight?: number;
  /** Lines at most; the last one shown ends in "…" when text was left out. */
  maxLines?: number;
  /** A Latin word wider than a line keeps a line of its own rather than being cut. */
  keepLatinWords?: boolean;
}

export interface Wrapped {
  lines: string[];
  /** True when some of the text did not fit in maxLines. */
  truncated: boolean;
}

/** Breaks a word wider than a line into pieces that fit, character by character, 禁則 kept. */
function breakWord(word: string, fits: (s: string) => boolean): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const ch of word) {
    if (piece && !fits(piece + ch)) {
      const chars = [...piece];
      const carried = NO_START.has(ch) && chars.length > 1 ? chars.pop()! : '';
      pieces.push(chars.join(''));
      piece = carried;
    }
    piece += ch;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

export function wrapText(text: string, measure: Measure, options: WrapOptions): Wrapped {
  const { width, size, weight = 400, maxLines = Infinity, keepLatinWords = false } = options;
  // Commas and full stops may hang past the line's end (ぶら下げ), as in Japanese typesetting.
  const fits = (s: string) => measure(s.trimEnd().replace(HANG, ''), size, weight) <= width;
  const lines: string[] = [];
  let line = '';
  for (const word of splitWords(text.replace(/\s+/g, ' ').trim())) {
    if (fits(line + word)) {
      line += word;
      continue;
    }
    if (line.trim()) lines.push(line.trimEnd());
    const whole =
      fits(word.trimStart()) ||
      (keepLatinWords && /^[\p{Script=Latin}\p{P}\d]+$/u.test(word.trim()));
    const pieces = whole ? [word.trimStart()] : breakWord(word.trimStart(), fits);
    lines.push(...pieces.slice(0, -1));
    line = pieces.at(-1) ?? '';
  }
  if (line.trim()) lines.push(line.trimEnd());
  if (lines.length <= maxLines) return { lines, truncated: false };
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last && !fits(`${last}…`)) last = [...last].slice(0, -1).join('');
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return { lines: kept, truncated: true };
}
