// Finds the lines of a source file that hold a quote, compared as `npm run check:data` compares
// them (NFKC, every whitespace removed), so a sentence of an item's text is cited at its own lines.
import type { SourceRef } from '../data/schemas';

/** NFKC with every whitespace removed: how quotes are compared with their lines. */
export const toQuoteKey = (s: string) => s.normalize('NFKC').replace(/\s+/gu, '');

interface IndexedFile {
  /** The quote keys of all lines, joined. */
  readonly key: string;
  /** Offset in `key` where each line starts. */
  readonly starts: readonly number[];
}

/** Index of the last start ≤ offset (the 0-based line holding it). */
function lineAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export class QuoteLocator {
  readonly #sources: ReadonlyMap<string, string> | undefined;
  readonly #files = new Map<string, IndexedFile | null>();

  constructor(sources?: ReadonlyMap<string, string>) {
    this.#sources = sources;
  }

  #file(name: string): IndexedFile | null {
    if (!this.#files.has(name)) {
      const text = this.#sources?.get(name);
      if (text === undefined) this.#files.set(name, null);
      else {
        const starts: number[] = [];
        let key = '';
        for (const line of text.split('\n')) {
          starts.push(key.length);
          key += toQuoteKey(line);
        }
        this.#files.set(name, { key, starts });
      }
    }
    return this.#files.get(name)!;
  }

  /**
   * Where `quote` is in the item's file: first at or after the item's own line, else anywhere in
   * the file. Without the file's text, only when the quote lies within the item's own quote.
   * Null when it is nowhere: the caller drops the evidence rather than cite a wrong line.
   */
  locate(item: SourceRef, quote: string): SourceRef | null {
    const qk = toQuoteKey(quote);
    if (!qk) return null;
    const file = this.#file(item.file);
    if (!file) return toQuoteKey(item.quote).includes(qk) ? { ...item, quote } : null;
    const from = file.starts[Math.min(item.line - 1, file.starts.length - 1)] ?? 0;
    let at = file.key.indexOf(qk, from);
    if (at < 0) at = file.key.indexOf(qk);
    if (at < 0) return null;
    const line = lineAt(file.starts, at) + 1;
    const endLine = lineAt(file.starts, at + qk.length - 1) + 1;
    return { file: item.file, line, ...(endLine > line ? { endLine } : {}), quote };
  }
}
