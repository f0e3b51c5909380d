// Pages and page furniture, found from the document itself. A plan reaches the reader as pages
// (PDF pages, form feeds, web pages pasted one after another), and every page carries a frame:
// running headers, page numbers, breadcrumbs, update dates, "back to top" links. The frame is
// found by what such lines are in every document of the genre (the conventions of Japanese
// municipal web systems and print layout) and by repetition across pages, never by a list of one
// city's strings.
import { captionRole } from './tree';
import { isStructureWord } from './markers';

/** Breadcrumbs: three or more short segments joined by > ＞ › » (ホーム > 市政 > 総合計画). */
const BREADCRUMB = /^[^。、]{1,40}(?:\s*[>＞›»≫]\s*[^。>＞›»≫]{1,40}){2,}$/u;
const WEB_FURNITURE = new RegExp(
  [
    '^(?:最終)?(?:更新日|掲載日|公開日|作成日|登録日)\\s*[:：]?\\s*\\S*\\d',
    '^(?:ページ|記事|コンテンツ)\\s*(?:ID|ＩＤ|番号)\\s*[:：]?\\s*[0-9０-９]+',
    '^印刷(?:ページ|用ページ)?(?:を)?表示|^印刷する(?:[\\s\\u3000]|$)|^印刷用ページ',
    '^(?:この)?ページ(?:の)?(?:先頭|トップ|上)(?:へ|に)(?:戻る)?$|^(?:先頭|トップ)へ戻る$|^ページトップ$|^PAGE\\s*TOP$',
    '[(（\\[［]\\s*(?:PDF|Word|Excel|ワード|エクセル)(?:ファイル|形式)?\\s*[:：,，、]?\\s*[0-9０-９.．,]+\\s*(?:[KMGkｋＫＭ]?B|キロバイト|メガバイト)\\s*[)）\\]］]$',
    '^[-－―—]\\s*.{0,24}(?:終わり|おわり|以上)\\s*[-－―—]$|^以上$',
    '^(?:元|前|次)のページ(?:(?:へ|に)(?:戻る)?)?$|^(?:一覧|前のページ)(?:へ|に)戻る$|^戻る$',
    'Adobe\\s*(?:Acrobat\\s*)?Reader|PDF形式のファイルを(?:ご覧|閲覧)',
    '^(?:この)?(?:ページ|情報)に関する(?:お)?問い?合わせ|^お問い?合わせ(?:先)?$',
    // A contact line: お問い合わせ, a department and a telephone number on one line.
    '^お?問い?合わせ(?:先)?[\\s\\u3000:：].{0,40}(?:電話|TEL|ＴＥＬ)\\s*[:：]?\\s*[0-9０-９(（]',
    '^(?:この)?ページの(?:情報|内容)は(?:役に立ち|わかりやすか)|^(?:この)?ページについて(?:の)?(?:お聞かせ|ご意見|アンケート)|役に立った.{0,20}役に立たなかった|^(?:単位|作成日|作成者)\\s*[:：]',
    '^(?:Copyright|\\(C\\)|©)',
    '^関連(?:ファイル|リンク|情報|資料|ページ)$|^(?:サイトマップ|ツイート|シェア|ポスト|Language)$|文字サイズ.{0,30}(?:背景|標準|拡大)|背景色(?:変更)?[\\s\\u3000:：]|Foreign\\s*language|^(?:この)?ページを(?:シェア|共有)',
    '^(?:電話|TEL|ＴＥＬ|ファクス|ファックス|FAX|ＦＡＸ)\\s*(?:番号)?\\s*[:：]\\s*[0-9０-９(（]',
    '^(?:メール|E-?mail)\\s*(?:でのお問い合わせ|フォーム)|^メールフォーム',
    // A postal address (〒300-9999 …), and a site's footer links run on one line between bars.
    '^〒\\s*[0-9０-９]{3}\\s*[-－ー‐]\\s*[0-9０-９]{4}',
    '^[^|｜。、]{2,20}(?:[\\s\\u3000]+[|｜][\\s\\u3000]+[^|｜。、]{2,20}){2,}$',
  ].join('|'),
  'iu',
);
const CONTACT_HEADING =
  /^(?:この)?(?:ページ|情報|記事)に関する(?:お)?問い?合わせ(?:先)?$|^お問い?合わせ(?:先)?$/u;
/** A page counter or a page number standing alone: 12/180, - 12 -, p.12, 12ページ, 12. */
const PAGE_NUMBER =
  /^\s*(?:[-－―ー‐─]\s*[0-9０-９]{1,4}\s*[-－―ー‐─]|[0-9０-９]{1,4}\s*[/／]\s*[0-9０-９]{1,4}|[pｐPＰ]\.?\s*[0-9０-９]{1,4}|[0-9０-９]{1,4}\s*(?:ページ|頁)|[0-9０-９]{1,4})\s*$/u;
/** Where a pasted web page starts: a "source:" or URL line. */
const PAGE_SOURCE_LINE = /^\s*(?:source|出典|URL)\s*[:：]\s*\S+|^\s*https?:\/\/\S+\s*$/iu;

const toHalf = (s: string) =>
  s.replace(/[\uFF01-\uFF5E]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
/** A line with its numbers blanked, so "… 12" and "… 13" count as one repeated line. */
const shapeOf = (s: string) =>
  toHalf(s)
    .replace(/\s+/gu, '')
    .replace(/[0-9]+/gu, '#');

export interface Pages {
  /** For each line (0-based), its page (0-based). */
  pageOf: number[];
  count: number;
}

/** A two-segment trail (計画 ＞ 第1章) is a breadcrumb when it repeats. */
const SHORT_TRAIL = /^[^。、]{1,40}\s*[>＞›»≫]\s*[^。>＞›»≫]{1,40}$/u;

/** Breadcrumb lines: three segments or more anywhere, two when the same trail repeats. */
function breadcrumbLines(lines: readonly string[]): Set<number> {
  const out = new Set<number>();
  const trails = new Map<string, number[]>();
  lines.forEach((raw, i) => {
    const line = raw.replace(/\f/gu, '').trim();
    if (BREADCRUMB.test(line)) out.add(i);
    else if (SHORT_TRAIL.test(line)) trails.set(line, [...(trails.get(line) ?? []), i]);
  });
  for (const at of trails.values()) if (at.length >= 2) at.forEach((i) => out.add(i));
  return out;
}

/** Page numbers standing alone that count up through the document (- 1 -, - 2 -, 3/40 …). */
function pageNumberLines(lines: readonly string[]): Set<number> {
  const found: { i: number; n: number }[] = [];
  lines.forEach((raw, i) => {
    const line = raw.replace(/\f/gu, '');
    if (!PAGE_NUMBER.test(line) || /^\s*[0-9０-９]{1,4}\s*$/u.test(line)) return;
    found.push({ i, n: Number(toHalf(line).replace(/^\D*(\d+).*$/su, '$1')) });
  });
  const rising = found.filter((f, k) => k === 0 || f.n >= found[k - 1]!.n);
  return new Set(rising.length >= 2 ? rising.map((f) => f.i) : []);
}

/** Page boundaries: form feeds (PDF text, pdftotext), web pages pasted one after another. */
export function findPages(lines: readonly string[]): Pages {
  const crumbs = breadcrumbLines(lines);
  const numbers = pageNumberLines(lines);
  const pageOf: number[] = [];
  let page = 0;
  // A boundary counts only when the page it closes holds some content: a page number, a
  // "back to top" link and the next page's breadcrumbs make one boundary, not three.
  let content = false;
  const boundary = () => {
    if (content) page++;
    content = false;
  };
  lines.forEach((raw, i) => {
    const line = raw.replace(/\f/gu, '').trim();
    const startsPage =
      /^[ \t]*\f/u.test(raw) ||
      PAGE_SOURCE_LINE.test(line) ||
      (crumbs.size >= 2 && crumbs.has(i) && !crumbs.has(i - 1));
    if (startsPage) boundary();
    pageOf.push(page);
    const frame =
      crumbs.has(i) || numbers.has(i) || WEB_FURNITURE.test(line) || PAGE_SOURCE_LINE.test(line);
    if (line && !frame) content = true;
    if (numbers.has(i) || (/\f[ \t]*$/u.test(raw) && !/^[ \t]*\f/u.test(raw))) boundary();
  });
  // A boundary after the last page's content opens no page.
  return { pageOf, count: Math.max(0, ...pageOf) + 1 };
}

export interface Furniture {
  /** Lines (0-based) that are page frame only. */
  drop: Set<number>;
  /** Lines (0-based) whose first characters are a page number glued to the text: how many. */
  stripStart: Map<number, number>;
  /** The frame lines as written, for the reader's report. */
  examples: string[];
}

/** Index ranges of each page's first and last few content lines. */
function pageEdges(
  lines: readonly string[],
  pages: Pages,
  depth: number,
  dropped: ReadonlySet<number>,
) {
  const byPage: number[][] = Array.from({ length: pages.count }, () => []);
  lines.forEach((l, i) => {
    if (l.replace(/\f/gu, '').trim() && !dropped.has(i)) byPage[pages.pageOf[i]!]!.push(i);
  });
  const edge = new Set<number>();
  for (const idx of byPage) {
    idx.slice(0, depth).forEach((i) => edge.add(i));
    idx.slice(-depth).forEach((i) => edge.add(i));
  }
  return { edge, byPage };
}

/**
 * A line that is only the municipality's own name (or its office: 市役所, 町役場 …) names who
 * published the page — a running header, a site's logo text, a footer — and never heads a part of
 * the plan; the plan's title (〇〇市総合計画) says more and stays. A short document's header is
 * seen on too few pages to be found by repetition, so it is known by what it says.
 */
function isOwnNameLine(line: string, name: string): boolean {
  if (!name) return false;
  const bare = line.normalize('NFKC').replace(/[\s\u3000]+/gu, '');
  const own = name.normalize('NFKC').replace(/[\s\u3000]+/gu, '');
  return (
    bare === own ||
    new RegExp(`^${escapeRegExp(own)}(?:市役所|町役場|村役場|役場|役所)$`, 'u').test(bare)
  );
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

export function findFurniture(lines: readonly string[], pages: Pages, ownName = ''): Furniture {
  const drop = new Set<number>();
  const stripStart = new Map<number, number>();
  const examples = new Set<string>();
  const mark = (i: number) => {
    drop.add(i);
    if (examples.size < 40) examples.add(lines[i]!.replace(/\f/gu, '').trim());
  };

  // 1. What the genre's frame says wherever it stands.
  const crumbs = breadcrumbLines(lines);
  const numbers = pageNumberLines(lines);
  lines.forEach((raw, i) => {
    const line = raw.replace(/\f/gu, '').trim();
    if (!line) return;
    const bare = line.replace(/^(?:#{1,6}|[-*・])\s+/u, '');
    if (
      crumbs.has(i) ||
      numbers.has(i) ||
      WEB_FURNITURE.test(bare) ||
      PAGE_SOURCE_LINE.test(line) ||
      isOwnNameLine(bare, ownName)
    )
      mark(i);
  });
  // A contact block: the short lines under a お問い合わせ heading, up to the next blank line
  // (the department, its address, telephone and mail form).
  lines.forEach((raw, i) => {
    if (!CONTACT_HEADING.test(raw.replace(/\f/gu, '').trim())) return;
    for (let j = i + 1; j < lines.length && j <= i + 8; j++) {
      const line = lines[j]!.replace(/\f/gu, '').trim();
      if (!line || line.length > 60 || /[。]$/u.test(line)) break;
      mark(j);
    }
  });

  // 2. Lines that repeat on many pages at their edges (running headers and footers), and lines
  // that differ only by a number wherever they stand (a header with its page number).
  const { edge, byPage } = pageEdges(lines, pages, 3, drop);
  const pagesByShape = new Map<string, Set<number>>();
  const numbersByShape = new Map<string, Set<string>>();
  lines.forEach((raw, i) => {
    const line = raw.replace(/\f/gu, '').trim();
    if (!line || line.length > 80 || drop.has(i)) return;
    const shape = shapeOf(line);
    if (edge.has(i)) {
      const set = pagesByShape.get(shape) ?? new Set<number>();
      set.add(pages.pageOf[i]!);
      pagesByShape.set(shape, set);
    }
    // A running header or footer with its page number: the same words, a number before or after.
    const numbered =
      /^([0-9０-９]{1,4})[\s\u3000]*(\D.{5,})$|^(.{6,}?\D)[\s\u3000]*([0-9０-９]{1,4})$/u.exec(
        line,
      );
    if (numbered && !/[。、]$/u.test(line)) {
      const words = (numbered[2] ?? numbered[3]!).replace(/\s+/gu, '');
      const set = numbersByShape.get(words) ?? new Set<string>();
      set.add(toHalf(numbered[1] ?? numbered[4]!));
      numbersByShape.set(words, set);
    }
  });
  const repeatedAtEdges = new Set(
    [...pagesByShape]
      .filter(([shape, set]) => set.size >= 3 && set.size >= pages.count * 0.3 && shape.length >= 2)
      .map(([shape]) => shape),
  );
  // Three page numbers or more, and not a list (基本目標1, 基本目標2 … number a few headings).
  const numberedRepeats = new Set(
    [...numbersByShape]
      .filter(
        ([words, set]) => set.size >= 3 && words.length >= 6 && [...set].some((n) => Number(n) > 9),
      )
      .map(([words]) => words),
  );
  lines.forEach((raw, i) => {
    const line = raw.replace(/\f/gu, '').trim();
    if (!line || drop.has(i) || line.length > 80) return;
    const shape = shapeOf(line);
    const numbered =
      /^[0-9０-９]{1,4}[\s\u3000]*(\D.{5,})$|^(.{6,}?\D)[\s\u3000]*[0-9０-９]{1,4}$/u.exec(line);
    const words = numbered ? (numbered[1] ?? numbered[2]!).replace(/\s+/gu, '') : '';
    // A caption of the genre (現状と課題, 主な取組) heads every 施策 page because every page is
    // a 施策: it is the page's structure, not its running header.
    if (edge.has(i) && repeatedAtEdges.has(shape) && captionRole(line) !== null) return;
    if ((edge.has(i) && repeatedAtEdges.has(shape)) || (words && numberedRepeats.has(words)))
      mark(i);
  });

  // A site's global navigation: short words joined by ｜ at the top or foot of a page.
  lines.forEach((raw, i) => {
    if (drop.has(i) || !edge.has(i)) return;
    const parts = raw.trim().split(/[\s\u3000]*[｜|][\s\u3000]*/u);
    if (
      parts.length >= 4 &&
      parts.every((p) => p.length >= 1 && p.length <= 10 && !/[。、]/u.test(p))
    )
      mark(i);
  });

  // 3. Page numbers standing alone at a page's edge, and page numbers glued to the first words
  // of a page (「37 未来の…」) when the numbers run on with the pages.
  // A bare number under a level's name standing alone (基本目標 / １ / 健康で…) is that level's
  // number, not the page's.
  const underLevelName = (i: number) =>
    /^\s*\f?\s*[0-9０-９]{1,2}\s*$/u.test(lines[i]!) &&
    i > 0 &&
    isStructureWord(lines[i - 1]!.replace(/\f/gu, ''));
  lines.forEach((raw, i) => {
    if (
      !drop.has(i) &&
      edge.has(i) &&
      PAGE_NUMBER.test(raw.replace(/\f/gu, '')) &&
      !underLevelName(i)
    )
      mark(i);
  });
  if (pages.count >= 3) {
    const glued: { i: number; n: number; page: number; length: number }[] = [];
    byPage.forEach((idx, page) => {
      const first = idx.find((i) => !drop.has(i));
      if (first === undefined) return;
      const m = /^(\s*\f?\s*)([0-9０-９]{1,4})[\s\u3000]+(?=\S)/u.exec(lines[first]!);
      if (m) glued.push({ i: first, n: Number(toHalf(m[2]!)), page, length: m[0].length });
    });
    // The numbers of a run of pages differ from the page index by one constant offset.
    const offsets = new Map<number, number>();
    for (const g of glued) offsets.set(g.n - g.page, (offsets.get(g.n - g.page) ?? 0) + 1);
    const [offset, support] = [...offsets].sort((a, b) => b[1] - a[1])[0] ?? [0, 0];
    if (support >= 3 && support >= pages.count * 0.3)
      for (const g of glued) if (g.n - g.page === offset) stripStart.set(g.i, g.length);
  }
  return { drop, stripStart, examples: [...examples] };
}
