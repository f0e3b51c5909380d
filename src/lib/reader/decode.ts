// Bytes of a plan text to a string. Japanese municipal sites and office tools still produce
// Shift_JIS (CP932) and EUC-JP besides UTF-8, and Windows tools UTF-16 with a byte-order mark;
// encoding-japanese tells them apart, the platform's TextDecoder decodes them. ISO-2022-JP (JIS,
// old mail) is 7-bit and decodes too. Anything else is refused with the encodings accepted named.
import Encoding from 'encoding-japanese';
import { ReaderError } from './errors';

export type TextEncodingName =
  | 'UTF-8'
  | 'UTF-8 (BOM)'
  | 'UTF-16LE (BOM)'
  | 'UTF-16BE (BOM)'
  | 'UTF-16LE'
  | 'UTF-16BE'
  | 'Shift_JIS'
  | 'EUC-JP'
  | 'ISO-2022-JP';

export const ACCEPTED_ENCODINGS =
  'UTF-8 (with or without BOM), UTF-16, Shift_JIS, EUC-JP, ISO-2022-JP';

export interface DecodedText {
  /** The text with LF line ends (CR LF and CR become LF). */
  text: string;
  encoding: TextEncodingName;
}

const DECODER_LABEL: Record<string, string> = {
  SJIS: 'shift_jis',
  EUCJP: 'euc-jp',
  JIS: 'iso-2022-jp',
};
const ENCODING_NAME: Record<string, TextEncodingName> = {
  SJIS: 'Shift_JIS',
  EUCJP: 'EUC-JP',
  JIS: 'ISO-2022-JP',
};

function strictDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Control characters other than tab, LF, CR and form feed do not occur in a plan text. */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 64 * 1024);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return control > sample.length * 0.01;
}

/** Zeros fall on one parity (the high byte of ASCII characters) in UTF-16 text. */
function looksLikeUtf16(bytes: Uint8Array, zeroParity: 0 | 1): boolean {
  const sample = bytes.subarray(0, 4096);
  let onParity = 0;
  let offParity = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === zeroParity) onParity++;
    else offParity++;
  }
  return sample.length >= 8 && onParity >= 2 && offParity <= onParity * 0.05;
}

/** Mostly kana, kanji, full-width forms, ASCII printables and line breaks. */
function readsAsText(text: string): boolean {
  const sample = text.slice(0, 4000);
  const ok =
    sample.match(/[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef\x20-\x7e\n\r\t\f]/gu)?.length ?? 0;
  return sample.length > 0 && ok >= sample.length * 0.95;
}

/** ESC $ @ or ESC $ B: ISO-2022-JP switching to JIS X 0208. */
function hasJisEscape(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 64 * 1024) - 2;
  for (let i = 0; i < end; i++)
    if (
      bytes[i] === 0x1b &&
      bytes[i + 1] === 0x24 &&
      (bytes[i + 2] === 0x40 || bytes[i + 2] === 0x42)
    )
      return true;
  return false;
}

const withLf = (text: string) => text.replace(/\r\n?/gu, '\n');

/** Decodes a plan text; `what` names the file in messages. */
export function decodeText(bytes: Uint8Array, what: string): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = strictDecode('utf-8', bytes.subarray(3));
    if (text !== null) return { text: withLf(text), encoding: 'UTF-8 (BOM)' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    const text = strictDecode('utf-16le', bytes.subarray(2));
    if (text !== null) return { text: withLf(text), encoding: 'UTF-16LE (BOM)' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const text = strictDecode('utf-16be', bytes.subarray(2));
    if (text !== null) return { text: withLf(text), encoding: 'UTF-16BE (BOM)' };
  }
  // UTF-16 without a byte-order mark: every other byte is zero in its ASCII parts. Decode it when
  // what comes out reads as Japanese or ASCII text, and name it.
  for (const [label, name] of [
    ['utf-16le', 'UTF-16LE'],
    ['utf-16be', 'UTF-16BE'],
  ] as const) {
    if (!looksLikeUtf16(bytes, label === 'utf-16le' ? 1 : 0)) continue;
    const text = strictDecode(label, bytes);
    if (text !== null && readsAsText(text)) return { text: withLf(text), encoding: name };
  }
  if (looksBinary(bytes)) {
    throw new ReaderError(
      'binary',
      `${what}: binary data, not a plan text (accepted: a PDF, an HTML page, or text in ${ACCEPTED_ENCODINGS})`,
    );
  }
  // ISO-2022-JP is 7-bit, so it also decodes as UTF-8: its escape sequences tell it apart.
  if (hasJisEscape(bytes)) {
    const text = strictDecode('iso-2022-jp', bytes);
    if (text !== null) return { text: withLf(text), encoding: 'ISO-2022-JP' };
  }
  const utf8 = strictDecode('utf-8', bytes);
  if (utf8 !== null) return { text: withLf(utf8), encoding: 'UTF-8' };

  const detected = Encoding.detect(bytes, ['JIS', 'SJIS', 'EUCJP']);
  const label = typeof detected === 'string' ? DECODER_LABEL[detected] : undefined;
  if (label && typeof detected === 'string') {
    const text = strictDecode(label, bytes);
    if (text !== null) return { text: withLf(text), encoding: ENCODING_NAME[detected]! };
  }
  // Detection can hesitate between Shift_JIS and EUC-JP on short texts: whichever decodes wins.
  for (const [name, fallback] of [
    ['Shift_JIS', 'shift_jis'],
    ['EUC-JP', 'euc-jp'],
  ] as const) {
    const text = strictDecode(fallback, bytes);
    if (text !== null && /[\u3040-\u30ff\u4e00-\u9fff]/u.test(text))
      return { text: withLf(text), encoding: name };
  }
  throw new ReaderError(
    'encoding',
    `${what}: not text in any encoding the reader knows (accepted: ${ACCEPTED_ENCODINGS})`,
  );
}
