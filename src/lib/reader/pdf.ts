// A PDF's text layer to lines, page by page, with pdf.js. pdf.js hands text back item by item
// (often one glyph per item in PDFs printed from a browser), so lines are rebuilt from the items'
// positions and end-of-line flags rather than joined with spaces. pdf.js is loaded only when a
// PDF is read (a dynamic import): it is large, and most pages never need it.
import { ReaderError } from './errors';
import { classifyLine } from './markers';

/** The part of pdf.js the reader uses: the Node (legacy) and browser builds both offer it. */
export interface PdfJs {
  getDocument(params: {
    data: Uint8Array;
    isEvalSupported?: boolean;
    useSystemFonts?: boolean;
    disableFontFace?: boolean;
    stopAtErrors?: boolean;
  }): { promise: Promise<PdfDocument>; destroy(): Promise<void> };
}
interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
  destroy(): Promise<void>;
}
interface PdfPage {
  getTextContent(): Promise<{ items: unknown[] }>;
  cleanup(): void;
}
interface TextItem {
  str: string;
  hasEOL: boolean;
  transform: number[];
  width: number;
  height: number;
}

export type LoadPdfJs = () => Promise<PdfJs>;

export const loadPdfJs: LoadPdfJs = async () =>
  (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;

export interface PdfProgress {
  pagesRead: number;
  pages: number;
}

export interface PdfReadOptions {
  pdfjs?: LoadPdfJs;
  onPage?: (progress: PdfProgress) => void;
  signal?: AbortSignal;
  /** Pages beyond this are not read (and the reader says so). */
  maxPages?: number;
}

export interface PdfText {
  /** Each page's lines, in reading order. */
  pages: string[][];
  /** Pages the document has (more than `pages.length` when maxPages cut it). */
  pageCount: number;
}

const isTextItem = (item: unknown): item is TextItem =>
  typeof item === 'object' && item !== null && 'str' in item && 'transform' in item;

const LATIN = /[A-Za-z0-9.,:;%)\]]/u;

/** A line of a page with the size of its type (the largest glyph on it). */
export interface SizedLine {
  text: string;
  size: number;
}

/** Rebuilds one page's lines from its text items. */
export function itemsToLines(items: readonly unknown[]): string[] {
  return itemsToSizedLines(items).map((l) => l.text);
}

/** Rebuilds one page's lines from its text items, each with its type size. */
export function itemsToSizedLines(items: readonly unknown[]): SizedLine[] {
  const lines: SizedLine[] = [];
  let line = '';
  let lineSize = 0;
  let lastX = Number.NaN;
  let lastY = Number.NaN;
  let lastSize = 0;
  const push = () => {
    const t = line.replace(/[ \t]+$/u, '');
    if (t.trim()) lines.push({ text: t, size: Math.round(lineSize * 10) / 10 });
    line = '';
    lineSize = 0;
    lastX = Number.NaN;
  };
  for (const item of items) {
    if (!isTextItem(item)) continue;
    const [a = 0, b = 0, , , x = 0, y = 0] = item.transform;
    const size = Math.hypot(a, b) || item.height || lastSize || 10;
    if (!Number.isNaN(lastY) && Math.abs(y - lastY) > size * 0.5 && line) push();
    if (item.str) {
      if (line && !Number.isNaN(lastX)) {
        const gap = x - lastX;
        const prev = line.at(-1) ?? '';
        const next = item.str[0] ?? '';
        // A gap of several characters separates a table's columns (or a header's left and right
        // parts): a tab. A visible gap is a space: a small one between Latin letters, a wide one
        // anywhere.
        if (gap > size * 2.5) line += '\t';
        else if (gap > size * 0.9 || (gap > size * 0.2 && LATIN.test(prev) && LATIN.test(next)))
          if (prev !== ' ' && next !== ' ') line += ' ';
      }
      // A space item as wide as several characters is a column gap too (Chromium writes the gap
      // between table cells as one stretched space).
      line += !item.str.trim() && item.width > size * 2.5 ? '\t' : item.str;
      if (item.str.trim()) lineSize = Math.max(lineSize, size);
      lastX = x + item.width;
      lastY = y;
      lastSize = size;
    }
    if (item.hasEOL) {
      push();
      lastY = Number.NaN;
    }
  }
  push();
  return lines;
}

const HEADING_RATIO = 1.1;
const MAX_HEADING_CHARS = 40;
const MAX_ENTRY_CHARS = 30;
const SENTENCE = /[。．]$/u;

/**
 * Headings a document marks by type size alone: a short line (no sentence) set larger than the
 * body text (the size most characters have) is a heading, ranked by its size, the largest first
 * (as markdown headings: "# ", "## ", "### "). A size is a heading size only when every line set
 * in it is short and no sentence. The short lines at body size that stand one per line right
 * under the smallest heading size (two or more, each no sentence, no clause and no marked line)
 * are that heading's list entries ("- "), as an HTML list's items are. Lines with no letters (a
 * large figure, a page number) head nothing and do not count against their size. Pages whose type has one size stay
 * as they are.
 */
export function markHeadingsBySize(pages: readonly SizedLine[][]): string[][] {
  const chars = new Map<number, number>();
  for (const l of pages.flat()) {
    const n = l.text.replace(/\s/gu, '').length;
    chars.set(l.size, (chars.get(l.size) ?? 0) + n);
  }
  const body = [...chars].sort((x, y) => y[1] - x[1])[0]?.[0] ?? 0;
  // A line with no letters (a figure set large in an infographic, a page number) heads nothing
  // and says nothing of its size.
  const hasWords = (l: SizedLine) => /\p{L}/u.test(l.text);
  const isHeadingLine = (l: SizedLine) =>
    [...l.text.trim()].length <= MAX_HEADING_CHARS && !SENTENCE.test(l.text.trim());
  const headingSizes = [...chars.keys()]
    .filter((s) => body > 0 && s >= body * HEADING_RATIO)
    .filter((s) =>
      pages
        .flat()
        .filter((l) => l.size === s && hasWords(l))
        .every(isHeadingLine),
    )
    .sort((x, y) => y - x)
    .slice(0, 3);
  if (headingSizes.length < 2) return pages.map((p) => p.map((l) => l.text));
  const smallest = headingSizes[headingSizes.length - 1]!;
  const isEntry = (l: SizedLine) =>
    l.size === body &&
    !l.text.includes('\t') &&
    [...l.text.trim()].length <= MAX_ENTRY_CHARS &&
    !/[。．、，,：:]$/u.test(l.text.trim()) &&
    !/[。．]/u.test(l.text) &&
    classifyLine(l.text.trim()).type === 'text';
  return pages.map((page) => {
    const out: string[] = [];
    for (let i = 0; i < page.length; i++) {
      const l = page[i]!;
      const depth = hasWords(l) ? headingSizes.indexOf(l.size) : -1;
      if (depth >= 0) {
        out.push(`${'#'.repeat(depth + 1)} ${l.text.trim()}`);
        if (l.size !== smallest) continue;
        let j = i + 1;
        while (j < page.length && isEntry(page[j]!)) j++;
        if (j - i - 1 >= 2) {
          for (let k = i + 1; k < j; k++) out.push(`- ${page[k]!.text.trim()}`);
          i = j - 1;
        }
        continue;
      }
      out.push(l.text);
    }
    return out;
  });
}

/** Reads every page's text; refuses encrypted PDFs and PDFs without a text layer. */
export async function readPdfText(
  bytes: Uint8Array,
  what: string,
  options: PdfReadOptions = {},
): Promise<PdfText> {
  const pdfjs = await (options.pdfjs ?? loadPdfJs)();
  // pdf.js takes ownership of (and detaches) the buffer it is given: hand it a copy.
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
  });
  let doc: PdfDocument;
  try {
    doc = await task.promise;
  } catch (error) {
    const name = (error as { name?: string }).name ?? '';
    if (name === 'PasswordException')
      throw new ReaderError(
        'pdf-encrypted',
        `${what}: the PDF is password-protected; open it, save an unprotected copy, and read that`,
      );
    throw new ReaderError(
      'pdf-unreadable',
      `${what}: not a readable PDF (${(error as Error).message ?? error})`,
    );
  }
  try {
    const pageCount = doc.numPages;
    const last = Math.min(pageCount, options.maxPages ?? pageCount);
    const sized: SizedLine[][] = [];
    let glyphs = 0;
    for (let n = 1; n <= last; n++) {
      if (options.signal?.aborted) throw new ReaderError('cancelled', `${what}: reading cancelled`);
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const lines = itemsToSizedLines(content.items);
      page.cleanup();
      glyphs += lines.reduce((s, l) => s + l.text.replace(/\s/gu, '').length, 0);
      sized.push(lines);
      options.onPage?.({ pagesRead: n, pages: last });
    }
    if (glyphs < Math.max(20, last * 5)) {
      throw new ReaderError(
        'pdf-no-text',
        `${what}: the PDF has no text layer (${last} pages, ${glyphs} characters of text) — it is probably scanned images; run OCR on it first or use the plan's text or web version`,
      );
    }
    return { pages: markHeadingsBySize(sized), pageCount };
  } finally {
    await doc.destroy();
  }
}
