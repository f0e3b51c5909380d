// The marker grammar of Japanese plan documents, one line at a time. A marker says what kind of
// list or heading a line belongs to; the label is the number or letter it carries. Nothing here
// knows a particular city: the curation files decide which markers matter where.
import { toHalfWidth } from './normalize';

export const MARKER_TYPES = [
  'heading', // a markdown heading with no other marker
  'circled', // ① ② …
  'roman', // Ⅰ Ⅱ …
  'paren', // (1) （２）
  'dotted', // 1-1, 4-1-3
  'numbered', // 1 title, 01 title, 1. title
  'katakana', // ア イ ウ …
  'labelled', // 方策 1 title
  'square', // □ ■
  'diamond', // ◇ ◆
  'double-circle', // ◎
  'circle', // ○ ●
  'arrow', // ▶
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
  /** Prefix of a labelled marker ("方策"). */
  prefix?: string;
  /** What follows the marker, trimmed, in the line's own characters. */
  rest: string;
}

const KATAKANA_LABELS = 'アイウエオカキクケコサシスセソ';

interface Rule {
  type: MarkerType;
  re: RegExp;
  label: (m: RegExpExecArray) => string | null;
  prefix?: (m: RegExpExecArray) => string;
}

// Order matters: the first rule that matches wins.
const RULES: Rule[] = [
  { type: 'circled', re: /^([\u2460-\u2473])\s*/u, label: (m) => ord(m[1]!, 0x2460) },
  { type: 'roman', re: /^([\u2160-\u216B])\s*/u, label: (m) => ord(m[1]!, 0x2160) },
  { type: 'paren', re: /^[(（]\s*(\d{1,2})\s*[)）]\s*/u, label: (m) => m[1]! },
  { type: 'dotted', re: /^(\d{1,2}(?:-\d{1,2})+)(?=\s|$)\s*/u, label: (m) => m[1]! },
  { type: 'numbered', re: /^(\d{1,2})(?:\.(?!\d)|(?=\s|$))\s*/u, label: (m) => m[1]! },
  {
    type: 'katakana',
    re: new RegExp(`^([${KATAKANA_LABELS}])\\s+(?=\\S)`, 'u'),
    label: (m) => m[1]!,
  },
  {
    type: 'labelled',
    re: /^([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{1,4}?)\s*(\d{1,2})\s+(?=\S)/u,
    label: (m) => m[2]!,
    prefix: (m) => m[1]!,
  },
  { type: 'square', re: /^[□■]\s*/u, label: () => null },
  { type: 'diamond', re: /^[◇◆]\s*/u, label: () => null },
  { type: 'double-circle', re: /^◎\s*/u, label: () => null },
  { type: 'circle', re: /^[○●]\s*/u, label: () => null },
  { type: 'arrow', re: /^[▶►]\s*/u, label: () => null },
  { type: 'dot', re: /^・\s*/u, label: () => null },
  { type: 'note', re: /^※\s*/u, label: () => null },
];

function ord(char: string, base: number): string {
  return String(char.charCodeAt(0) - base + 1);
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

  for (const rule of RULES) {
    const m = rule.re.exec(inner);
    if (!m) continue;
    const restStart = offset + m[0].length;
    const restEnd = offset + inner.length;
    return {
      type: rule.type,
      label: rule.label(m),
      heading,
      bullet,
      ...(rule.prefix ? { prefix: rule.prefix(m) } : {}),
      rest: raw.slice(restStart, restEnd).trim(),
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
