// pdf.js in the browser, inside the reader's worker: its own worker code runs in the same thread
// (set as pdfjsWorker before the library asks for it), so no second worker file is fetched and
// nothing is requested from anywhere but the page's origin. Loaded only when a PDF is read.
import type { LoadPdfJs, PdfJs } from '$lib/reader/pdf';

export const loadPdfJsInWorker: LoadPdfJs = async () => {
  const scope = globalThis as { pdfjsWorker?: unknown };
  scope.pdfjsWorker ??= await import('pdfjs-dist/build/pdf.worker.mjs');
  return (await import('pdfjs-dist/build/pdf.mjs')) as unknown as PdfJs;
};
