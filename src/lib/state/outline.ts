// The plan hierarchy as the outline shows it. Items whose parent is missing are kept as roots
// rather than dropped: a planner must be able to reach every item the data holds.
import type { PlanItem } from '$lib/data/schemas';

export interface OutlineNode {
  item: PlanItem;
  depth: number;
  children: OutlineNode[];
}

export function buildOutline(items: readonly PlanItem[]): OutlineNode[] {
  const ids = new Set(items.map((i) => i.id));
  const childrenOf = new Map<string | null, PlanItem[]>();
  for (const item of items) {
    const key =
      item.parent !== null && ids.has(item.parent) && item.parent !== item.id ? item.parent : null;
    const list = childrenOf.get(key) ?? [];
    list.push(item);
    childrenOf.set(key, list);
  }
  const seen = new Set<string>();
  const grow = (item: PlanItem, depth: number): OutlineNode => {
    seen.add(item.id);
    const kids = (childrenOf.get(item.id) ?? []).filter((k) => !seen.has(k.id));
    return { item, depth, children: kids.map((k) => grow(k, depth + 1)) };
  };
  return (childrenOf.get(null) ?? []).map((root) => grow(root, 0));
}

/** Ids from the root down to the item's parent: what must be open for the item to show. */
export function ancestorIds(items: readonly PlanItem[], id: string): string[] {
  const byId = new Map(items.map((i) => [i.id, i]));
  const chain: string[] = [];
  let parent = byId.get(id)?.parent ?? null;
  while (parent !== null && byId.has(parent) && !chain.includes(parent) && parent !== id) {
    chain.unshift(parent);
    parent = byId.get(parent)?.parent ?? null;
  }
  return chain;
}

/** Ids of every node that has children, for "expand all". */
export function branchIds(nodes: readonly OutlineNode[]): string[] {
  return nodes.flatMap((n) => (n.children.length ? [n.item.id, ...branchIds(n.children)] : []));
}
