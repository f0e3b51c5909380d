// Reads a plan text a user hands to `npm run ingest`: UTF-8 (with or without BOM) or Shift_JIS,
// which is what Japanese municipal sites and older Windows tools still produce. Anything else is
// refused with a message that says why, before a single file is written.
import { readFileSync, statSync } from 'node:fs';
import Encoding from 'encoding-japanese';

/** 20 MB: the longest real 総合計画 text is well under 2 MB; more is a wrong file, not a plan. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export type IngestErrorCode =
  | 'unreadable'
  | 'empty'
  | 'binary'
  | 'html'
  | 'oversized'
  | 'encoding'
  | 'usage'
  | 'exists'
  | 'no-items'
  | 'unwritable';

export class IngestError extends Error {
  readonly code: IngestErrorCode;
  constructor(code: IngestErrorCode, message: string) {
    super(message);
    this.name = 'IngestError';
    this.code = code;
  }
}

export interface PlanText {
  /** Decoded text with LF line ends. */
  text: string;
  encoding: 'UTF-8' | 'Shift_JIS';
  bytes: number;
}

/** Control characters other than tab, LF, CR and form feed do not occur in a plan text. */
function looksBinary(buf: Uint8Array): boolean {
  const sample = buf.subarray(0, 64 * 1024);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control > sample.length * 0.01;
}

function decode(buf: Uint8Array, path: string): Pick<PlanText, 'text' | 'encoding'> {
  const body = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? buf.subarray(3) : buf;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'UTF-8' };
  } catch {
    // Not valid UTF-8: the only other encoding plan texts come in is Shift_JIS (CP932).
  }
  if (Encoding.detect(body, ['SJIS']) === 'SJIS') {
    return {
      text: new TextDecoder('shift_jis', { fatal: true }).decode(body),
      encoding: 'Shift_JIS',
    };
  }
  throw new IngestError('encoding', `${path}: neither UTF-8 nor Shift_JIS text`);
}

export function readPlanText(path: string, maxBytes = DEFAULT_MAX_BYTES): PlanText {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new IngestError('unreadable', `${path}: not a regular file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw new IngestError(
      'unreadable',
      `${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? error})`,
    );
  }
  if (size > maxBytes) {
    throw new IngestError(
      'oversized',
      `${path}: ${size} bytes, more than the ${maxBytes}-byte limit for a plan text`,
    );
  }
  let buf: Uint8Array;
  try {
    buf = readFileSync(path);
  } catch (error) {
    throw new IngestError(
      'unreadable',
      `${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? error})`,
    );
  }
  if (looksBinary(buf)) throw new IngestError('binary', `${path}: binary data, not a plan text`);
  const { text, encoding } = decode(buf, path);
  if (!text.trim()) throw new IngestError('empty', `${path}: empty (no text to extract)`);
  // A saved web page would be read as lines of tags; say so rather than "no items found".
  if (/^\s*(<!doctype html|<html[\s>])/i.test(text)) {
    throw new IngestError(
      'html',
      `${path}: an HTML page, not a plan text; copy the plan's text from the page (or its PDF) into a .txt file`,
    );
  }
  return { text: text.replace(/\r\n?/g, '\n'), encoding, bytes: size };
}
