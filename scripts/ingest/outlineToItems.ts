// Items for a plan nobody has curated: the extractor's outline (scripts/extract) read generically.
// Outline depth decides the kind (goal → policy → measure), table rows and ◎ lines are projects,
// text lines become the description of the item above them, and every item points at the line of
// the verbatim source copy it came from.
import { extractOutline, toMatchKey, type OutlineNode } from '../extract/index';
import type { ItemKind, PlanItem } from '../../src/lib/data/schemas';

export interface OutlineInput {
  city: string;
  /** Source path relative to the data dir ("sources/…"). */
  file: string;
  /** The verbatim source, split into lines. */
  sourceLines: readonly string[];
  /** The prepared text the extractor reads, and each of its lines' 1-based source line. */
  prepared: string;
  origin: readonly number[];
  furniture: readonly string[];
  /** The plan title: a top heading that only repeats it is not an item. */
  planTitle: string;
}

const MAX_TEXT = 400;
/** "① 見出し 説明文。" on one line (web copy): a short head before a sentence is the title. */
const HEAD_THEN_SENTENCE = /^(\S{2,30})[\s\u3000]+(\S.*[。．])$/u;

function kindOf(node: OutlineNode, depth: number): ItemKind {
  if (node.type === 'row' || node.type === 'double-circle') return 'project';
  // A top section with prose only (計画の構成と期間, まちの将来像) frames the plan; it pursues nothing.
  if (depth === 0 && node.heading > 0 && node.children.every((c) => c.type === 'text'))
    return 'context';
  return depth === 0 ? 'goal' : depth === 1 ? 'policy' : 'measure';
}

function splitTitle(node: OutlineNode): { title: string; text: string } {
  if (node.type === 'row' && node.cells) {
    const [first, ...rest] = Object.values(node.cells);
    return { title: first ?? node.title, text: rest.join(' ') };
  }
  const m = node.title.length > 30 ? HEAD_THEN_SENTENCE.exec(node.title) : null;
  return m ? { title: m[1]!, text: m[2]! } : { title: node.title, text: '' };
}

export function outlineToItems(input: OutlineInput): PlanItem[] {
  const { city, file, sourceLines, origin } = input;
  const items: PlanItem[] = [];
  const titleKey = toMatchKey(input.planTitle);
  const holds = (line: number, endLine: number, quote: string) =>
    toMatchKey(sourceLines.slice(line - 1, endLine).join('')).includes(toMatchKey(quote));

  // Ordinals per parent, not per call: a skipped node's children continue its siblings' count.
  const counters = new Map<string, number>();
  const walk = (nodes: readonly OutlineNode[], parent: PlanItem | null, depth: number) => {
    for (const node of nodes) {
      if (node.type === 'text') {
        if (parent && (parent.text ?? '').length < MAX_TEXT) {
          parent.text = `${parent.text ? parent.text + '\n' : ''}${node.title}`.slice(0, MAX_TEXT);
        }
        continue;
      }
      if (node.type === 'note') continue;
      const isPlanTitle = depth === 0 && node.heading > 0 && toMatchKey(node.title) === titleKey;
      if (!node.title || isPlanTitle) {
        walk(node.children, parent, depth);
        continue;
      }
      const { title, text } = splitTitle(node);
      const line = origin[node.line - 1]!;
      const endLine = origin[node.endLine - 1]!;
      const quote = holds(line, endLine, title) ? title : sourceLines[line - 1]!.trim();
      const n = (counters.get(parent?.id ?? '') ?? 0) + 1;
      counters.set(parent?.id ?? '', n);
      const localId = parent ? `${parent.id.slice(city.length + 1)}-${n}` : `${n}`;
      const item: PlanItem = {
        id: `${city}/${localId}`,
        parent: parent?.id ?? null,
        kind: kindOf(node, depth),
        title,
        ...(text ? { text } : {}),
        source: { file, line, ...(endLine !== line ? { endLine } : {}), quote },
      };
      items.push(item);
      walk(node.children, item, depth + 1);
    }
  };
  walk(extractOutline(input.prepared, { skip: input.furniture }), null, 0);
  return items;
}
