import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReaderError } from './errors';
import { itemsToLines, itemsToSizedLines, markHeadingsBySize, readPdfText } from './pdf';

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

describe('markHeadingsBySize', () => {
  const l = (text: string, size: number) => ({ text, size });
  const body = '本文の段落は長く、文として終わる行がほとんどです。これは本文の大きさの行です。';

  it('gives short lines set larger than the body text heading depths by size, and lists the short lines under the smallest', () => {
    const pages = [
      [
        l('大きな見出し', 17),
        l(body, 10.5),
        l('中くらいの見出し', 13),
        l('一つ目の取組の名前', 10.5),
        l('二つ目の取組の名前', 10.5),
        l(body, 10.5),
        l('ページの枠', 8),
      ],
      [l('別の大きな見出し', 17), l(body, 10.5), l('次の見出し', 13), l(body, 10.5)],
    ];
    expect(markHeadingsBySize(pages)).toEqual([
      [
        '# 大きな見出し',
        body,
        '## 中くらいの見出し',
        '- 一つ目の取組の名前',
        '- 二つ目の取組の名前',
        body,
        'ページの枠',
      ],
      ['# 別の大きな見出し', body, '## 次の見出し', body],
    ]);
  });

  it('leaves a document alone when a larger size also sets sentences, or only one size heads', () => {
    const sentences = [[l('大きな見出し', 17), l('大きな字の文です。', 17), l(body, 10.5)]];
    expect(markHeadingsBySize(sentences)).toEqual([['大きな見出し', '大きな字の文です。', body]]);
    const one = [[l('見出し', 13), l('短い行', 10.5), l('短い行二', 10.5), l(body, 10.5)]];
    expect(markHeadingsBySize(one)).toEqual([['見出し', '短い行', '短い行二', body]]);
  });

  it('lets a large figure with no words head nothing, and leaves marked lines to their markers', () => {
    const pages = [
      [
        l('大きな見出し', 17),
        l('38.5%', 17),
        l(body, 10.5),
        l('小さな見出し', 13),
        l('①健診の受診勧奨', 10.5),
        l('②運動教室の開催', 10.5),
      ],
    ];
    expect(markHeadingsBySize(pages)).toEqual([
      ['# 大きな見出し', '38.5%', body, '## 小さな見出し', '①健診の受診勧奨', '②運動教室の開催'],
    ]);
  });

  it('records the largest glyph of each line', () => {
    const big = {
      str: '見出し',
      hasEOL: true,
      transform: [17, 0, 0, 17, 0, 100],
      width: 51,
      height: 17,
    };
    expect(itemsToSizedLines([big])).toEqual([{ text: '見出し', size: 17 }]);
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
