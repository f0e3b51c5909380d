// The plan reader: a file's bytes (and the city's name) to a checked Plan, with the text the
// reader saw. One function for the CLI (`npm run ingest`) and the browser: no file system, no
// network; reading the file, reporting progress and writing the result stay with the caller.
//
//   bytes ─► format (PDF / HTML / text) ─► lines (pdf.js, htmlparser2, encoding-japanese)
//         ─► pages and furniture ─► repaired lines ─► logical lines (paragraphs joined, run-on
//         lists split, contents resolved) ─► tree (markers by rank, captions) ─► items (kinds,
//         prose measures, provenance) ─► labels (the lexicon) ─► Plan.parse
import { inferScope } from './documentScope';
import { compileLexicon, type CompiledLexicon } from '../analysis/compileLexicon';
import { RAW_LEXICON } from '../analysis/defaultLexicon';
import { labelItems } from '../analysis/labelItems';
import { Plan } from '../data/contract/plan';
import { csvToTabs, looksLikeCsv, toLogicalLines } from './blocks';
import { decodeText, type TextEncodingName } from './decode';
import { ReaderError } from './errors';
import { detectFacts } from './facts';
import { findFurniture, findPages } from './furniture';
import { htmlToLines, looksLikeHtml } from './html';
import { treeToItems } from './items';
import { readPdfText, type LoadPdfJs } from './pdf';
import { classifyLine } from './markers';
import { findNavigationRuns, isNoiseLine } from './noise';
import { looksSpacedOut, repairLine } from './repair';
import { boxTablesToTabs, dropDepartmentColumn, spacedTablesToTabs } from './spacedTable';
import { resolveContents } from './toc';
import { buildTree } from './tree';
import {
  DEFAULT_MAX_BYTES,
  MAX_ITEMS,
  MAX_TEXT_CHARS,
  type PlanFormat,
  type ReadProgress,
} from './limits';

export { DEFAULT_MAX_BYTES, MAX_ITEMS, MAX_TEXT_CHARS, type PlanFormat, type ReadProgress };

export interface ReadOptions {
  id: string;
  name: string;
  nameEn?: string;
  prefecture?: string;
  prefectureEn?: string;
  code?: string;
  /** The file's name as the user gave it: its extension helps tell the format, and messages name it. */
  fileName: string;
  maxBytes?: number;
  onProgress?: (progress: ReadProgress) => void;
  signal?: AbortSignal;
  /** How to load pdf.js (the CLI and the browser load different builds). */
  pdfjs?: LoadPdfJs;
  lexicon?: CompiledLexicon;
}

export interface ReadResult {
  plan: Plan;
  /** The text the reader saw, to be written as `plan.sources[0].file`; items point into it. */
  source: { file: string; text: string };
  format: PlanFormat;
  encoding?: TextEncodingName;
  pages: number;
  /** Page frame the reader dropped (a sample, as written). */
  furniture: string[];
  /** What the reader could not do, for the report (a PDF cut at its page limit …). */
  warnings: string[];
}

let defaultLexicon: CompiledLexicon | undefined;
const lexicon = () => (defaultLexicon ??= compileLexicon(RAW_LEXICON));

export function detectFormat(bytes: Uint8Array, fileName: string): PlanFormat {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.trimStart().startsWith('%PDF-')) return 'pdf';
  if (/\.pdf$/iu.test(fileName)) return 'pdf';
  if (/\.x?html?$/iu.test(fileName)) return 'html';
  return 'text';
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const check = (signal: AbortSignal | undefined, what: string) => {
  if (signal?.aborted) throw new ReaderError('cancelled', `${what}: reading cancelled`);
};

/** The text the reader sees, as lines: a PDF's pages joined by form feeds, an HTML page's text. */
async function toSourceText(
  bytes: Uint8Array,
  options: ReadOptions,
): Promise<{
  text: string;
  format: PlanFormat;
  encoding?: TextEncodingName;
  pageCount: number;
  title?: string;
  warnings: string[];
}> {
  const what = options.fileName;
  const warnings: string[] = [];
  const format = detectFormat(bytes, options.fileName);
  if (format === 'pdf') {
    const pdf = await readPdfText(bytes, what, {
      pdfjs: options.pdfjs,
      signal: options.signal,
      onPage: (p) => options.onProgress?.({ stage: 'pages', ...p }),
    });
    // Each page after the first starts with a form feed, as pdftotext writes it.
    const text = pdf.pages.map((lines) => lines.join('\n')).join('\n\f');
    return { text, format, pageCount: pdf.pages.length, warnings };
  }
  const decoded = decodeText(bytes, what);
  if (format === 'html' || looksLikeHtml(decoded.text)) {
    const html = htmlToLines(decoded.text);
    return {
      text: html.lines.join('\n'),
      format: 'html',
      encoding: decoded.encoding,
      pageCount: 1,
      title: html.title,
      warnings,
    };
  }
  return { text: decoded.text, format: 'text', encoding: decoded.encoding, pageCount: 0, warnings };
}

export async function readPlan(bytes: Uint8Array, options: ReadOptions): Promise<ReadResult> {
  const what = options.fileName;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length === 0) throw new ReaderError('empty', `${what}: empty file (0 bytes)`);
  if (bytes.length > maxBytes)
    throw new ReaderError(
      'oversized',
      `${what}: ${bytes.length} bytes, more than the ${maxBytes}-byte limit for a plan`,
    );
  options.onProgress?.({ stage: 'decode' });
  const source = await toSourceText(bytes, options);
  check(options.signal, what);
  if (!source.text.replace(/[\s\f]/gu, ''))
    throw new ReaderError('empty', `${what}: no text to read (the file holds only blanks)`);
  if (source.text.length > MAX_TEXT_CHARS)
    throw new ReaderError(
      'oversized',
      `${what}: ${source.text.length} characters of text, more than the ${MAX_TEXT_CHARS} a plan may hold`,
    );

  const sourceLines = source.text.split('\n');
  const pages = findPages(sourceLines);
  const furniture = findFurniture(sourceLines, pages, options.name);
  // A spreadsheet saved as CSV: its cells are read as a tab-separated table's.
  // Tables aligned with spaces read the same way.
  const cells = boxTablesToTabs(
    spacedTablesToTabs(
      looksLikeCsv(sourceLines, options.fileName)
        ? csvToTabs(sourceLines)
        : dropDepartmentColumn(sourceLines),
    ),
  );
  const spacedOut = looksSpacedOut(cells);
  const repaired = cells.map((raw, i) => {
    if (furniture.drop.has(i) || isNoiseLine(raw)) return '';
    const text = raw.replace(/\f/gu, '');
    const strip = furniture.stripStart.get(i) ?? 0;
    return repairLine(strip > 0 ? raw.slice(strip).replace(/\f/gu, '') : text, spacedOut);
  });
  // Page-navigation residue: runs of short unmarked lines (序論 / 基本構想 / 基本目標1 …).
  const navigation = findNavigationRuns(repaired, repaired.map(classifyLine), 5);
  const clean = repaired.map((line, i) => (navigation.has(i) ? '' : line));
  options.onProgress?.({ stage: 'structure', pages: pages.count });
  check(options.signal, what);

  const logical = resolveContents(
    toLogicalLines({ clean, pageOf: pages.pageOf, blocks: source.format === 'html' }),
  ).lines;
  const tree = buildTree(logical);
  const hash = (await sha256Hex(source.text)).slice(0, 16);
  const file = `sources/${options.id}-${hash}.txt`;
  const facts = detectFacts(source.text, file, source.title || `${options.name}総合計画`);
  const items = treeToItems(tree, {
    city: options.id,
    file,
    sourceLines,
    pageOf: pages.pageOf,
    pageCount: source.format === 'pdf' || pages.count > 1 ? pages.count : 1,
    planTitle: facts.title,
  });
  if (items.length === 0)
    throw new ReaderError(
      'no-items',
      `${what}: no goals, policies or measures found (no headings, numbered or bulleted lists, or policy sentences)`,
    );
  if (items.length > MAX_ITEMS)
    throw new ReaderError(
      'oversized',
      `${what}: ${items.length} items, more than the ${MAX_ITEMS} one plan may hold — is this one plan?`,
    );
  options.onProgress?.({ stage: 'labels', items: items.length });
  check(options.signal, what);

  const labelled = labelItems(items, options.lexicon ?? lexicon()).items;
  const plan = Plan.parse({
    id: options.id,
    name: { ja: options.name, en: options.nameEn ?? capitalize(options.id) },
    prefecture: { ja: options.prefecture ?? '', en: options.prefectureEn ?? '' },
    code: options.code ?? '000000',
    plan: facts,
    sources: [{ file, title: facts.title, scope: inferScope(source.text, file) }],
    items: labelled,
  });
  options.onProgress?.({ stage: 'done', items: plan.items.length });
  return {
    plan,
    source: { file, text: source.text },
    format: source.format,
    ...(source.encoding ? { encoding: source.encoding } : {}),
    pages: pages.count,
    furniture: furniture.examples,
    warnings: source.warnings,
  };
}

const capitalize = (id: string) => id.charAt(0).toUpperCase() + id.slice(1);
