// Applies a curation file's rules to the outlines of its sources: each rule picks nodes by marker
// type inside a region of one file and turns them into items with ids built from the document's
// own numbering.
import type { PlanItem } from '../../src/lib/data/schemas';
import type { ItemRule } from './curation';
import type { OutlineNode } from '../../src/lib/reader/outline';
import { findQuote, quoteHolds } from './anchors';
import { collectBody, collectSections } from './bodyText';
import { tidySpaces } from '../../src/lib/reader/normalize';

export interface SourceDoc {
  /** Path relative to static/data ("sources/…"). */
  file: string;
  lines: string[];
  flat: OutlineNode[];
}

/** An item before ids of parents are final: it remembers the node it came from. */
export interface Picked {
  item: PlanItem;
  rule: string;
  file: string;
  /** Position in the file's flat outline, for "nearest preceding" parent lookups. */
  order: number;
}

const GENERIC_STRIP = [
  /\s*(?:\^\{)?[※＊*]\s*[0-9０-９]+\}?\s*$/u, // a footnote mark: ＊１, ^{※28}
  /…+$/u,
];

/** Title cleanup every document needs: footnote marks, trailing ellipses, one pair of 「」. */
export function cleanTitle(raw: string, strip: readonly string[] = []): string {
  let t = raw;
  for (const re of GENERIC_STRIP) t = t.replace(re, '');
  for (const s of strip) t = t.replace(new RegExp(s, 'u'), '');
  t = t.trim();
  const wrapped = /^「([^「」]+)」$/u.exec(t);
  return tidySpaces(wrapped ? wrapped[1]! : t);
}

export function regionOf(doc: SourceDoc, rule: ItemRule): { first: number; last: number } {
  let first = 1;
  let last = doc.lines.length;
  if (rule.from) {
    const at = findQuote(doc.lines, rule.from);
    if (!at) throw new Error(`${rule.name}: "from" quote not found in ${doc.file}: ${rule.from}`);
    first = at.endLine + 1;
  }
  if (rule.to) {
    const at = findQuote(doc.lines, rule.to, first);
    if (!at) throw new Error(`${rule.name}: "to" quote not found in ${doc.file}: ${rule.to}`);
    last = at.line - 1;
  }
  return { first, last };
}

function matches(node: OutlineNode, rule: ItemRule): boolean {
  const s = rule.select;
  if (!s.types.includes(node.type)) return false;
  if (s.heading !== undefined && Boolean(node.heading) !== s.heading) return false;
  if (s.title && !new RegExp(s.title, 'u').test(node.title)) return false;
  if (s.notTitle && new RegExp(s.notTitle, 'u').test(node.title)) return false;
  return true;
}

/** The nodes a rule selects, with their positions in the flat outline. */
export function selectNodes(
  doc: SourceDoc,
  rule: ItemRule,
): { node: OutlineNode; order: number }[] {
  const { first, last } = regionOf(doc, rule);
  const out: { node: OutlineNode; order: number }[] = [];
  doc.flat.forEach((node, order) => {
    if (node.line >= first && node.line <= last && matches(node, rule)) out.push({ node, order });
  });
  return out;
}

/** The item's descriptive text, as the rule asks for it. */
export function textOf(
  doc: SourceDoc,
  rule: ItemRule,
  node: OutlineNode,
  order: number,
  next: number,
): string {
  const spec = rule.text;
  if (!spec) return '';
  if ('cell' in spec) return node.cells?.[spec.cell] ?? '';
  if ('body' in spec) return collectBody(doc.flat, order, regionOf(doc, rule).last);
  return collectSections(doc.flat, order, next, spec.sections);
}

/** A quote for the item: its title when the lines hold it, else the node's first line. */
export function quoteFor(doc: SourceDoc, node: OutlineNode, title: string): string {
  if (quoteHolds(doc.lines, node.line, node.endLine, title)) return title;
  return tidySpaces(doc.lines[node.line - 1]!);
}
