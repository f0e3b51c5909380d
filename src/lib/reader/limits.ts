// The reader's limits and progress type, apart from the reader itself: the /add page checks a
// file's size before handing it to the worker, and importing readPlan.ts for a constant would put
// the reader's top-level tables and encoding-japanese (CommonJS, so not tree-shaken) in the page's
// own code, and the CommonJS interop helpers in the runtime chunk every page loads.

/** 40 MB: the longest real 総合計画 text is well under 2 MB; a 300-page PDF is some 10–30 MB. */
export const DEFAULT_MAX_BYTES = 40 * 1024 * 1024;
/** No plan has this many items; a file that yields more is not a plan (or not read as one). */
export const MAX_ITEMS = 5000;
/** Characters of text a plan may hold; more is not a plan. */
export const MAX_TEXT_CHARS = 8_000_000;

export type PlanFormat = 'text' | 'html' | 'pdf';

export interface ReadProgress {
  stage: 'decode' | 'pages' | 'structure' | 'labels' | 'done';
  pagesRead?: number;
  pages?: number;
  items?: number;
}
