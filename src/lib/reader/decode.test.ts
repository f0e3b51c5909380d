import Encoding from 'encoding-japanese';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode';

const TEXT = '第1章 安心して暮らせるまち\n（１）地域防災力の強化を推進します。\n';
const encode = (to: 'SJIS' | 'EUCJP' | 'JIS') =>
  new Uint8Array(Encoding.convert(Encoding.stringToCode(TEXT), { to, from: 'UNICODE' }));
const utf16 = (le: boolean, bom: boolean) => {
  const out: number[] = bom ? (le ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (const c of TEXT) {
    const code = c.charCodeAt(0);
    out.push(...(le ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff]));
  }
  return new Uint8Array(out);
};

describe('decodeText', () => {
  it.each([
    ['UTF-8', new TextEncoder().encode(TEXT)],
    ['UTF-8 (BOM)', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)])],
    ['UTF-16LE (BOM)', utf16(true, true)],
    ['UTF-16BE (BOM)', utf16(false, true)],
    ['UTF-16LE', utf16(true, false)],
    ['Shift_JIS', encode('SJIS')],
    ['EUC-JP', encode('EUCJP')],
    ['ISO-2022-JP', encode('JIS')],
  ] as const)('reads %s', (encoding, bytes) => {
    expect(decodeText(bytes, 'plan.txt')).toEqual({ text: TEXT, encoding });
  });

  it('turns CR LF and CR into LF', () => {
    expect(decodeText(new TextEncoder().encode('a\r\nb\rc'), 'x').text).toBe('a\nb\nc');
  });

  it('refuses binary data and names what it accepts', () => {
    expect(() => decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]), 'x.png')).toThrow(
      /x\.png: binary data, not a plan text \(accepted: a PDF, an HTML page, or text in UTF-8/u,
    );
  });

  it('refuses text in no Japanese encoding', () => {
    expect(() =>
      decodeText(new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a, 0xff, 0xfe, 0x80]), 'l.txt'),
    ).toThrow(/not text in any encoding the reader knows \(accepted: UTF-8/u);
  });
});
