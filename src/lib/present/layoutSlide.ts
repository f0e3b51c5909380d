// Where a slide's parts go on its 1280 × 720 canvas: the finding as a title of one or two lines,
// the note under it, the figure's box, the 出典 lines and the slide number at the foot. The slide
// is drawn as one SVG in these units and scaled to the screen, the printed page or the PNG, so a
// size here is the size at 1280 × 720 and grows with the screen: the smallest is 20.
// Pure: text widths come from the Measure the caller passes.
import { wrapText, type Measure } from '$lib/charts/wrapText';

export const SLIDE = { width: 1280, height: 720, padX: 56, padTop: 40, padBottom: 30 };

export const TYPE = {
  /** Title sizes tried largest first: the first that fits in two lines wins. */
  title: [44, 40, 36, 32],
  note: 22,
  source: 20,
  number: 22,
  lineHeight: 1.3,
  /** A CJK font's ascent, to place a first baseline under a top edge. */
  ascent: 0.88,
};

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TextBlock {
  lines: string[];
  x: number;
  /** Baseline of each line. */
  baselines: number[];
  size: number;
  /** The block's bottom edge. */
  bottom: number;
}

export interface SlideLayout {
  title: TextBlock;
  note: TextBlock | null;
  source: TextBlock;
  number: { text: string; x: number; y: number; size: number };
  /** The rule between the figure and the 出典 lines. */
  rule: number;
  figure: Box;
}

export interface SlideWords {
  title: string;
  note: string | null;
  source: string;
  /** "3 / 8" */
  number: string;
}

function block(lines: string[], x: number, top: number, size: number): TextBlock {
  const step = size * TYPE.lineHeight;
  const baselines = lines.map((_, i) => top + i * step + size * TYPE.ascent);
  return { lines, x, baselines, size, bottom: top + lines.length * step };
}

/**
 * Two title lines of even length rather than a full line and a stray word: the narrowest width
 * that still breaks into as many lines, found by halving.
 */
function balance(text: string, lines: string[], width: number, size: number, measure: Measure) {
  if (lines.length !== 2) return lines;
  let [low, high] = [width / 2, width];
  let best = lines;
  while (high - low > 4) {
    const mid = (low + high) / 2;
    const tried = wrapText(text, measure, { width: mid, size, weight: 700 }).lines;
    if (tried.length === 2) [high, best] = [mid, tried];
    else low = mid;
  }
  return best;
}

export function layoutSlide(words: SlideWords, measure: Measure): SlideLayout {
  const { width, height, padX, padTop, padBottom } = SLIDE;
  const inner = width - 2 * padX;

  let title = block([], padX, padTop, TYPE.title[0]!);
  for (const [i, size] of TYPE.title.entries()) {
    const last = i === TYPE.title.length - 1;
    const wrapped = wrapText(words.title, measure, {
      width: inner,
      size,
      weight: 700,
      maxLines: last ? 3 : Infinity,
    });
    if (wrapped.lines.length <= 2 || last) {
      title = block(balance(words.title, wrapped.lines, inner, size, measure), padX, padTop, size);
      break;
    }
  }

  const note = words.note
    ? block(
        wrapText(words.note, measure, { width: inner, size: TYPE.note, maxLines: 2 }).lines,
        padX,
        title.bottom + 8,
        TYPE.note,
      )
    : null;

  const numberWidth = measure(words.number, TYPE.number, 700) + 32;
  const sourceLines = wrapText(words.source, measure, {
    width: inner - numberWidth,
    size: TYPE.source,
    maxLines: 2,
  }).lines;
  const sourceTop = height - padBottom - sourceLines.length * TYPE.source * TYPE.lineHeight;
  const source = block(sourceLines, padX, sourceTop, TYPE.source);
  const rule = sourceTop - 12;
  const number = {
    text: words.number,
    x: width - padX,
    y: source.baselines.at(-1) ?? height - padBottom,
    size: TYPE.number,
  };

  const top = (note ?? title).bottom + 24;
  const figure = { x: padX, y: top, width: inner, height: Math.max(0, rule - 20 - top) };
  return { title, note, source, number, rule, figure };
}
