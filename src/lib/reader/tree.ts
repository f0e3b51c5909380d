// Logical lines to the plan's tree. Markers nest by rank, in the order the document first uses
// them (as reStructuredText ranks its adornments): a 基本目標 used before a 施策 ranks above it,
// 施策 1-1 above 1-1-1, a markdown heading by its depth. A short unmarked line that heads a block
// is a heading too. Captions (【現状と課題】, 【主な取組】, 〈成果指標〉 …) do not nest: they say
// what the lines under them are — description, measures, or figures that are no items.
import type { LogicalLine } from './blocks';
import type { LineMarker } from './markers';
import sdgNames from '../data/sdgs.json';
import { classifyLine } from './markers';
import { toMatchKey } from './normalize';
import { isHeaderRow } from './table';

export type CaptionRole = 'context' | 'direction' | 'measures' | 'skip';

export interface TreeNode {
  /** How the line is marked: a marker type, 'heading', 'inferred' (an unmarked heading) or 'row'. */
  type: string;
  label: string | null;
  /** The node's words (without its marker). */
  title: string;
  line: number;
  endLine: number;
  page: number;
  /** Paragraphs under the node, with the caption they stood under, if any. */
  paragraphs: { text: string; line: number; endLine: number; role: CaptionRole | null }[];
  /** Table cells by header name, for rows. */
  cells?: Record<string, string>;
  /** Entries listed under a 主な取組-like caption. */
  underMeasures?: boolean;
  children: TreeNode[];
}

/** Caption words of the genre and what the lines under them are. */
const CAPTION_ROLES: [RegExp, CaptionRole][] = [
  [
    /^(?:主な|主要な?|具体的な?|重点的な|今後の)?(?:取組み?|取り組み|事業|施策|取組内容|施策の内容|施策内容|施策の展開|基本施策|具体的施策|実施事業|主な事業内容|講ずべき施策|具体的な施策|重点施策)(?:の内容)?$/u,
    'measures',
  ],
  [
    /^(?:主な|主要な)?(?:.{0,8}(?:指標|目標値)|成果指標|目標指標|数値目標|評価指標|指標|目標値|KPI|重要業績評価指標(?:\(?KPI\)?)?|成果目標|関連する?(?:個別)?計画|関連計画|個別計画|関連するSDGs|SDGsとの関連|SDGsとの関係|SDGs|役割分担|(?:(?:市民|町民|村民|区民|住民|県民|行政|事業者|企業|地域|団体|市|町|村|県)(?:等)?[・、]?)+の役割(?:分担)?|用語(?:解説|説明)?|注釈|注|備考|出典|参考|担当課?|所管課?|担当部署)$/u,
    'skip',
  ],
  [
    /^(?:現状と課題|現状|課題|現状・課題|背景|施策の背景|基本的な考え方|考え方|目指す姿|めざす姿|目指すまちの姿|めざすまちの姿|(?:施策|政策)の(?:目標|目指す姿|めざす姿)|将来像|目的|ねらい|施策の目的|概要|趣旨|.{0,10}の(?:内容|概要))$/u,
    'context',
  ],
  [
    // A direction: its prose describes the policy, the entries it lists are what the policy does.
    /^(?:方針|基本方針|施策の方向性?|取組の方向性?|展開方向|施策の展開方向|今後の方向性?|.{0,8}の(?:方針|方向性?))$/u,
    'direction',
  ],
];

/** Structure words that name a bundle across the policy tree rather than a level of it. */
const BUNDLE_WORD =
  /^(?:重点|リーディング|戦略|横断的な?)?(?:プロジェクト|視点)$|^重点(?:施策|戦略|項目|分野|取組)$|^横断的な?(?:目標|施策|戦略)$/u;
const BUNDLE_KEY =
  /^labelled:(?:(?:重点|リーディング|戦略|横断的な?)?(?:プロジェクト|視点)|重点(?:施策|戦略|項目|分野|取組)|横断的な?(?:目標|施策|戦略)):/u;

/** Marker kinds a 施策 page numbers its sections with. */
const NUMBERED_SECTION = new Set(['numbered', 'paren', 'half-paren', 'circled', 'kanji-numbered']);

export function captionRole(words: string): CaptionRole | null {
  const key = toMatchKey(words).replace(/^[■□◆◇●○・]/u, '');
  for (const [re, role] of CAPTION_ROLES) if (re.test(key)) return role;
  // A caption with a note in brackets after it (めざす姿（10年後）, 成果指標（KPI）, 主な取組（再掲を含む）).
  const bare = key.replace(/[(（][^()（）]{1,12}[)）]$/u, '');
  if (bare !== key && bare) for (const [re, role] of CAPTION_ROLES) if (re.test(bare)) return role;
  return null;
}

const SENTENCE_END = /[。．！？!?]$/u;
/** An SDG icon's caption (「3 すべての人に健康と福祉を」): the goals' official names. */
const SDG_NAMES = new Set(sdgNames.sdgs.map((g) => toMatchKey(g.label.ja)));
const SDG_KEYS = [...SDG_NAMES].sort((a, b) => b.length - a.length);
/**
 * A line of SDG icon captions: one goal's number and official name, or several in a row as a row
 * of icons extracts (「3 すべての人に健康と福祉を 11 住み続けられるまちづくりを」).
 */
export const isSdgCaption = (text: string) => {
  let key = toMatchKey(text);
  let names = 0;
  while (key) {
    key = key.replace(/^(?:SDGs)?(?:ゴール)?(?:[0-9]{1,2}[.:]?)?/u, '');
    const name = SDG_KEYS.find((k) => key.startsWith(k));
    if (!name) return false;
    key = key.slice(name.length);
    names++;
  }
  return names > 0;
};

/**
 * How many lines, from line i on, make one SDG icon caption split over two or three lines (0 when
 * they do not): the lines run together give a goal's number and official name.
 */
export function sdgCaptionLines(lines: readonly LogicalLine[], i: number): number {
  const first = lines[i]!;
  if (first.row) return 0;
  // The goal's number first, or (the number lost as a page number, or set apart) the start of a
  // goal's official name.
  const numbered =
    /^[\s\u3000]*(?:SDGs|ＳＤＧｓ)?[\s\u3000]*(?:ゴール)?[0-9０-９]{1,2}(?![0-9０-９])/u.test(
      first.text,
    );
  const key = toMatchKey(first.text);
  if (!numbered && ([...key].length < 3 || !SDG_KEYS.some((k) => k.startsWith(key)))) return 0;
  let text = first.text;
  for (let k = i + 1; k < Math.min(lines.length, i + 3); k++) {
    const l = lines[k]!;
    if (l.row || [...l.text.trim()].length > 20) return 0;
    text += l.text.trim();
    if (isSdgCaption(text)) return k - i + 1;
  }
  return 0;
}

/** A line that states a figure: KPI, 目標値, 数値目標, 成果指標 with a colon. */
const FIGURE_LINE =
  /^[\s\u3000]*[〔【［(（]?(?:KPI|ＫＰＩ|数値目標|目標値|成果指標|評価指標|指標)[〕】］)）]?[\s\u3000]*[：:〕】]/u;
/** An indicator set out on one line: 成果指標 〜の割合 現状値62％ 目標値70％. */
const FIGURE_ROW =
  /^[\s\u3000]*(?:KPI|ＫＰＩ|数値目標|成果指標|評価指標|目標指標)[\s\u3000]+\S|(?:現状値|基準値|現況値).{0,30}目標値/u;
const HEAD_THEN_SENTENCE = /^(\S{2,30}?)(?:[\s\u3000]+|[：:][\s\u3000]*)(\S.*[。．])$/u;
const MAX_HEADING = 32;

/** The rank key of a marked line: lines of one key are siblings. */
function rankKey(m: LineMarker): string {
  if (m.heading) return `h${m.heading}`;
  const depth = m.label?.split('-').length ?? 1;
  const prefix = m.type === 'labelled' || m.type === 'part' ? `:${m.prefix}` : '';
  const dotted = m.type === 'dotted' || m.type === 'labelled' ? `:${depth}` : '';
  return `${m.type}${prefix}${dotted}${m.bullet ? '-' : ''}`;
}

/** Unmarked text that heads what follows: short, no sentence, and something follows it. */
function isInferredHeading(l: LogicalLine, next: LogicalLine | undefined): boolean {
  if (l.marker.type !== 'text' || l.row) return false;
  const t = l.text.trim();
  const len = [...toMatchKey(t)].length;
  if (len < 2 || len > MAX_HEADING || SENTENCE_END.test(t) || /[、，,：:]$/u.test(t)) return false;
  // 「将来像：〜」 states a fact; a heading names a section.
  if (/[：:]/u.test(t)) return false;
  if (/^[0-9０-９,，.．%％\s]+$/u.test(t)) return false;
  if (!next) return false;
  // It heads a paragraph (a longer line) or a list that starts after it.
  return next.marker.type !== 'text' || [...next.text].length > len + 8;
}

/** Entries of a slash-separated list (A／B／C, at least three short phrases), after an optional label. */
export function slashList(text: string): string[] | null {
  const body = text.replace(/^[^：:／/]{1,12}[：:]\s*/u, '').trim();
  const parts = body.split(/\s*[／/｜]\s*/u).map((p) => p.trim());
  if (parts.length < 3) return null;
  return parts.every((p) => [...p].length >= 2 && [...p].length <= 40 && !/[。．]/u.test(p))
    ? parts
    : null;
}

/**
 * Entries listed after a measures caption used as a label (主な取組：A、B、C or A・B・C), or
 * null: the caption must say the entries are measures, and each entry be a short phrase.
 */
export function captionedList(text: string): string[] | null {
  const m = /^[\s\u3000]*([^：:、。]{2,12})[：:][\s\u3000]*(\S.*)$/u.exec(text);
  if (!m || captionRole(m[1]!) !== 'measures') return null;
  const body = m[2]!.replace(/[。．]$/u, '');
  for (const sep of [/[、，,]/u, /・/u]) {
    const parts = body.split(sep).map((p) => p.trim());
    if (
      parts.length >= 2 &&
      parts.every((p) => [...p].length >= 2 && [...p].length <= 40 && !/[。．]/u.test(p))
    )
      return parts;
  }
  return null;
}

/** Table headers that name an entry, most specific first. */
const NAME_HEADERS = [
  /事業名|取組名|取り組み名|施策名|名称/u,
  /具体的|取組|取り組み|事業(?!費)/u,
  /項目|施策/u,
];
/** Columns that are no level and no name: numbers, departments, years, money, figures. */
export const SKIP_COLUMN =
  /担当|所管|部署|課名|年度|期間|指標|目標値|現状値|予算|事業費|番号|No|ＮＯ|ID|コード|区分|SDG|ＳＤＧ/u;
/** 小計, 合計, and a group's subtotal named by its code or name: （01-01 計）, 〇〇分野 計. */
const TOTAL = /^(?:小計|合計|計|総計|[（(]?[^（）()]{1,16}[\s\u3000](?:小計|合計|計)[）)]?)$/u;
const MARGIN_NOTE =
  /^(?:単位|作成日|作成|更新日|出典|備考|資料)[\s\u3000]*[：:]|^(?:令和|平成)[0-9０-９元]+年[0-9０-９]+月|^[0-9]{4}[/年]/u;

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々、。・「」（）]/u;
/** A cell's lines as one text: a title wrapped for the column's width (Japanese joins without a space). */
export function joinWrapped(cell: string): string {
  const parts = cell
    .split('\n')
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.reduce(
    (out, p) => (!out ? p : CJK.test(out.slice(-1)) && CJK.test(p[0]!) ? out + p : `${out} ${p}`),
    '',
  );
}

/** A line break after which a title goes on: after a particle, 、 or ・, or before one. */
const WRAPS_AFTER = /[のをにがとでへやも、・]$/u;
const WRAPS_BEFORE = /^[のをにがとでへや、）)]/u;

/**
 * The entries a cell lists one per line (主な事業: 〜の整備 / 〜の支援 …), or the cell as one
 * entry when its lines are one title wrapped for the column's width (〜の / 推進). Lines marked as
 * a list (・ ○ ①) are entries whatever they end with.
 */
export function cellEntries(cell: string): string[] {
  const parts = cell
    .split('\n')
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return [joinWrapped(cell)];
  if (parts.every((p) => classifyLine(p).type !== 'text')) return parts;
  const wrapped = parts.some(
    (p, k) => (k + 1 < parts.length && WRAPS_AFTER.test(p)) || (k > 0 && WRAPS_BEFORE.test(p)),
  );
  return wrapped ? [joinWrapped(cell)] : parts;
}

/** How many parts a cell's code has (01 → 1, 01-02 → 2, 01-02-003 → 3), 0 when it is no code. */
export function codeDepth(cell: string | undefined): number {
  const t = (cell ?? '').trim();
  if (!/^[0-9０-９]{1,3}(?:[-－‐][0-9０-９]{1,3})*$/u.test(t)) return 0;
  return t.split(/[-－‐]/u).length;
}

/** Words a table's header cells are made of: the name, level, description and margin columns. */
const COLUMN_WORD =
  /^(?:.{0,6}(?:名|内容|概要|説明|目的|方針|方向|取組|取り組み|事業|施策|項目|分野|目標)|.{0,4}(?:担当|所管|部署|課名|年度|期間|指標|目標値|現状値|予算|事業費|番号|No\.?|ＮＯ|ID|コード|区分|備考))$/iu;

/** A row whose cells are, for the most part, column names (at least two of them). */
export function namesColumns(cells: readonly string[]): boolean {
  const named = cells.filter((c) => COLUMN_WORD.test(c.trim())).length;
  return named >= 2 && named * 2 >= cells.length;
}

/** The column that names each row's entry, or -1. */
export function nameColumn(header: readonly string[]): number {
  for (const re of NAME_HEADERS) {
    const k = header.findIndex((h) => re.test(h) && !SKIP_COLUMN.test(h));
    if (k >= 0) return k;
  }
  return -1;
}

interface Frame {
  node: TreeNode;
  rank: number;
  caption: CaptionRole | null;
}

/** An unmarked line that could be an outline's entry: short words, no sentence, no field. */
function outlineCandidate(l: LogicalLine): boolean {
  if (l.row || l.marker.type !== 'text' || l.marker.heading) return false;
  const t = l.text.trim();
  const len = [...toMatchKey(t)].length;
  return (
    len >= 2 &&
    len <= MAX_HEADING &&
    !SENTENCE_END.test(t) &&
    !/[、，,：:]/u.test(t.slice(-1)) &&
    !/[：:]/u.test(t) &&
    captionRole(t) === null
  );
}

/**
 * Lines of an outline drawn by indentation alone (施策の体系 with no markers: goals at the margin,
 * policies one ideographic space in, measures two): the runs of unmarked short lines, with no
 * blank between them, that hold a line followed by two or more lines one step deeper, when the
 * document has two such families. A paragraph's indented first line is followed by lines at the
 * margin, never by a sibling, so prose does not read as an outline.
 */
export function indentOutline(lines: readonly LogicalLine[]): Set<number> {
  const out = new Set<number>();
  const families: number[] = [];
  const runs: [number, number][] = [];
  for (let i = 0; i < lines.length;) {
    if (!outlineCandidate(lines[i]!)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < lines.length && !lines[j]!.gap && outlineCandidate(lines[j]!)) j++;
    runs.push([i, j]);
    for (let k = i; k + 2 < j; k++) {
      const d = lines[k]!.indent ?? 0;
      if ((lines[k + 1]!.indent ?? 0) === d + 1 && (lines[k + 2]!.indent ?? 0) === d + 1)
        families.push(k);
    }
    i = j;
  }
  if (families.length < 2) return out;
  for (const [a, b] of runs)
    if (families.some((f) => f >= a && f < b)) for (let k = a; k < b; k++) out.add(k);
  return out;
}

const BULLETS = new Set([
  'dot',
  'circle',
  'square',
  'diamond',
  'arrow',
  'triangle',
  'star',
  'bullet',
  'double-circle',
  'branch',
  'dash',
]);

/** The words a line would be a caption by: 【主な取組】, a caption word alone or as a heading. */
function captionWordsOf(m: LogicalLine['marker']): string | null {
  if (m.type === 'caption') return m.prefix!;
  if (m.type === 'text' || m.type === 'heading' || (BULLETS.has(m.type) && m.label === null))
    return m.rest;
  // A section of a 施策 page numbered like a list (１．現状と課題 ４．主な取組).
  return NUMBERED_SECTION.has(m.type) ? m.rest : null;
}

/** A line that is a caption of known role (■ 現状と課題, 【主な取組】, (3) 成果指標). */
export function isCaptionLine(l: LogicalLine): boolean {
  const words = captionWordsOf(l.marker);
  return words !== null && [...words].length <= 16 && captionRole(words) !== null;
}

export function buildTree(lines: readonly LogicalLine[]): TreeNode[] {
  const outlined = indentOutline(lines);
  const order: string[] = [];
  /** Ranks given to a marker kind because its first line restates an earlier entry's words. */
  const aliases = new Map<string, number>();
  /** Each entry's words (as a key) and its rank, so a later restatement can take that rank. */
  const entries = new Map<string, number>();
  const rankOf = (key: string) => {
    if (/^h\d$/u.test(key)) return Number(key.slice(1));
    // An unmarked heading heads the prose under it, below every marked level.
    if (key === 'inferred') return 900;
    const alias = aliases.get(key);
    if (alias !== undefined) return alias;
    if (!order.includes(key)) order.push(key);
    return 10 + order.indexOf(key);
  };
  const roots: TreeNode[] = [];
  const stack: Frame[] = [];
  const top = () => stack[stack.length - 1];
  let header: string[] | null = null;
  let groupRow = false;
  /** The level columns' values of the table row above. */
  const levelValues: (string | undefined)[] = [];
  /** The rank unmarked headings over lists take: the first one's, so they are one level. */
  let raised: number | undefined;
  /** The rank of unmarked headings over such headings (a section's title over its lists). */
  let sectionRank: number | undefined;
  /** Unmarked headings over a list that a section's heading above has been seen to head. */
  const listHeads = new Set<number>();
  const shortLine = (l: LogicalLine | undefined) =>
    l !== undefined &&
    outlineCandidate(l) &&
    [...l.text.trim()].length >= 5 &&
    [...l.text.trim()].length <= 30 &&
    // A figure's labels (年少人口（0～14歳）, 2020年) name no entry.
    !/[0-9０-９]/u.test(l.text) &&
    !/[。．、，,]/u.test(l.text);
  /** Line i is in a run of three or more short unmarked lines with no blank between them. */
  const inShortRun = (i: number): boolean => {
    if (!shortLine(lines[i])) return false;
    let a = i;
    while (a > 0 && !lines[a]!.gap && shortLine(lines[a - 1])) a--;
    let b = i;
    while (b + 1 < lines.length && !lines[b + 1]!.gap && shortLine(lines[b + 1])) b++;
    return b - a + 1 >= 3;
  };
  /**
   * A marked list starts on this line, right under the line before. A marked caption (■ めざす姿,
   * １．現状と課題) starts none: it says what follows, so the line above it, with or without a
   * blank between them, heads nothing.
   */
  const headsList = (next: LogicalLine | undefined) =>
    next !== undefined &&
    !next.gap &&
    next.marker.type !== 'text' &&
    !next.row &&
    !next.marker.heading &&
    !isCaptionLine(next);
  /**
   * The unmarked heading over a list that follows heading i after nothing but sentences (at
   * most four), or -1.
   */
  const headedListAhead = (i: number): number => {
    for (let k = i + 1; k < Math.min(lines.length, i + 6); k++) {
      const l = lines[k]!;
      if (l.row || l.marker.type !== 'text' || l.marker.heading) return -1;
      if (isInferredHeading(l, lines[k + 1])) return headsList(lines[k + 1]) ? k : -1;
      if (!SENTENCE_END.test(l.text.trim())) return -1;
    }
    return -1;
  };
  /** After a list's last entry, a new heading starts a section beside the list, not inside it. */
  const leafRank = () => {
    const t = top();
    return t &&
      t.node.children.length === 0 &&
      !['heading', 'inferred', 'part', 'indent'].includes(t.node.type)
      ? t.rank
      : Infinity;
  };
  // A caption seen at the root, before any node: it governs the root-level lines after it.
  let rootCaption: CaptionRole | null = null;

  const attach = (node: TreeNode, rank: number) => {
    while (stack.length && top()!.rank >= rank) stack.pop();
    const parent = top();
    (parent ? parent.node.children : roots).push(node);
    if (parent?.caption === 'measures') node.underMeasures = true;
    stack.push({ node, rank, caption: null });
  };
  const currentCaption = () => (stack.length ? top()!.caption : rootCaption);
  const setCaption = (role: CaptionRole | null) => {
    if (stack.length) top()!.caption = role;
    else rootCaption = role;
  };
  const paragraph = (l: LogicalLine, text: string, role: CaptionRole | null) => {
    const owner = top()?.node;
    const p = { text, line: l.line, endLine: l.endLine, role };
    if (owner) owner.paragraphs.push(p);
    else
      roots.push({
        type: 'paragraph',
        label: null,
        title: '',
        line: l.line,
        endLine: l.endLine,
        page: l.page,
        paragraphs: [p],
        children: [],
      });
  };
  const node = (l: LogicalLine, type: string, title: string): TreeNode => ({
    type,
    label: l.marker.label,
    title,
    line: l.line,
    endLine: l.endLine,
    page: l.page,
    paragraphs: [],
    children: [],
  });

  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const m = l.marker;
    // Table rows: a header row names the cells; a table of figures (指標, 目標値) is no items.
    if (l.row) {
      // A header opens a table: only the first row after other lines can be one.
      const opensTable = !lines[i - 1]?.row && !groupRow;
      groupRow = false;
      // The row after a header may be a group row (one cell spanning the table: 目標１ …).
      const nextRow = lines[i + 1]?.row ?? (lines[i + 1] && lines[i + 2]?.row);
      // Two tables printed one after the other, a blank line between them: the second one's
      // header row (cells that are column names: 取組, 内容, 所管 …) starts a table of its own
      // instead of being read as a row under the first one's columns.
      // The same after a line that is no row (a caption 主な事業 between the two tables).
      const restarts = Boolean(header && (l.gap || !lines[i - 1]?.row) && namesColumns(l.row));
      if (
        (opensTable || !header || restarts) &&
        isHeaderRow(l.row, nextRow ? nextRow.join('\t') : undefined)
      ) {
        header = l.row;
        levelValues.length = 0;
        continue;
      }
      if (
        currentCaption() === 'skip' ||
        header?.some((h) => captionRole(h) === 'skip' && /指標|目標値|KPI|ＫＰＩ/u.test(h))
      )
        continue;
      // A note set in a table's margin (単位：千円, 作成日：…) is no entry.
      const filled = l.row.filter(Boolean);
      if (filled.length > 0 && filled.length <= 2 && filled.every((c) => MARGIN_NOTE.test(c)))
        continue;
      // A code column whose codes nest (01, 01-01, 01-01-001: a 実施計画 printed from a budgeting
      // system) gives each row its level: a row with a shorter code than the table's longest is
      // a level of the tree (goal, policy), the rows with the longest codes are its entries.
      const depth = codeDepth(l.row[0]);
      if (depth > 0 && l.row.length >= 2) {
        let deepest = depth;
        for (let j = i + 1; j < lines.length && lines[j]!.row; j++)
          deepest = Math.max(deepest, codeDepth(lines[j]!.row![0]));
        for (let j = i - 1; j >= 0 && lines[j]!.row; j--)
          deepest = Math.max(deepest, codeDepth(lines[j]!.row![0]));
        if (depth < deepest) {
          const name = l.row.slice(1).find(Boolean) ?? '';
          const level = node(l, `code:${depth}`, name);
          level.label = l.row[0]!;
          attach(level, rankOf(`code:${depth}`));
          continue;
        }
      }
      const cells: Record<string, string> = {};
      l.row.forEach((c, k) => (cells[header?.[k] ?? String(k + 1)] = c));
      const nameAt = header ? nameColumn(header) : -1;
      if (nameAt >= 0 && TOTAL.test(l.row[nameAt] ?? '')) continue;
      // A subtotal row: no name, a level cell ending in 計.
      if (
        nameAt >= 0 &&
        !l.row[nameAt] &&
        l.row.some((c) => /(?:^|[\s\u3000])(?:小計|合計|計)$/u.test(c))
      )
        continue;
      // The columns before the name (基本目標, 施策) are levels of the tree, each value written
      // once on the first row of its group (a merged cell exported from a spreadsheet).
      for (let k = 0; k < nameAt; k++) {
        const value = joinWrapped(l.row[k] ?? '');
        if (!value || SKIP_COLUMN.test(header![k]!)) continue;
        // The same value as the row above (a spreadsheet that repeats its groups on every row)
        // is the same level node, unless a level before it changed.
        if (levelValues[k] === value) continue;
        levelValues[k] = value;
        for (let j = k + 1; j < levelValues.length; j++) levelValues[j] = undefined;
        const cellMarker = classifyLine(value);
        const level = node(l, `column:${k}`, cellMarker.rest || value);
        level.label = cellMarker.label;
        attach(level, rankOf(`column:${k}`));
      }
      // A cell may list its entries with bullets (・a ・b on lines of their own): its marker goes.
      // A name cell holding entries one per line is one row per entry.
      const namedCell = nameAt >= 0 ? l.row[nameAt] : undefined;
      const parent = top();
      for (const entry of namedCell ? cellEntries(namedCell) : [undefined]) {
        const named = entry ? classifyLine(entry).rest || entry : undefined;
        const title = named || joinWrapped(l.row.find((c) => c.length > 0) ?? '');
        const row = node(l, 'row', title);
        row.cells = entry ? { ...cells, [header?.[nameAt] ?? String(nameAt + 1)]: title } : cells;
        (parent ? parent.node.children : roots).push(row);
      }
      continue;
    }
    levelValues.length = 0;
    // A line between two rows of a table is a group row (目標１ … in a cell spanning the table):
    // it heads the rows under it, and the table's header holds on.
    groupRow = Boolean(header && lines[i - 1]?.row && lines[i + 1]?.row);
    if (!groupRow) header = null;

    // Captions: 【主な取組】, a caption word standing alone (現状と課題), or as a heading.
    const captionWords = captionWordsOf(m);
    const role = captionWords !== null ? captionRole(captionWords) : null;
    if (role && [...(captionWords ?? '')].length <= 16) {
      // A caption after a list belongs to the list's owner, not to its last entry.
      while (stack.length > 1 && (top()!.node.underMeasures || BULLETS.has(top()!.node.type)))
        stack.pop();
      setCaption(role);
      if (m.type === 'caption' && m.rest) paragraph(l, m.rest, role);
      continue;
    }
    // A bracketed caption of no known role (【具体的な計画のあり方】) is a heading of its own rank.

    const caption = currentCaption();
    // 「ＫＰＩ：〜」, 「目標値：〜」: a figure, wherever it stands.
    if (FIGURE_LINE.test(m.rest || l.text) || FIGURE_ROW.test(l.text) || isSdgCaption(l.text))
      continue;
    // An SDG icon's caption extracted over two or three lines (「3 すべての人に」「健康と福祉を」,
    // or the number alone above the name): all its lines go.
    const split = sdgCaptionLines(lines, i);
    if (split > 0) {
      i += split - 1;
      continue;
    }
    if (m.type === 'text' && !m.heading) {
      if (caption === 'skip') continue;
      // An entry of an outline drawn by indentation: its depth is its rank. So is an indented
      // short line over an unmarked heading indented deeper still (目標 →  分野 →   施策):
      // it heads what is indented under it.
      const next = lines[i + 1];
      const headsIndented =
        (l.indent ?? 0) >= 1 &&
        next !== undefined &&
        !next.gap &&
        (next.indent ?? 0) > (l.indent ?? 0) &&
        outlineCandidate(l) &&
        outlineCandidate(next);
      if (outlined.has(i) || headsIndented) {
        attach(node(l, 'indent', l.text.trim()), rankOf(`indent:${l.indent ?? 0}`));
        continue;
      }
      // 「施策：A／B／C」: a list run together with slashes is entries of the current node; so is
      // 「主な取組：A、B、C」, a measures caption used as a field's label.
      const slashed = slashList(l.text) ?? captionedList(l.text);
      if (slashed && caption !== 'context') {
        const owner = top()?.node;
        for (const entry of slashed) (owner ? owner.children : roots).push(node(l, 'slash', entry));
        continue;
      }
      if (caption !== 'context' && isInferredHeading(l, lines[i + 1])) {
        // An unmarked heading over a list ranks just above the list's entries; over prose, below
        // every marked level.
        const next = lines[i + 1]!;
        // Before the document's first marked line it is a title or a subtitle, and a line set
        // off from the list below by a blank line (a signature, a list's last words) heads none.
        const listKey =
          (order.length > 0 || listHeads.has(i)) && headsList(next) ? rankKey(next.marker) : null;
        let rank = listKey
          ? (raised = Math.min(raised ?? Infinity, rankOf(listKey) - 0.5, leafRank()))
          : rankOf('inferred');
        // An unmarked heading over prose whose section goes on with unmarked headings over lists
        // (a CMS page: 分野 title, lead sentence, then 施策 titles over ・ lines) heads them.
        const k = listKey ? -1 : headedListAhead(i);
        if (k >= 0) {
          listHeads.add(k);
          const below = Math.min(raised ?? Infinity, rankOf(rankKey(lines[k + 1]!.marker)) - 0.5);
          rank = sectionRank ??= below - 0.25;
        }
        attach(node(l, 'inferred', l.text.trim()), rank);
        continue;
      }
      // A run of three or more short unmarked lines, no blank between them and none a sentence
      // (a 施策体系図's column of measures, extracted as a block), lists entries of the section.
      if (caption !== 'context' && top() && inShortRun(i)) {
        top()!.node.children.push(node(l, 'run', l.text.trim()));
        continue;
      }
      paragraph(l, l.text.trim(), caption);
      continue;
    }
    // Marked lines and headings.
    const key = m.type === 'heading' || m.heading ? `h${m.heading}` : rankKey(m);
    // A list of names first (施策の体系: 1. 基本目標1 〜), the sections after: when a new kind of
    // marker first restates an earlier entry's words, it is that entry's level.
    const words = toMatchKey(classifyLine(m.rest).rest || m.rest);
    if (!/^h\d$/u.test(key) && !order.includes(key) && !aliases.has(key) && entries.has(words))
      aliases.set(key, entries.get(words)!);
    // A structure word first used as a chapter's first entry (第4章 重点プロジェクト →
    // 重点プロジェクト1), or with a number that names its parent's (施策Ⅰ-1), over a list whose
    // marker the document used before (in an earlier part): it heads that list, ranking just
    // above the list's entries.
    if (
      m.type === 'labelled' &&
      !order.includes(key) &&
      !aliases.has(key) &&
      ((m.label ?? '').includes('-') ||
        (top()?.node.type === 'part' && top()!.node.children.length === 0))
    ) {
      const ahead = lines.slice(i + 1, i + 6);
      const at = ahead.findIndex(
        (n) => n.marker.type !== 'text' && n.marker.type !== 'caption' && !n.row,
      );
      const below = at >= 0 ? ahead[at] : undefined;
      const belowKey = below && !below.marker.heading ? rankKey(below.marker) : null;
      // Not a list under a caption of description (【めざす姿】 一、…): that one ends there.
      const lastCaption = ahead
        .slice(0, Math.max(at, 0))
        .map((n) => captionRole(n.marker.type === 'caption' ? n.marker.prefix! : n.marker.rest))
        .filter((r) => r !== null)
        .pop();
      if (belowKey && order.includes(belowKey) && (!lastCaption || lastCaption === 'measures'))
        aliases.set(key, rankOf(belowKey) - 0.5);
    }
    // A bundle across the tree (重点プロジェクト, 横断的な視点) first used after the tree's own levels
    // is a section beside them: it ranks with the document's top structure word, not under the
    // last entry of the list before it.
    if (
      m.type === 'labelled' &&
      !order.includes(key) &&
      !aliases.has(key) &&
      BUNDLE_WORD.test(m.prefix ?? '')
    ) {
      const topLabelled = order.find((k) => k.startsWith('labelled:') && !BUNDLE_KEY.test(k));
      if (topLabelled && l.gap && stack.length >= 2) aliases.set(key, rankOf(topLabelled));
    }
    const rank = rankOf(key);
    if (words && !entries.has(words)) entries.set(words, rank);
    // Under a caption of figures or description, a list is figures or description, until a line
    // ranks with or above the caption's owner.
    const owner = stack.length ? top()!.rank : -1;
    if ((caption === 'skip' || caption === 'context') && rank > owner) {
      if (caption === 'context') paragraph(l, m.rest || l.text.trim(), 'context');
      continue;
    }
    if (m.type === 'note') continue;
    let title = (
      m.type === 'caption' ? `${m.prefix}${m.rest ? ` ${m.rest}` : ''}` : m.rest || ''
    ).trim();
    let end = l.endLine;
    // A marker standing alone (1-1, 基本目標1) takes the next line as its words.
    const next = lines[i + 1];
    if (
      !title &&
      next &&
      !next.row &&
      next.marker.type === 'text' &&
      !SENTENCE_END.test(next.text)
    ) {
      title = next.text.trim();
      end = next.endLine;
      i++;
    }
    if (!title) continue;
    // ▶ strings the sub-measures of an entry onto its line: 〜の振興 ▶〜の向上 ▶〜の確保.
    const [first, ...subs] = title.split(/\s*[▶►➢➤]\s*/u);
    // 「① 見出し 説明文。」 on one line (web copy): a short head before a sentence is the title.
    const headThenSentence =
      [...(first ?? '')].length > 30 ? HEAD_THEN_SENTENCE.exec(first ?? '') : null;
    const head = headThenSentence ? headThenSentence[1]! : first;
    const n = node(
      l,
      m.heading && m.type === 'heading' ? 'heading' : m.type,
      (head ?? '').trim() || title,
    );
    n.endLine = end;
    if (headThenSentence)
      n.paragraphs.push({
        text: headThenSentence[2]!,
        line: l.line,
        endLine: l.endLine,
        role: 'context',
      });
    for (const sub of subs.filter((t) => t.trim()))
      n.children.push({ ...node(l, 'arrow', sub.trim()), label: null });
    attach(n, rank);
  }
  return roots;
}
