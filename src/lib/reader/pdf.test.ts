import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReaderError } from './errors';
import { itemsToLines, readPdfText } from './pdf';

const FIXTURES = join(import.meta.dirname, '../../../tests/fixtures');
const item = (str: string, x: number, y: number, hasEOL = false, width = str.length * 10) => ({
  str,
  hasEOL,
  transform: [10, 0, 0, 10, x, y],
  width,
  height: 10,
});

describe('itemsToLines', () => {
  it('joins glyph items of one line without spaces, and breaks on a new baseline', () => {
    const items = [
      item('第', 0, 100),
      item('1', 10, 100),
      item('章', 20, 100),
      item('計画', 50, 100),
      item('本', 0, 80),
      item('文', 10, 80, true),
    ];
    expect(itemsToLines(items)).toEqual(['第1章 計画', '本文']);
  });

  it('puts a space between Latin words that a gap separates', () => {
    expect(itemsToLines([item('Society', 0, 10), item('5.0', 73, 10)])).toEqual(['Society 5.0']);
  });
});

describe('readPdfText', () => {
  const read = (file: string) =>
    readPdfText(new Uint8Array(readFileSync(join(FIXTURES, file))), file);

  it('reads every page of a PDF printed from a browser, in order', async () => {
    const pages: number[] = [];
    const pdf = await readPdfText(
      new Uint8Array(readFileSync(join(FIXTURES, 'plans/pdf-shirasagigawa/plan.pdf'))),
      'plan.pdf',
      { onPage: (p) => pages.push(p.pagesRead) },
    );
    expect(pdf.pageCount).toBe(pdf.pages.length);
    expect(pages).toEqual(pdf.pages.map((_, i) => i + 1));
    expect(pdf.pages.flat().join('\n').normalize('NFKC')).toMatch(/白鷺川/u);
  });

  it.each([
    ['pdf/scanned.pdf', 'pdf-no-text', /no text layer .* probably scanned/u],
    ['pdf/encrypted.pdf', 'pdf-encrypted', /password-protected/u],
  ])('refuses %s', async (file, code, message) => {
    const error = await read(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReaderError);
    expect((error as ReaderError).code).toBe(code);
    expect((error as ReaderError).message).toMatch(message);
  });

  it('refuses bytes that are no PDF', async () => {
    const error = await readPdfText(
      new TextEncoder().encode('%PDF-1.7\nnot a body'),
      'x.pdf',
    ).catch((e: unknown) => e);
    expect((error as ReaderError).code).toBe('pdf-unreadable');
  });
});
