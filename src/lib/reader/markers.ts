// The marker grammar of Japanese plan documents, one line at a time. A marker says what kind of
// list or heading a line belongs to; its label is the number or letter it carries. The grammar
// knows the conventions of the genre (第1章, 基本目標1, 施策 1-1-1, (ア), ①, ❶, ■, 【主な施策】 …),
// never one city's strings: which markers matter where is decided by rank (the order a document
// first uses them) or, for the curated seed build, by its curation files.
import { toHalfWidth } from './normalize';

export const MARKER_TYPES = [
  'heading', // a markdown heading with no other marker
  'part', // 第1編 第2部 第3章 第4節 第5款
  'circled', // ① ② … ㊿, and 1⃝ (a digit with the combining enclosing circle)
  'negative-circled', // ❶ ❷ … ➊ ➋
  'roman', // Ⅰ Ⅱ …, I. II.
  'paren', // (1) （２）
  'paren-kana', // (ア) （イ）
  'paren-alpha', // (a) (b)
  'paren-kanji', // (一) （二）
  'bracket-number', // 〔1〕 【２】 ［3］: a number in square or lenticular brackets
  'half-paren', // 1) 2)
  'dotted', // 1-1, 4-1-3, 1.1
  'coded', // 0101 title: a policy code of four or six digits
  'numbered', // 1 title, 01 title, 1. title
  'kanji-numbered', // 一 title, 二、title
  'katakana', // ア イ ウ …
  'alpha', // a. b. A. a)
  'labelled', // 方策 1 title, 基本目標1, 基本政策1安心して…, 施策 1-1-1, 政策Ⅰ
  'caption', // 【主な施策】 《基本方針》 〈現状と課題〉 ［成果指標］
  'square', // □ ■
  'diamond', // ◇ ◆
  'double-circle', // ◎
  'circle', // ○ ● ⃝
  'triangle', // ▲ △ ▼ ▽
  'star', // ★ ☆
  'branch', // ├ └ ┣ ┗: a branch of a tree drawn with box characters
  'dash', // ─ ━ – used as a bullet
  'arrow', // ▶ ► ▷ ➢ ➤ →
  'dot', // ・
  'note', // ※
  'bullet', // a "- " list item with no other marker
  'text',
] as const;
export type MarkerType = (typeof MARKER_TYPES)[number];

export interface LineMarker {
  type: MarkerType;
  /** The number or letter the marker carries, as written ("01", "1-1", "ア"); null when none. */
  label: string | null;
  /** Markdown heading depth (1–6), 0 when the line is no heading. */
  heading: number;
  /** The line was a "- " list item. */
  bullet: boolean;
  /** Prefix of a labelled marker ("方策", "基本目標"), the unit of a part ("章"), a caption's words. */
  prefix?: string;
  /** What follows the marker, trimmed, in the line's own characters. */
  rest: string;
}

const KATAKANA_LABELS = 'アイウエオカキクケコサシスセソタチツテトナニヌネノ';
const KANJI_DIGITS = '一二三四五六七八九十';
const ROMAN = '\u2160-\u216B'; // Ⅰ–Ⅻ
const NUMBER = `(?:\\d{1,2}|[${KANJI_DIGITS}]{1,3})`;

/**
 * Words that name a level of a plan's policy tree. A number glued to one of these is a marker
 * (基本目標1, 施策2); glued to any other word it is usually a quantity (人口5万人).
 */
const STRUCTURE_WORD =
  '(?:基本目標|基本政策|基本施策|基本方針|基本方向|重点施策|重点目標|重点分野|重点項目|重点プロジェクト|重点戦略|戦略プロジェクト|プロジェクト|政策目標|政策分野|施策目標|施策の柱|政策|施策|方向性|方向|方針|方策|目標|分野|戦略|柱|視点|テーマ|取組|取り組み|手法|事業|項目|課題|その(?!\\s*\\d{1,2}[つ個]))';

/** A line holding a level's name and nothing else (基本目標, 施策, まちづくりの柱). */
const STRUCTURE_WORD_ONLY = new RegExp(
  `^(?:[\\p{Script=Han}\\p{Script=Katakana}ー]{0,4}?|[\\p{Script=Han}\\p{Script=Katakana}\\p{Script=Hiragana}ー]{1,8}の)${STRUCTURE_WORD}$`,
  'u',
);
export const isStructureWord = (text: string) => STRUCTURE_WORD_ONLY.test(text.trim());

/** What a number is followed by when it counts something rather than numbering a line. */
const UNIT_AFTER =
  /^[\s\u3000]*(?:[万億千百]|年度|年間|か年|ヶ年|箇年|か月|ヶ月|か所|箇所|ヵ所|世帯|団体|施設|地区|市町村|[年月日度人名円件回歳時分秒号条項倍位割点校園台本戸棟床社次](?!\p{Script=Han})|[%％㎞]|km|ha|m(?![a-z]))/u;

interface Rule {
  type: MarkerType;
  re: RegExp;
  label: (m: RegExpExecArray) => string | null;
  prefix?: (m: RegExpExecArray) => string;
  /** Rejects a match whose continuation shows it is no marker (a quantity, a date). */
  /** `matched` is the marker as written (before half-width folding). */
  reject?: (rest: string, m: RegExpExecArray, matched: string) => boolean;
}

const countsSomething = (rest: string) => UNIT_AFTER.test(rest);

// Order matters: the first rule that matches wins.
const RULES: Rule[] = [
  {
    type: 'part',
    re: new RegExp(`^第\\s*(${NUMBER})\\s*([編部章節款])\\s*`, 'u'),
    label: (m) => m[1]!,
    prefix: (m) => m[2]!,
    // 「第４章の各ページ」「第２節で述べた」: a reference inside a sentence, not a heading.
    reject: (rest, _m, matched) => /^[のをにでがとへはも]/u.test(rest) && !/\s$/u.test(matched),
  },
  {
    type: 'circled',
    re: /^([\u2460-\u2473\u3251-\u325F\u32B1-\u32BF])\s*/u,
    label: (m) => circledNumber(m[1]!),
  },
  { type: 'circled', re: /^(\d{1,2})\u20DD\s*/u, label: (m) => m[1]! },
  {
    type: 'negative-circled',
    re: /^([\u2776-\u277F\u2780-\u2793\u24EB-\u24F4])\s*/u,
    label: (m) => negativeCircledNumber(m[1]!),
  },
  {
    type: 'roman',
    re: new RegExp(`^([${ROMAN}])(?:[.．、]\\s*|\\s*)`, 'u'),
    label: (m) => ord(m[1]!, 0x2160),
  },
  {
    type: 'roman',
    re: /^((?:X{0,1}(?:IX|IV|V?I{1,3}|V)))\.\s+(?=\S)/u,
    label: (m) => String(romanValue(m[1]!)),
  },
  {
    // A policy code of mixed parts: 1-(1), 1-(1)-ア, (1)-①, 2-1-① (施策 codes of 総合戦略), also
    // with a period after it (1-1．健康づくり).
    type: 'dotted',
    re: /^((?:\d{1,2}|[(（]\d{1,2}[)）]|[アイウエオカキクケコサシスセソタチツテト]|[\u2460-\u2473])(?:[-－‐](?:\d{1,2}|[(（]\d{1,2}[)）]|[アイウエオカキクケコサシスセソタチツテト]|[\u2460-\u2473])){1,3})(?=[\s\u3000]|$|[.．](?![0-9０-９]))[.．]?[\s\u3000]*/u,
    label: (m) => m[1]!.replace(/[－‐]/gu, '-'),
  },
  { type: 'paren', re: /^[(（]\s*(\d{1,2})\s*[)）]\s*/u, label: (m) => m[1]! },
  {
    type: 'paren-kana',
    re: new RegExp(`^[(（]\\s*([${KATAKANA_LABELS}])\\s*[)）]\\s*`, 'u'),
    label: (m) => m[1]!,
  },
  { type: 'paren-alpha', re: /^[(（]\s*([a-zA-Z])\s*[)）]\s*/u, label: (m) => m[1]! },
  {
    type: 'paren-kanji',
    re: new RegExp(`^[(（]\\s*([${KANJI_DIGITS}]{1,2})\\s*[)）]\\s*`, 'u'),
    label: (m) => m[1]!,
  },
  {
    // A number alone in tortoise-shell, lenticular or square brackets numbers an entry (〔１〕
    // 健康ポイント事業の実施), as (1) does; a bracket holding words is a caption.
    type: 'bracket-number',
    re: /^[〔【[]\s*(\d{1,2})\s*[〕】\]]\s*/u,
    label: (m) => m[1]!,
    reject: countsSomething,
  },
  {
    type: 'half-paren',
    re: /^(\d{1,2})[)）]\s*(?=\S)/u,
    label: (m) => m[1]!,
    reject: countsSomething,
  },
  {
    // Project codes of a 実施計画 give the last parts three digits (01-02-003: goal 01, policy 02,
    // project 003), as budgeting systems number their 事業.
    type: 'dotted',
    re: /^(\d{1,2}(?:-\d{1,2})*(?:-\d{1,3}))(?=\s|$)\s*/u,
    label: (m) => m[1]!,
  },
  {
    // 1.1 / 1.2.3 followed by a word: a dotted number written with periods (1.1. with a period
    // after it may touch its words: １．１．健康づくり).
    type: 'dotted',
    re: /^(\d{1,2}(?:\.\d{1,2})+)(?:\.\s*|\s+)(?=\S)/u,
    label: (m) => m[1]!.replace(/\./gu, '-'),
  },
  {
    type: 'coded',
    re: /^(\d{4}|\d{6})\s+(?=\S)/u,
    label: (m) => m[1]!,
    reject: countsSomething,
  },
  {
    type: 'numbered',
    re: /^(\d{1,2})(?:\.(?!\d)|(?=\s|$))\s*/u,
    label: (m) => m[1]!,
    reject: countsSomething,
  },
  {
    type: 'kanji-numbered',
    re: new RegExp(`^([${KANJI_DIGITS}]{1,2})(?:[、．.]\\s*|\\s+)(?=\\S)`, 'u'),
    label: (m) => m[1]!,
    reject: countsSomething,
  },
  {
    type: 'katakana',
    re: new RegExp(`^([${KATAKANA_LABELS}])(?:\\s+|[.．、]\\s*)(?=\\S)`, 'u'),
    label: (m) => m[1]!,
  },
  {
    type: 'alpha',
    re: /^([a-zA-Z])(?:[.．)）]\s*|\s+(?=[^\sA-Za-z]))(?=\S)/u,
    label: (m) => m[1]!,
  },
  {
    // A structure word with its number, spaced or glued: 基本目標1, 基本目標 1, 施策 1-1-1,
    // 政策Ⅰ, 施策Ⅰ-2, 基本政策1安心して暮らせるまち. A kanji numeral glued to a kanji is a word (施策一覧,
    // 事業一体), not a number.
    type: 'labelled',
    re: new RegExp(
      `^((?:[\\p{Script=Han}\\p{Script=Katakana}ー]{0,4}?|[\\p{Script=Han}\\p{Script=Katakana}\\p{Script=Hiragana}ー]{1,8}の)${STRUCTURE_WORD})\\s*(?:(?:No|NO|№)\\.?\\s*)?((?:第\\s*)?(?:\\d{1,2}(?:[-.]\\d{1,2})*(?:[・～〜~]\\d{1,2}(?![-.\\d]))?|[${ROMAN}](?:-\\d{1,2})*|[\\u2460-\\u2473]|[${KANJI_DIGITS}]{1,2}(?!\\p{Script=Han})))(?:[.．:：、]\\s*|\\s*)`,
      'u',
    ),
    label: (m) => normalizeLabel(m[2]!),
    prefix: (m) => m[1]!,
    // After a structure word, a number set apart by an ideographic space or two spaces, or a
    // Roman numeral, numbers the line even when a counter word follows (基本目標Ⅱ, then an
    // ideographic space, then 人がつながる…).
    reject: (rest, m, matched) =>
      (!/(?:\u3000|\s{2,})$/u.test(matched) &&
        !/^[\u2160-\u216B]/u.test(m[2]!) &&
        countsSomething(rest)) ||
      /^[-.]?\d/u.test(rest),
  },
  {
    // Any short word with a spaced number: 方策 1 市政改革 (the older, looser form).
    type: 'labelled',
    re: /^([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{1,4}?)\s*(\d{1,2})\s+(?=\S)/u,
    label: (m) => m[2]!,
    prefix: (m) => m[1]!,
    reject: countsSomething,
  },
  {
    // The English level words of designed plans: GOAL 1, Goal01, ACTION 2, PROJECT 03, STEP1
    // (after the Japanese structure words: classifyLabelled reads the first labelled rule).
    type: 'labelled',
    re: /^((?:GOAL|ACTION|PROJECT|POLICY|STEP|THEME|MISSION|VISION|CHALLENGE)S?)\s*(\d{1,2}(?:-\d{1,2})*)(?:[.．:：]\s*|\s+|(?=[^\p{ASCII}])|$)/iu,
    label: (m) => m[2]!.replace(/^0(?=\d)/u, ''),
    prefix: (m) => m[1]!.toUpperCase(),
  },
  {
    type: 'caption',
    // toHalfWidth has turned ＜ and ［ into < and [; a tag (<p>) or a link ([a](b)) holds no Japanese.
    re: /^[【《〈≪«〔<[]\s*([^】》〉≫»〕>\]]{0,29}?[^\p{ASCII}][^】》〉≫»〕>\]]{0,29}?)\s*[】》〉≫»〕>\]]\s*/u,
    label: () => null,
    prefix: (m) => m[1]!,
  },
  { type: 'square', re: /^[□■]\s*/u, label: () => null },
  { type: 'diamond', re: /^[◇◆]\s*/u, label: () => null },
  { type: 'double-circle', re: /^◎\s*/u, label: () => null },
  // 〇 (the kanji numeral zero) is typed as a round bullet too.
  { type: 'circle', re: /^(?:[○●]|\u20DD|〇(?=[\s\u3000]))\s*/u, label: () => null },
  { type: 'triangle', re: /^[▲△▼▽]\s*/u, label: () => null },
  { type: 'star', re: /^[★☆]\s*/u, label: () => null },
  { type: 'branch', re: /^[├└┣┗┠┖]+[─━]*[\s\u3000]*/u, label: () => null },
  { type: 'dash', re: /^[─━–][\s\u3000]+(?=\S)/u, label: () => null },
  { type: 'arrow', re: /^(?:[▶►▷➢➤]|→(?=\s*\S))\s*/u, label: () => null },
  { type: 'dot', re: /^[・･]\s*/u, label: () => null },
  { type: 'note', re: /^※\s*/u, label: () => null },
];

function ord(char: string, base: number): string {
  return String(char.charCodeAt(0) - base + 1);
}

function circledNumber(char: string): string {
  const c = char.charCodeAt(0);
  if (c <= 0x2473) return String(c - 0x2460 + 1);
  if (c <= 0x325f) return String(c - 0x3251 + 21);
  return String(c - 0x32b1 + 36);
}

function negativeCircledNumber(char: string): string {
  const c = char.charCodeAt(0);
  if (c <= 0x277f) return String(c - 0x2776 + 1);
  if (c <= 0x2789) return String(c - 0x2780 + 1);
  if (c <= 0x2793) return String(c - 0x278a + 1);
  return String(c - 0x24eb + 11);
}

function romanValue(s: string): number {
  const v: Record<string, number> = { I: 1, V: 5, X: 10 };
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const cur = v[s[i]!]!;
    const next = v[s[i + 1] ?? ''] ?? 0;
    total += cur < next ? -cur : cur;
  }
  return total;
}

/** One form for a label however it is written: Ⅱ → 2, ③ → 3, 1.2 → 1-2. Kanji numerals stay. */
function normalizeLabel(raw: string): string {
  const label = raw.replace(/^第\s*/u, '');
  // A Roman numeral heads a dotted number too (施策Ⅱ-1: the second 基本目標's first 施策).
  if (/^[\u2160-\u216B](?:-\d{1,2})*$/u.test(label)) return ord(label[0]!, 0x2160) + label.slice(1);
  if (/^[\u2460-\u2473]$/u.test(label)) return circledNumber(label);
  return label.replace(/\./gu, '-');
}

/** A structure word with its number and nothing else (基本目標1, 分野 2, 施策Ⅲ). */
function classifyLabelled(words: string): { prefix: string; label: string } | null {
  const rule = RULES.find((r) => r.type === 'labelled')!;
  const m = rule.re.exec(words);
  if (!m || words.slice(m[0].length).trim()) return null;
  return { prefix: rule.prefix!(m), label: rule.label(m)! };
}

/** Classifies one raw line (without its newline). A blank line is `text` with an empty rest. */
export function classifyLine(raw: string): LineMarker {
  // toHalfWidth maps one character to one character, so offsets found in `half` apply to `raw`.
  const half = toHalfWidth(raw);
  let at = half.length - half.trimStart().length;
  const end = half.trimEnd().length;
  let heading = 0;
  let bullet = false;

  const h = /^(#{1,6})\s+/u.exec(half.slice(at, end));
  if (h) {
    heading = h[1]!.length;
    at += h[0].length;
  }
  const b = /^[-*]\s+/u.exec(half.slice(at, end));
  if (b) {
    bullet = true;
    at += b[0].length;
  }
  const body = half.slice(at, end);
  const strong = /^\*\*(.*)\*\*$/u.exec(body);
  const inner = strong ? strong[1]! : body;
  const offset = at + (strong ? 2 : 0);

  // A numbered level in brackets (【基本目標1】, 〈施策2〉) is that level's marker, not a caption.
  const bracketed = /^[【《〈≪«〔<[]\s*([^】》〉≫»〕>\]]{1,20}?)\s*[】》〉≫»〕>\]]\s*/u.exec(inner);
  if (bracketed) {
    const label = classifyLabelled(bracketed[1]!);
    if (label)
      return {
        type: 'labelled',
        label: label.label,
        heading,
        bullet,
        prefix: label.prefix,
        rest: raw.slice(offset + bracketed[0].length, offset + inner.length).trim(),
      };
  }
  for (const rule of RULES) {
    const m = rule.re.exec(inner);
    if (!m) continue;
    const restStart = offset + m[0].length;
    const restEnd = offset + inner.length;
    const rest = raw.slice(restStart, restEnd).trim();
    if (rule.reject?.(toHalfWidth(rest), m, raw.slice(offset, restStart))) continue;
    return {
      type: rule.type,
      label: rule.label(m),
      heading,
      bullet,
      ...(rule.prefix ? { prefix: rule.prefix(m) } : {}),
      rest,
    };
  }
  const type: MarkerType = heading ? 'heading' : bullet ? 'bullet' : 'text';
  return {
    type,
    label: null,
    heading,
    bullet,
    rest: raw.slice(offset, offset + inner.length).trim(),
  };
}
