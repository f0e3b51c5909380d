// The plan's tree to items: what a planner would list. Depth gives the kind (goal → policy →
// measure); table rows and ◎ lines are projects; policies stated in prose become measures of
// their own, one per clause; sections that only describe (the plan's purpose, population trends)
// become one context item each; the parts of the document (序論, 基本構想, 資料編) are frames,
// not items; a statement repeated (基本構想 and 基本計画 both list the goals) is one item.
import type { ItemKind } from '../data/contract/common';
import type { PlanItem } from '../data/contract/plan';
import { classifyLine } from './markers';
import { toMatchKey } from './normalize';
import {
  isDescriptiveSentence,
  isPolicySentence,
  namesAction,
  proseMeasures,
  splitSentences,
} from './prose';
import { cellEntries, nameColumn, SKIP_COLUMN, type TreeNode } from './tree';

export interface ItemsInput {
  city: string;
  /** Source path relative to the data dir ("sources/…"). */
  file: string;
  /** The source as written, one entry per line (what quotes are checked against). */
  sourceLines: readonly string[];
  /** 0-based page of each source line, when the source has pages. */
  pageOf?: readonly number[];
  pageCount?: number;
  /** The plan's title: a heading that only repeats it is no item. */
  planTitle: string;
}

const MAX_TEXT = 400;
const MAX_TITLE = 80;

/** Parts of a plan document that frame its content rather than state a policy. */
const DOCUMENT_PART =
  /^(?:第[0-9０-９一二三四五六七八九十]+(?:編|部|章)|序章|終章)?[\s\u3000]*(?:序論|序章|総論|本論|基本構想|基本計画|前期基本計画|後期基本計画|中期基本計画|実施計画|前期実施計画|後期実施計画|分野別計画|施策別計画|資料編?|参考資料|附属資料|付属資料|巻末資料|用語解説|目次|もくじ|はじめに|おわりに|計画の体系|施策の体系|施策体系|(?:市長|町長|村長|区長)?(?:ご)?(?:あいさつ|挨拶)|刊行にあたって|発刊にあたって|(?:[^\s]{0,12}の)?(?:策定|改定|見直し)にあたって|計画の(?:策定|改定)について)$/u;

/** A heading that names only the plan's structure (基本目標と主な取組, 施策の体系, 事業一覧). */
const STRUCTURE_ONLY =
  /^(?:(?:基本|主な|主要な|重点|具体的な?)?(?:目標|施策|政策|方針|取組み?|取り組み|事業|体系|計画|構想|分野|プロジェクト|戦略)(?:と|・|の|及び|および|、)?)+(?:一覧|の体系|体系|の展開|について|等)?(?:[（(][^（）()]{1,20}[）)])?$/u;
/** A listed entry that names a trend or a state (〜の進行, 〜の減少): an issue, not a measure. */
const TREND =
  /(?:進行|進展|増加|減少|低下|上昇|悪化|深刻化|高まり|高齢化|少子化|多様化|複雑化|激甚化|頻発化|老朽化|不足|懸念|変化|縮小|衰退|流出)$/u;

/** Sections on running the plan itself. */
const MANAGEMENT =
  /^(?:計画|戦略|本計画|本戦略|総合計画)?の?(?:推進体制|進行管理|進め方|推進に向けて|推進方策|評価と見直し|評価・検証|推進と評価)$|^(?:計画|戦略|本計画|本戦略|総合計画)の推進$/u;

/**
 * Sections about the plan document itself (計画の期間, 計画の構成, 計画策定の趣旨, 計画の位置づけ,
 * 後期基本計画の見方): what they say, even in commitment sentences (期間は…とします), explains the
 * plan and pursues no policy.
 */
const PLAN_ABOUT =
  /^(?:(?:前期|中期|後期)?(?:本|総合|基本)?計画|基本構想|総合戦略|戦略|本書)(?:の|策定の)(?:趣旨|目的|背景|期間|構成|構成と期間|期間と構成|位置づけ|位置付け|性格|役割|見方|特徴)$/u;

/**
 * A section about the plan whose subtree is small (at most eight entries, none with entries of its
 * own): one context item. A larger one holds what a tree read wrongly put under it, so it keeps
 * its children, as a section on running the plan does.
 */
const aboutThePlan = (node: TreeNode) =>
  PLAN_ABOUT.test(toMatchKey(node.title)) &&
  node.children.length <= 8 &&
  node.children.every((c) => c.children.length === 0);

/** The name of a plan (〇〇市子ども・子育て支援事業計画, 〇〇ビジョン, 第３期データヘルス計画). */
const PLAN_NAME = /(?:計画|ビジョン|プラン|戦略|指針|大綱)(?:[（(][^（）()]{1,20}[）)])?$/u;

/**
 * Entries that name other plans (・萌木野市健康増進計画 / ・萌木野市データヘルス計画: a 施策 page's
 * 関連する個別計画 list, its caption lost): two or more leaf entries of one kind in a row, each a
 * plan's name. A measure names an action on a plan (〜計画の策定), never a plan alone.
 */
function otherPlans(nodes: readonly TreeNode[]): Set<TreeNode> {
  return entryRuns(nodes, (title) => PLAN_NAME.test(title));
}

/** Who does what (・市民：健診を受けます。 ・行政：…): a 役割分担 list, its caption lost. */
const ROLE_LINE =
  /^(?:市民|町民|村民|区民|住民|県民|地域|事業者|企業|団体|行政|市|町|村|県|家庭|学校)(?:等|の役割)?[：:]/u;

/** Runs of two or more leaf entries of one kind in a row whose titles all pass the test. */
function entryRuns(nodes: readonly TreeNode[], test: (title: string) => boolean): Set<TreeNode> {
  const out = new Set<TreeNode>();
  let run: TreeNode[] = [];
  const close = () => {
    if (run.length >= 2) run.forEach((n) => out.add(n));
    run = [];
  };
  for (const n of nodes) {
    const fits =
      n.type !== 'row' &&
      n.type !== 'paragraph' &&
      n.children.length === 0 &&
      test(toMatchKey(n.title));
    if (fits && (!run.length || run[0]!.type === n.type)) run.push(n);
    else {
      close();
      if (fits) run.push(n);
    }
  }
  close();
  return out;
}

/** Kinds of marked lines that name a project rather than a level of the policy tree. */
const PROJECT_TYPES = new Set(['double-circle']);
interface Draft {
  node: TreeNode;
  kind: ItemKind;
  title: string;
  text: string;
  line: number;
  endLine: number;
  children: Draft[];
  /** Marked （再掲）: a measure of the tree shown again (in a 重点プロジェクト). */
  reprise?: boolean;
}

function rowTitleAndText(node: TreeNode): { title: string; text: string } {
  const cells = Object.entries(node.cells ?? {});
  const at = nameColumn(cells.map(([h]) => h));
  const [titleKey, title] =
    at >= 0 && cells[at]![1] ? cells[at]! : (cells.find(([, v]) => v) ?? ['', node.title]);
  const text = cells
    .slice(Math.max(0, at + 1))
    .filter(
      ([h, v]) => h !== titleKey && v && !SKIP_COLUMN.test(h) && !/^[0-9０-９.,%％\s]+$/u.test(v),
    )
    .map(([, v]) => v)
    .join(' ');
  // A cell may list its entry with a bullet (・農業用ハウスの導入支援): the marker goes.
  return { title: classifyLine(title).rest || title, text };
}

/** A list entry written as a policy sentence is titled by the measure it names. */
/** A status tag in front (【新規】, 〔拡充〕) and a department at the end (（農林課）) name no measure. */
const TAG = /^[【〔［[]\s*[^】〕］\]]{1,4}\s*[】〕］\]]\s*/u;
const DEPARTMENT =
  /[\s\u3000]*[（(][^（）()]{1,14}(?:課|室|部|係|局|センター|委員会|事務所)[）)]$/u;

const LEVEL_NAME =
  /^(?:分野|政策分野|基本目標|目標|基本政策|政策|基本施策|施策|柱|テーマ|視点|事業)名?[\s\u3000]+(?=\S{2,})/u;
/** A serial number set after the title (地域福祉の推進（１）, as some plans number their 施策). */
/**
 * A note that the entry is shown again from elsewhere in the plan: （再掲）, （再掲：施策2-1）,
 * 【再掲】, 〔1-2-3再掲〕, before or after the words.
 */
export const REPRISE =
  /^[\s\u3000]*[【〔［[（(][^】〕］\]）)]{0,20}再掲[^】〕］\]）)]{0,20}[】〕］\]）)][\s\u3000]*|[\s\u3000]*[【〔［[（(][^】〕］\]）)]{0,20}再掲[^】〕］\]）)]{0,20}[】〕］\]）)][\s\u3000]*$/u;
const SERIAL = /(?<=\S)[\s\u3000]*[（(][0-9０-９]{1,3}[）)]$/u;
/**
 * A note mark glued to an entry's words, pointing at a 用語解説 or a note below: ※1, ＊2, （注１）,
 * (注3) at the end, ※1 after a term inside.
 */
const NOTE_MARK =
  /[\s\u3000]*(?:[（(]注[0-9０-９]{1,2}[）)]|[※＊*][0-9０-９]{1,2}|※)$|(?<=\S)[※＊][0-9０-９]{1,2}(?=\S)/gu;
/** A subtitle after the title, between wave dashes or dashes (健康・福祉 ～ともに支え合う～). */
const SUBTITLE = /(?<=\S)[\s\u3000]*([～〜~]|―{1,2}|－{1,2})[^～〜~―－]{2,40}\1$/u;

function entryWords(
  node: TreeNode,
  plainList = false,
): { title: string; text: string; more?: { title: string; sentence: string }[] } {
  let t = node.title
    .trim()
    .replace(REPRISE, '')
    .replace(TAG, '')
    .replace(DEPARTMENT, '')
    .replace(SERIAL, '')
    .replace(SUBTITLE, '')
    .replace(NOTE_MARK, '')
    // A markdown entry set in bold before its note (**教員の働き方改革**（注２）).
    .replace(/^\*\*(.+)\*\*$/u, '$1');
  // 「1. 基本目標1 いのちを守るまち」: the level's own label inside the entry goes too.
  const inner = classifyLine(t);
  if (inner.type === 'labelled' && inner.rest) t = inner.rest;
  // 「分野 健康と福祉」: a level's name set before the words like a label, with no number.
  else t = t.replace(LEVEL_NAME, '');
  // 「健康・福祉 ── 健やかに暮らせるまち」: a field's name, then what it aims at, which names it.
  const dashed =
    /^(.{2,12}?)[\s\u3000]*(?:─{2,}|―{1,2}|—{1,2}|－{2,}|-{2,})[\s\u3000]*(.{2,})$/u.exec(t);
  if (dashed) return { title: dashed[2]!.trim(), text: dashed[1]!.trim() };
  // 「健康づくりの推進：保健師が地区に出向き、相談を行います。」: a name, then what it does.
  // 「創業支援事業  創業時の店舗改修費を補助する。」: the same, set apart by ideographic spaces.
  const named =
    /^([^。：:]{3,30}?)[\s\u3000]*[：:][\s\u3000]*(.{4,}[。．])$/u.exec(t) ??
    /^([^。：:\s\u3000]{3,30})\u3000+([^\s\u3000].{4,}[。．])$/u.exec(t);
  if (named && !/[をがは、]/u.test(named[1]!)) return { title: named[1]!.trim(), text: named[2]! };
  if (plainList && /[。．]$/u.test(t) && isPolicySentence(t, true)) {
    // An entry of a list of plain-style commitments: each clause is a measure.
    const [first, ...more] = proseMeasures(t, true);
    if (first) return { title: first.title, text: t, more };
  }
  if (!/[。．]$/u.test(t) || !isPolicySentence(t)) return { title: t, text: '' };
  const [first] = proseMeasures(t);
  return first ? { title: first.title, text: t } : { title: t, text: '' };
}

const QUESTION = /[？?]$|(?:ですか|ますか|のか)[。．]?$/u;
/**
 * Ｑ／Ａ entries among siblings (a plan written for residents: Ｑ 計画の期間は？ Ａ …): a
 * question, and an Ａ entry after one, explain the plan and pursue nothing.
 */
function questionsAndAnswers(nodes: readonly TreeNode[]): Set<TreeNode> {
  const out = new Set<TreeNode>();
  let afterQuestion = false;
  for (const n of nodes) {
    const q =
      (n.type === 'alpha' && /^[QＱ]$/u.test(n.label ?? '')) ||
      (n.children.length === 0 && QUESTION.test(n.title.trim()));
    if (q || (afterQuestion && n.type === 'alpha' && /^[AＡ]$/u.test(n.label ?? ''))) out.add(n);
    afterQuestion = q;
  }
  return out;
}

/** Whether a subtree pursues something: a policy sentence, or a listed entry with no prose. */
function pursues(node: TreeNode): boolean {
  if (node.type === 'row') return true;
  if (aboutThePlan(node)) return false;
  if (
    node.paragraphs.some(
      (p) => p.role !== 'context' && splitSentences(p.text).some((s) => isPolicySentence(s, true)),
    )
  )
    return true;
  const explains = questionsAndAnswers(node.children);
  if (node.children.some((c) => !explains.has(c) && pursues(c))) return true;
  // A listed entry names a measure (自主防災組織の育成) unless what it says of itself is
  // background (「本市の人口は減少しています。」).
  if (node.type === 'inferred' || node.type === 'heading' || node.children.length > 0) return false;
  return !node.paragraphs.some((p) => splitSentences(p.text).some(isDescriptiveSentence));
}

/** The measures a row's description cells state in commitment sentences. */
// A row named as a project (〜事業, 〜プロジェクト) is one: its description says how it is run.
const PROJECT_NAME = /(?:事業|プロジェクト|制度|補助金|交付金|助成金)$/u;

function rowMeasures(node: TreeNode, depth: number): Draft[] {
  const cells = Object.entries(node.cells ?? {});
  const at = nameColumn(cells.map(([h]) => h));
  const out: Draft[] = [];
  if (PROJECT_NAME.test(toMatchKey(rowTitleAndText(node).title))) return out;
  for (const [h, v] of cells.slice(Math.max(0, at + 1))) {
    if (!v || SKIP_COLUMN.test(h) || (at < 0 && v === cells.find(([, x]) => x)?.[1])) continue;
    // A cell listing its measures one per line (・がん検診の受診勧奨 / ・夜間健診の実施): each
    // entry that names an action is a measure; otherwise the cell's sentences are read.
    const entries = v.includes('\n') ? cellEntries(v) : [];
    const listed = entries.map((e) => (classifyLine(e).rest || e).trim());
    if (listed.length >= 2 && listed.every((e) => !/[。．]$/u.test(e) && [...e].length <= 40)) {
      for (const title of listed)
        out.push({
          node,
          kind: depth <= 1 ? 'policy' : 'measure',
          title,
          text: '',
          line: node.line,
          endLine: node.endLine,
          children: [],
        });
      continue;
    }
    // Only commitments in the polite style: a plain-style cell (〜の透明性を図る。) is how a
    // table describes the row it names, not a list of measures.
    const measures = proseMeasures(v.replace(/\n/gu, '')).filter((m) =>
      /ます[。．]?$/u.test(m.sentence),
    );
    for (const m of measures) {
      out.push({
        node,
        kind: depth <= 1 ? 'policy' : 'measure',
        title: m.title,
        text: m.sentence === m.title ? '' : m.sentence,
        line: node.line,
        endLine: node.endLine,
        children: [],
      });
    }
  }
  return out;
}

const clip = (s: string, n: number) => ([...s].length > n ? [...s].slice(0, n).join('') : s);

export function treeToItems(roots: readonly TreeNode[], input: ItemsInput): PlanItem[] {
  const { city, file, sourceLines } = input;
  const keyOfLine = sourceLines.map(toMatchKey);
  const titleKey = toMatchKey(input.planTitle);

  /** The smallest span of lines from..to that holds the text, as the quote check compares. */
  // Where the last search on each line ended: items come in document order, so a search
  // resumes there and a long line is scanned once, not once per item on it.
  const cursor = new Map<number, number>();
  const findOnLine = (line: number, key: string): boolean => {
    const text = keyOfLine[line - 1] ?? '';
    const from = cursor.get(line) ?? 0;
    let at = text.indexOf(key, from);
    if (at < 0 && from > 0) at = text.indexOf(key);
    if (at < 0) return false;
    cursor.set(line, at);
    return true;
  };
  const locate = (text: string, from: number, to: number) => {
    const key = toMatchKey(text);
    if (!key) return null;
    for (let a = from; a <= to; a++) {
      if (findOnLine(a, key)) return { line: a, endLine: a };
      let joined = '';
      for (let b = a; b <= Math.min(to, a + 8); b++) {
        joined += keyOfLine[b - 1] ?? '';
        if (joined.includes(key)) return { line: a, endLine: b };
      }
    }
    return null;
  };

  const seen = new Map<string, Draft>();
  const build = (nodes: readonly TreeNode[], depth: number, underContext: boolean): Draft[] => {
    const out: Draft[] = [];
    const explains = questionsAndAnswers(nodes);
    // A list whose entries are plain-style commitment sentences (ア 〜の確保に努める。 イ 〜を図る。),
    // half of them or more and two at least: each names the measures it commits to. One such
    // entry among names is a description of what it names, as in a table cell.
    const entries = nodes.filter(
      (n) => n.type !== 'row' && n.type !== 'paragraph' && n.children.length === 0,
    );
    const plainEntries = entries.filter((n) => {
      const t = n.title.trim();
      return /[。．]$/u.test(t) && !isPolicySentence(t) && isPolicySentence(t, true);
    }).length;
    const plainList = plainEntries >= 2 && plainEntries * 2 >= nodes.length;
    const plans = otherPlans(nodes);
    for (const n of entryRuns(nodes, (title) => ROLE_LINE.test(title))) plans.add(n);
    for (const node of nodes) {
      if (plans.has(node)) continue;
      if (node.type === 'paragraph') {
        // Prose at the top of the document: its policy sentences are measures of their own.
        for (const m of node.paragraphs.flatMap((p) =>
          p.role === 'context' || p.role === 'direction' ? [] : proseMeasures(p.text, true),
        )) {
          const at = locate(m.title, node.line, node.endLine) ?? {
            line: node.line,
            endLine: node.endLine,
          };
          out.push({
            node,
            kind: depth === 0 ? 'policy' : 'measure',
            title: m.title,
            text: m.sentence,
            ...at,
            children: [],
          });
        }
        continue;
      }
      // An unmarked heading with nothing under it heads nothing.
      if (node.type === 'inferred' && node.children.length === 0 && node.paragraphs.length === 0)
        continue;
      const words: ReturnType<typeof entryWords> =
        node.type === 'row'
          ? rowTitleAndText(node)
          : entryWords(node, plainList && node.children.length === 0);
      const title = clip(words.title.trim(), MAX_TITLE);
      const key = toMatchKey(title);
      // A heading over several levels at once (基本目標1・2 ひとと暮らし: a web page's title) is
      // none of them.
      const spansLevels = node.type === 'labelled' && /[・～〜~]/u.test(node.label ?? '');
      const isFrame =
        node.type !== 'row' &&
        (spansLevels ||
          DOCUMENT_PART.test(key) ||
          STRUCTURE_ONLY.test(key) ||
          node.type === 'caption' ||
          (depth === 0 && key === titleKey) ||
          !key);
      if (isFrame) {
        out.push(...build(node.children, depth, underContext));
        continue;
      }
      // How the plan itself is run (推進体制, 進行管理) frames the measures under it.
      const management = MANAGEMENT.test(key) || (PLAN_ABOUT.test(key) && !aboutThePlan(node));
      // A bullet stating a fact (「出生数は…減少しています。」) is background.
      const statesFact =
        node.children.length === 0 &&
        /[。．]$/u.test(title) &&
        splitSentences(title).every(isDescriptiveSentence);
      const context =
        management ||
        statesFact ||
        explains.has(node) ||
        aboutThePlan(node) ||
        (!underContext && !pursues(node));
      const kind: ItemKind = context
        ? 'context'
        : node.children.length === 0 && node.type !== 'row' && TREND.test(key)
          ? 'issue'
          : node.type === 'row' || PROJECT_TYPES.has(node.type)
            ? 'project'
            : depth === 0
              ? 'goal'
              : depth === 1
                ? 'policy'
                : 'measure';
      const description = node.paragraphs
        .filter((p) => p.role !== 'measures')
        .map((p) => p.text)
        .join('\n');
      const draft: Draft = {
        node,
        kind,
        title,
        text: clip([words.text, description].filter(Boolean).join('\n'), MAX_TEXT),
        line: node.line,
        endLine: node.endLine,
        children: [],
        ...(node.children.length === 0 && REPRISE.test(node.title) ? { reprise: true } : {}),
      };
      // A description describes; the children of a context section are its description too.
      // What only describes (the plan's purpose, population trends) is one context item.
      if (context && !management) {
        out.push(draft);
        continue;
      }
      const children = build(node.children, depth + 1, false);
      // Policies stated in the node's own prose: under a 主な取組 caption always; otherwise when
      // the node lists nothing of its own.
      const hasList = children.some((c) => c.kind !== 'context');
      for (const p of node.paragraphs) {
        if (p.role === 'context' || p.role === 'direction' || (p.role !== 'measures' && hasList))
          continue;
        for (const m of proseMeasures(p.text, true)) {
          // Under an entry of a 主な取組 list, its sentences explain it (〜の費用の一部を補助
          // します); a sentence naming another action (〜の設置にも取り組みます) is a measure.
          if (node.underMeasures && node.children.length === 0 && !namesAction(m.title)) continue;
          const at = locate(m.title, p.line, p.endLine) ?? { line: p.line, endLine: p.endLine };
          children.push({
            node,
            kind: depth + 1 <= 1 ? 'policy' : 'measure',
            title: m.title,
            text: m.sentence === m.title ? '' : m.sentence,
            ...at,
            children: [],
          });
        }
      }
      // A table row whose description cell states measures in commitment sentences (施策 │
      // 内容: 「〜の維持に努めます。また、〜の導入を進めます。」): each clause is a measure under the
      // row, as a planner lists them; a plain-form description (〜を付与する。) stays the row's text.
      if (node.type === 'row') children.push(...rowMeasures(node, depth + 1));
      children.sort((a, b) => a.line - b.line);
      draft.children = children.filter((c) => c.kind !== 'context' || depth === 0);
      // A statement made twice (the goals in 基本構想 and again in 基本計画) is one item.
      const earlier = seen.get(`${depth}:${key}`);
      if (earlier) {
        earlier.children.push(...draft.children);
        if (!earlier.text && draft.text) earlier.text = draft.text;
        continue;
      }
      seen.set(`${depth}:${key}`, draft);
      out.push(draft);
      // The entry's other clauses (〜を実施し、〜の予防を図る。): measures beside it.
      for (const m of words.more ?? [])
        out.push({ ...draft, title: m.title, text: m.sentence, children: [] });
    }
    return out;
  };
  // A measure marked （再掲） is the tree's measure shown again (a 重点プロジェクト bundling measures
  // of several fields): one item, at its place in the tree. One with no twin stays.
  const stated = new Set<string>();
  const walk = (list: readonly Draft[]) => {
    for (const d of list) {
      if (!d.reprise) stated.add(toMatchKey(d.title));
      walk(d.children);
    }
  };
  const unrepeat = (list: Draft[]): Draft[] =>
    list
      .filter((d) => !(d.reprise && stated.has(toMatchKey(d.title))))
      .map((d) => ({ ...d, children: unrepeat(d.children) }));
  const built = build(roots, 0, false);
  walk(built);
  const drafts = unrepeat(built);

  const items: PlanItem[] = [];
  const usedTitles = new Map<string, Set<string>>();
  // Numbered per parent, not per call: a repeated heading's children are emitted under the same
  // parent by a nested call, and must not restart the count (ids would repeat).
  const counts = new Map<string, number>();
  const emit = (list: readonly Draft[], parent: PlanItem | null) => {
    for (const d of list) {
      // The same measure stated twice under one parent is one item.
      const siblings = usedTitles.get(parent?.id ?? '') ?? new Set<string>();
      const key = toMatchKey(d.title);
      if (siblings.has(key) || (parent && toMatchKey(parent.title) === key)) {
        emit(d.children, parent);
        continue;
      }
      siblings.add(key);
      usedTitles.set(parent?.id ?? '', siblings);
      const n = (counts.get(parent?.id ?? '') ?? 0) + 1;
      counts.set(parent?.id ?? '', n);
      const localId = parent ? `${parent.id.slice(city.length + 1)}-${n}` : `${n}`;
      const holds =
        d.endLine === d.line
          ? findOnLine(d.line, key)
          : keyOfLine
              .slice(d.line - 1, d.endLine)
              .join('')
              .includes(key);
      const quote = holds
        ? d.title
        : clip(sourceLines[d.line - 1]!.replace(/\f/gu, '').trim(), 200);
      const page =
        input.pageOf && (input.pageCount ?? 1) > 1 ? input.pageOf[d.line - 1]! + 1 : undefined;
      const item: PlanItem = {
        id: `${city}/${localId}`,
        parent: parent?.id ?? null,
        kind: d.kind,
        title: d.title,
        ...(d.text && toMatchKey(d.text) !== key ? { text: d.text } : {}),
        source: {
          file,
          line: d.line,
          ...(d.endLine !== d.line ? { endLine: d.endLine } : {}),
          ...(page ? { page } : {}),
          quote,
        },
      };
      items.push(item);
      emit(d.children, item);
    }
  };
  emit(drafts, null);
  return items;
}
