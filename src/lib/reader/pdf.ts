// A PDF's text layer to lines, page by page, with pdf.js. pdf.js hands text back item by item
// (often one glyph per item in PDFs printed from a browser), so lines are rebuilt from the items'
// positions and end-of-line flags rather than joined with spaces. pdf.js is loaded only when a
// PDF is read (a dynamic import): it is large, and most pages never need it.
import { ReaderError } from './errors';

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

/** Rebuilds one page's lines from its text items. */
export function itemsToLines(items: readonly unknown[]): string[] {
  const lines: string[] = [];
  let line = '';
  let lastX = Number.NaN;
  let lastY = Number.NaN;
  let lastSize = 0;
  const push = () => {
    const t = line.replace(/[ \t]+$/u, '');
    if (t.trim()) lines.push(t);
    line = '';
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
    const pages: string[][] = [];
    let glyphs = 0;
    for (let n = 1; n <= last; n++) {
      if (options.signal?.aborted) throw new ReaderError('cancelled', `${what}: reading cancelled`);
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const lines = itemsToLines(content.items);
      page.cleanup();
      glyphs += lines.reduce((s, l) => s + l.replace(/\s/gu, '').length, 0);
      pages.push(lines);
      options.onPage?.({ pagesRead: n, pages: last });
    }
    if (glyphs < Math.max(20, last * 5)) {
      throw new ReaderError(
        'pdf-no-text',
        `${what}: the PDF has no text layer (${last} pages, ${glyphs} characters of text) — it is probably scanned images; run OCR on it first or use the plan's text or web version`,
      );
    }
    return { pages, pageCount };
  } finally {
    await doc.destroy();
  }
}
