// What a source document is (the contract's `DocumentScope`): its size, and for a text no curator
// has read, the kind the reader can tell from its own words. A kind is only given when the text
// names it (概要版, 素案, （案）, 広報, a chapter heading alone); otherwise it is 'unknown', never a
// guess. Pure.
import type { DocumentKind, DocumentScope } from '../data/contract/plan';
import type { SourceRef } from '../data/contract/common';

/** Characters without blanks, and pages when the text is a PDF's (pages split by form feeds). */
export function measureText(text: string): { characters: number; pages?: number } {
  const characters = [...text.replace(/[\s\f]/gu, '')].length;
  const feeds = text.split('\f').length - 1;
  return feeds > 0 ? { characters, pages: feeds + 1 } : { characters };
}

/** How far into the text the reader looks for the words that say what the document is. */
const HEAD_LINES = 60;

// Each kind, with the words that announce it in a title-like line near the top of a document (a
// short line, not a sentence: prose that mentions a 概要版 or a public comment says nothing about
// the text itself). Order matters: a 素案 of a 概要版 is a draft first.
const KIND_WORDS: readonly [Exclude<DocumentKind, 'whole' | 'unknown' | 'chapters'>, RegExp][] = [
  ['draft', /素案|[（(]\s*案\s*[）)]|原案/u],
  [
    'bulletin',
    /(?:広報|市報|町報|村報)[^\n。]{0,12}?(?:[0-9０-９]{1,2}\s*月号|[0-9０-９]+\s*号)|お知らせ版/u,
  ],
  ['policy-summary', /方針[^。\n]{0,6}[【［(（]?概要|基本方針[^。\n]{0,4}概要/u],
  ['summary', /概要版|ダイジェスト版|[【［(（]概要[】］)）]|要約版|リーフレット/u],
];

/**
 * A line that can be a title: short, no sentence end, not a list entry, and not a link to a file
 * (a web page's 「概要版（PDF：1.2MB）」 names another document, not this text).
 */
const titleLike = (line: string) => {
  const text = line.replace(/^[#\s]+/u, '').trim();
  return (
    text.length > 0 &&
    text.length <= 40 &&
    !/[。]/u.test(text) &&
    !/^[-・*]\s/u.test(text) &&
    !/PDF|ファイル|[0-9.０-９]+\s*[KMＫＭ]B/iu.test(text)
  );
};

const PART_WORDS =
  /序論|基本構想|基本計画|実施計画|資料編|重点(?:プロジェクト|施策)|第[0-9０-９一二三四五六七八九十]+章/gu;
const CHAPTER = /^\s*#*\s*第[0-9０-９一二三四五六七八九十]+章/u;

/**
 * The scope the reader infers from a text. `file` is the name the text is written under; the
 * `source` is the line whose words gave the kind.
 */
export function inferScope(text: string, file: string): DocumentScope {
  const lines = text.split('\n');
  const head = lines.slice(0, HEAD_LINES);
  const measured = measureText(text);
  const ref = (index: number, quote: string): SourceRef => ({ file, line: index + 1, quote });
  for (const [kind, words] of KIND_WORDS) {
    const index = head.findIndex((l) => titleLike(l) && words.test(l));
    if (index < 0) continue;
    const quote = head[index]!.match(words)![0];
    return { kind, parts: partsOf(lines), ...measured, source: ref(index, quote), by: 'reader' };
  }
  // A text whose headings are chapters, and whose first chapter is not the first: a part of a plan.
  const chapters = lines.flatMap((l, i) => (CHAPTER.test(l) ? [i] : []));
  const first = chapters[0];
  if (first !== undefined && !/第\s*[1１一]\s*章/u.test(lines[first]!)) {
    const quote = lines[first]!.match(/第[0-9０-９一二三四五六七八九十]+章/u)![0];
    return {
      kind: 'chapters',
      parts: partsOf(lines),
      ...measured,
      source: ref(first, quote),
      by: 'reader',
    };
  }
  return { kind: 'unknown', parts: partsOf(lines), ...measured, by: 'reader' };
}

/** The plan parts a text names in its headings, once each, in order of first mention. */
function partsOf(lines: readonly string[]): string[] {
  const found: string[] = [];
  for (const line of lines) {
    if (line.length > 40 || line.includes('。')) continue;
    for (const m of line.matchAll(PART_WORDS)) {
      const part = m[0].normalize('NFKC');
      if (!found.includes(part)) found.push(part);
    }
  }
  return found.slice(0, 50);
}
