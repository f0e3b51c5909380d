// The descriptive text of an item: the plain paragraphs that follow its node, or the paragraphs
// under named captions (現状と課題, 基本方針) inside its part of the document.
import type { OutlineNode } from '../../src/lib/reader/outline';
import { joinBrokenLines, toMatchKey } from '../../src/lib/reader/normalize';

/** A short unpunctuated line is a caption (関連データ, a figure title), not part of a paragraph. */
const CAPTION_MAX = 20;

function isCaption(node: OutlineNode): boolean {
  const key = toMatchKey(node.title);
  return key.length <= CAPTION_MAX && !/(?:[。）)]|ます|です)$/u.test(key) && !key.includes('、');
}

// A line opening with a particle finishes a sentence that a heading interrupted ("…の推進」 / の3つを
// 横断的な視点とし"): it says nothing about the heading above it.
const CONTINUATION = /^[のをとがはにへ]/u;

/**
 * Paragraph lines right after position `at` of the flat outline, until a marker, a caption or
 * the end of the region (`lastLine`, 1-based).
 */
export function collectBody(flat: readonly OutlineNode[], at: number, lastLine = Infinity): string {
  const parts: string[] = [];
  if (CONTINUATION.test(flat[at + 1]?.title ?? '')) return '';
  for (let k = at + 1; k < flat.length; k++) {
    const node = flat[k]!;
    if (node.line > lastLine || node.type !== 'text' || node.heading || isCaption(node)) break;
    parts.push(node.title);
  }
  return joinParagraphs(parts);
}

/**
 * For each caption, the paragraphs after it, labelled ("現状と課題：…"). Only nodes between `at`
 * and `until` (exclusive) are searched, so one method's captions never borrow the next one's.
 */
export function collectSections(
  flat: readonly OutlineNode[],
  at: number,
  until: number,
  captions: readonly string[],
): string {
  const out: string[] = [];
  for (const caption of captions) {
    const key = toMatchKey(caption);
    for (let k = at + 1; k < until; k++) {
      const node = flat[k]!;
      if (node.type !== 'text' || toMatchKey(node.title) !== key) continue;
      const body = collectBody(flat, k);
      if (body) out.push(`${caption}：${body}`);
      break;
    }
  }
  return out.join('\n');
}

// Fragments of one sentence join without a break; a finished sentence ends its paragraph.
function joinParagraphs(parts: readonly string[]): string {
  const paragraphs: string[][] = [[]];
  for (const part of parts) {
    paragraphs[paragraphs.length - 1]!.push(part);
    if (/[。]$/u.test(part.trim())) paragraphs.push([]);
  }
  return paragraphs.map(joinBrokenLines).filter(Boolean).join('\n');
}
