// An HTML page to the lines of text a reader sees, with its structure kept: headings as
// markdown headings (# … ######), list items as "- " items indented by depth, table rows as
// tab-separated cells, paragraphs and line breaks as lines. The page's frame (navigation,
// header, footer, breadcrumbs, side menus, scripts, styles, forms) is dropped: it is the same on
// every page of a site and says nothing about the plan. htmlparser2 does the parsing.
import { Parser } from 'htmlparser2';
import { classifyLine } from './markers';

export interface HtmlText {
  lines: string[];
  /** The page's <title>, or '' when it has none. */
  title: string;
}

/** Elements whose whole subtree is page frame or not text. */
const FRAME_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'canvas',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'button',
  'select',
  'textarea',
  'iframe',
  'object',
  'head',
]);
const FRAME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search', 'complementary']);
/** Class and id words CMS templates give their frame (パンくず = breadcrumbs). */
const FRAME_NAME =
  /(?:^|[\s_-])(?:breadcrumbs?|topic-?path|pankuzu|bread|gnav|global-?nav|local-?nav|side(?:-?(?:bar|nav|menu))?|sub-?nav|footer|header|skip|page-?top|sns|share|social|utility|menu)(?:$|[\s_-])/iu;

/** Headings of the sections a municipal site adds to every page. */
const FRAME_SECTION =
  /^(?:(?:この|本)?ページ(?:の内容)?に関する(?:お)?問い?合わせ(?:先)?|お問い?合わせ(?:先)?|関連(?:リンク|情報|ページ|記事|ファイル|資料|ダウンロード)|ダウンロード|このページの情報は役に立ちましたか|(?:この)?ページについて(?:の)?(?:お聞かせ|ご意見)|アンケート|PDF(?:ファイル|形式のファイル)の(?:閲覧|ご覧)について)/u;

const BLOCK_TAGS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'li',
  'dt',
  'dd',
  'dl',
  'ul',
  'ol',
  'tr',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'blockquote',
  'pre',
  'figure',
  'figcaption',
  'details',
  'summary',
  'caption',
  'address',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);

const tidy = (s: string) => s.replace(/[\s\u00a0]+/gu, ' ').trim();
/** A cell's text: spaces tidied within each of its lines, empty lines dropped. */
const tidyCell = (s: string) => s.split('\n').map(tidy).filter(Boolean).join('\n');

/** Class words CMS templates give a heading they set without h-tags (見出し = midashi). */
const TITLE_NAME = /(?:^|[\s_-])(?:title|ttl|midashi|heading|hdg)(?:$|[\s_-])/iu;
const MAX_EMPHASIS_HEADING = 40;

export function htmlToLines(html: string): HtmlText {
  const lines: string[] = [];
  // Headings set without h-tags (a <div class="title">, an accordion's <summary>, a paragraph all
  // in bold) rank below the page's deepest h-tag: titles one below it, bold lines two below.
  let deepest = 0;
  for (const m of html.matchAll(/<h([1-6])[\s>]/giu)) deepest = Math.max(deepest, Number(m[1]));
  const titleDepth = Math.min(6, deepest + 1);
  const boldDepth = Math.min(6, deepest + 2);
  let boldLevel = 0;
  let boldChars = 0;
  let textChars = 0;
  /** The depth of the heading the open title element sets, 0 when none is open. */
  const titles: number[] = [];
  let title = '';
  let inTitle = false;
  let skipDepth = 0; // > 0 inside a frame element
  const stack: { tag: string; skips: boolean; main?: boolean; title?: boolean }[] = [];
  let listDepth = 0;
  const olCounters: number[] = [];
  let buffer = '';
  let prefix = '';
  let row: string[] | null = null;
  let cell: string | null = null;
  let cellSpan = { rows: 1, cols: 1 };
  /** Columns still covered by a cell of an earlier row (rowspan): how many rows more. */
  let covered: number[] = [];
  /** A merged cell's value is written once, on its first row: the rows under it get empty cells. */
  const skipCovered = () => {
    while (row && (covered[row.length] ?? 0) > 0) {
      covered[row.length]!--;
      row.push('');
    }
  };

  // A term of a <dl> with two or more <dd> lists its entries (施策 → its 取組); one <dd> is the
  // term's description. The lines each <dd> began, per term, until the next term or the list's end.
  let ddLines: number[] = [];
  const endTerm = () => {
    if (ddLines.length >= 2) for (const at of ddLines) lines[at] = `- ${lines[at]}`;
    ddLines = [];
  };
  let headingLevel = 0;
  let frameSection: number | null = null;
  const flush = () => {
    const text = tidy(buffer);
    buffer = '';
    const allBold = textChars > 0 && boldChars === textChars;
    boldChars = 0;
    textChars = 0;
    // An unmarked short line set as a title or all in bold is a heading; a marked one (（1）…,
    // 基本目標1 …) keeps its marker, which ranks it.
    if (
      !prefix &&
      text &&
      [...text].length <= MAX_EMPHASIS_HEADING &&
      !/[。．]$/u.test(text) &&
      classifyLine(text).type === 'text' &&
      (titles.length > 0 || allBold)
    ) {
      headingLevel = titles.length > 0 ? titleDepth : boldDepth;
      prefix = `${'#'.repeat(headingLevel)} `;
      if (frameSection !== null && headingLevel <= frameSection) frameSection = null;
    }
    if (prefix.startsWith('#') && FRAME_SECTION.test(text)) frameSection = headingLevel;
    if (text && frameSection === null) lines.push(prefix + text);
    prefix = '';
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const role = attrs.role?.toLowerCase() ?? '';
        const names = `${attrs.class ?? ''} ${attrs.id ?? ''}`;
        // Inside the main content a <header> holds the page's own title, not the site's frame.
        const inMain = stack.some((e) => e.tag === 'main' || e.tag === 'article' || e.main);
        const frameTag =
          FRAME_TAGS.has(name) && !(inMain && (name === 'header' || name === 'footer'));
        const frameName = FRAME_NAME.exec(names);
        const skips =
          frameTag ||
          FRAME_ROLES.has(role) ||
          (frameName !== null && !(inMain && /header|footer/iu.test(frameName[0]))) ||
          attrs.hidden !== undefined ||
          attrs['aria-hidden'] === 'true';
        const title =
          name === 'summary' || ((name === 'div' || name === 'p') && TITLE_NAME.test(names));
        stack.push({ tag: name, skips, main: role === 'main', title });
        if (name === 'title') inTitle = true;
        if (skips) skipDepth++;
        if (skipDepth > 0) return;
        if (name === 'br') {
          // A break inside a cell is kept: a cell may list its entries one per line, or wrap a
          // long title for the column's width (the reader tells which).
          if (cell !== null) cell += '\n';
          else flush();
          return;
        }
        if (name === 'tr') {
          flush();
          row = [];
          return;
        }
        if ((name === 'td' || name === 'th') && row) {
          cell = '';
          cellSpan = {
            rows: Math.max(1, Math.min(100, Number(attrs.rowspan) || 1)),
            cols: Math.max(1, Math.min(50, Number(attrs.colspan) || 1)),
          };
          return;
        }
        if (name === 'table') covered = [];
        if (BLOCK_TAGS.has(name)) flush();
        if (title) titles.push(titleDepth);
        if (name === 'strong' || name === 'b') boldLevel++;
        if (name === 'dt' || name === 'dl') endTerm();
        if (name === 'dd') ddLines.push(lines.length);
        if (/^h[1-6]$/u.test(name)) {
          prefix = `${'#'.repeat(Number(name[1]))} `;
          headingLevel = Number(name[1]);
          // A section the site adds to every page (contact, related links, a survey) ends at the
          // next heading of its level.
          if (frameSection !== null && headingLevel <= frameSection) frameSection = null;
        }
        if (name === 'ul' || name === 'ol') {
          listDepth++;
          olCounters.push(name === 'ol' ? 0 : -1);
        }
        if (name === 'li') {
          const counter = olCounters.length ? olCounters[olCounters.length - 1]! : -1;
          const number =
            counter >= 0 ? `${(olCounters[olCounters.length - 1] = counter + 1)}. ` : '';
          prefix = `${'  '.repeat(Math.max(0, listDepth - 1))}- ${number}`;
        }
      },
      ontext(text) {
        if (inTitle) title += text;
        if (skipDepth > 0) return;
        if (cell !== null) cell += text;
        else {
          buffer += text;
          const n = text.replace(/[\s\u00a0]/gu, '').length;
          textChars += n;
          if (boldLevel > 0) boldChars += n;
        }
      },
      onclosetag(name) {
        const open = stack.pop();
        if (name === 'title') inTitle = false;
        if (open?.skips) {
          skipDepth--;
          return;
        }
        if (skipDepth > 0) return;
        if ((name === 'td' || name === 'th') && row && cell !== null) {
          skipCovered();
          const at = row.length;
          row.push(tidyCell(cell));
          for (let k = 1; k < cellSpan.cols; k++) row.push('');
          if (cellSpan.rows > 1)
            for (let k = 0; k < cellSpan.cols; k++) covered[at + k] = cellSpan.rows - 1;
          cell = null;
          return;
        }
        if (name === 'tr' && row) {
          skipCovered();
          const cells = row;
          row = null;
          while (cells.length && !cells[cells.length - 1]) cells.pop();
          // A cell with line breaks is quoted, as a spreadsheet writes it (a quote inside doubled).
          const quoted = cells.map((c) => (c.includes('\n') ? `"${c.replace(/"/gu, '""')}"` : c));
          if (cells.length > 1) lines.push(...quoted.join('\t').split('\n'));
          else if (cells[0]) lines.push(...cells[0].split('\n'));
          return;
        }
        if (name === 'ul' || name === 'ol') {
          listDepth = Math.max(0, listDepth - 1);
          olCounters.pop();
        }
        if (BLOCK_TAGS.has(name)) flush();
        if (open?.title) titles.pop();
        if ((name === 'strong' || name === 'b') && boldLevel > 0) boldLevel--;
        // A <dd> that held no text lists nothing.
        if (name === 'dd' && ddLines[ddLines.length - 1] === lines.length) ddLines.pop();
        if (name === 'dl') endTerm();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return { lines, title: tidy(title) };
}

/** Whether a text is an HTML document rather than a plain text that mentions a tag. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048);
  if (/^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<!doctype html/iu.test(head)) return true;
  if (/^\s*<html[\s>]/iu.test(head)) return true;
  const tags = head.match(/<\/?(?:html|head|body|div|p|h[1-6]|ul|li|table|meta|title)[\s>]/giu);
  return (tags?.length ?? 0) >= 5;
}
