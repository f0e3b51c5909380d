// Marks query terms in displayed text without HTML: the text is cut into plain spans, some flagged
// as hits, so plan text is always rendered as text. Matching is on NFKC, lower-cased characters so
// a full-width ＤＸ in a title lights up for the query "dx".

export interface TextPart {
  text: string;
  hit: boolean;
}

/** Folds each character alone so offsets in the folded string map back to the original. */
function foldWithOrigin(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let offset = 0;
  for (const ch of text) {
    const f = ch.normalize('NFKC').toLowerCase();
    for (let k = 0; k < f.length; k++) origin.push(offset);
    folded += f;
    offset += ch.length;
  }
  origin.push(text.length);
  return { folded, origin };
}

export function splitHighlights(text: string, terms: readonly string[]): TextPart[] {
  const { folded, origin } = foldWithOrigin(text);
  const marked = new Array<boolean>(text.length).fill(false);
  for (const term of terms) {
    if (!term) continue;
    for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) {
      const start = origin[at] ?? 0;
      const end = origin[at + term.length] ?? text.length;
      for (let i = start; i < end; i++) marked[i] = true;
    }
  }
  const parts: TextPart[] = [];
  for (let i = 0; i < text.length; i++) {
    const hit = marked[i] ?? false;
    const last = parts.at(-1);
    if (last && last.hit === hit) last.text += text[i];
    else parts.push({ text: text[i] ?? '', hit });
  }
  return parts;
}

/**
 * Up to `radius` characters either side of the first hit, with ellipses where cut: long item texts
 * would bury the match. Text without a hit is cut after `2 * radius` characters.
 */
export function makeExcerpt(text: string, terms: readonly string[], radius = 60): string {
  const parts = splitHighlights(text, terms);
  let at = 0;
  for (const part of parts) {
    if (part.hit) break;
    at += part.text.length;
  }
  if (at >= text.length) at = 0;
  const start = Math.max(0, at - radius);
  const end = Math.min(text.length, Math.max(at, start) + radius * 2 - (at - start));
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}
