// Japanese text as the labeller and the concept matcher see it. Intl.Segmenter is built into Node
// and Chromium, so no dictionary ships to the browser; its word boundaries are only consulted for
// short Latin terms (IT, AI, DX …) that would otherwise fire inside longer words.

const TAG = /<\/?[a-z][^>]*>/giu;
const WHITESPACE = /\s+/gu;

/**
 * NFKC (full-width Latin and digits become ASCII), HTML tags and all whitespace removed, Latin
 * lower-cased: the seed texts pad words with spaces and break lines mid-word, and some table
 * rows still carry `<p>` tags.
 */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').replace(TAG, '').replace(WHITESPACE, '').toLowerCase();
}

let segmenter: Intl.Segmenter | undefined;
function getSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('ja', { granularity: 'word' });
  return segmenter;
}

/** The word-like segments of already normalized text, in order. */
export function segmentWords(normalized: string): string[] {
  const words: string[] = [];
  for (const s of getSegmenter().segment(normalized)) if (s.isWordLike) words.push(s.segment);
  return words;
}

/** Offsets in `normalized` where a segment starts or ends (0 and length included). */
export function findWordBoundaries(normalized: string): Set<number> {
  const bounds = new Set<number>([0, normalized.length]);
  for (const s of getSegmenter().segment(normalized)) {
    bounds.add(s.index);
    bounds.add(s.index + s.segment.length);
  }
  return bounds;
}
