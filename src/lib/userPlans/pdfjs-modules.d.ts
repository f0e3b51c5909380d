// The browser build of pdf.js and its worker ship without declarations; the reader reaches them
// through its own PdfJs interface (src/lib/reader/pdf.ts).
declare module 'pdfjs-dist/build/pdf.mjs';
declare module 'pdfjs-dist/build/pdf.worker.mjs';
