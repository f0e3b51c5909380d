// Labels every item of a plan: rules first (labelItem), then the curated overrides, each with its
// written reason. Keeps the rules' own answer beside the final one so the build can report how often
// the rules alone agree.
import {
  CATEGORY_IDS,
  type CategoryId,
  type CuratedLabel,
  type LabelEvidence,
  type PlanItem,
} from '../data/schemas';
import type { CompiledLexicon } from './compileLexicon';
import { labelItem, type ItemLabels, type MatchCache } from './labelItem';

export interface LabelledItems {
  items: PlanItem[];
  /** What the rules alone decided, by item id (before curation). */
  rules: Map<string, ItemLabels>;
  /** Items no term spoke for, anywhere near them: given the plan's most common category. */
  fallbacks: string[];
}

/**
 * The contract wants at least one category per item. When nothing fired in an item, its parents
 * or its children, the plan's most common category is the least surprising guess; its evidence has
 * no terms, and the build lists these items so they can be curated.
 */
function findFallback(rules: ReadonlyMap<string, ItemLabels>): CategoryId {
  const counts = new Map<string, number>();
  for (const labels of rules.values()) {
    for (const c of labels.categories) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  const ranked = CATEGORY_IDS.map((c) => [c, counts.get(c) ?? 0] as const);
  return [...ranked].sort((a, b) => b[1] - a[1])[0]![0];
}

/** Ancestor titles, nearest first; stops at a cycle or a missing parent. */
function listParentTitles(item: PlanItem, byId: Map<string, PlanItem>): string[] {
  const titles: string[] = [];
  const visited = new Set([item.id]);
  let parent = item.parent ? byId.get(item.parent) : undefined;
  while (parent && !visited.has(parent.id)) {
    visited.add(parent.id);
    titles.push(parent.title);
    parent = parent.parent ? byId.get(parent.parent) : undefined;
  }
  return titles;
}

/**
 * When neither the item nor its ancestors fire any term, the item takes its parent's categories;
 * the evidence then repeats the parent's terms, marked as coming from the parent.
 */
function inheritLabels(parentLabels: ItemLabels | undefined): ItemLabels {
  if (!parentLabels || parentLabels.categories.length === 0) {
    return { categories: [], sdgs: [], evidence: [] };
  }
  const evidence: LabelEvidence[] = parentLabels.evidence
    .filter((e) => parentLabels.categories.includes(e.label))
    .map((e) => ({ ...e, terms: e.terms.map((t) => ({ ...t, from: 'parent' as const })) }));
  return { categories: [...parentLabels.categories], sdgs: [], evidence };
}

export function labelItems(
  items: readonly PlanItem[],
  lexicon: CompiledLexicon,
  curated: ReadonlyMap<string, CuratedLabel> = new Map(),
): LabelledItems {
  const byId = new Map(items.map((it) => [it.id, it]));
  const childTitles = new Map<string, string[]>();
  for (const it of items) {
    if (it.parent) childTitles.set(it.parent, [...(childTitles.get(it.parent) ?? []), it.title]);
  }
  const rules = new Map<string, ItemLabels>();
  const cache: MatchCache = new WeakMap();
  const labelOne = (item: PlanItem, depth: number): ItemLabels => {
    const known = rules.get(item.id);
    if (known) return known;
    let labels = labelItem(
      {
        title: item.title,
        text: item.text,
        parentTitles: listParentTitles(item, byId),
        childTitles: childTitles.get(item.id) ?? [],
      },
      lexicon,
      CATEGORY_IDS,
      cache,
    );
    const parent = item.parent ? byId.get(item.parent) : undefined;
    if (labels.categories.length === 0 && parent && depth < items.length) {
      labels = inheritLabels(labelOne(parent, depth + 1));
    }
    rules.set(item.id, labels);
    return labels;
  };

  for (const item of items) labelOne(item, 0);
  const fallbacks = items.filter((it) => rules.get(it.id)?.categories.length === 0);
  if (fallbacks.length > 0) {
    const label = findFallback(rules);
    for (const it of fallbacks) {
      rules.set(it.id, {
        categories: [label],
        sdgs: [],
        evidence: [{ label, terms: [], score: 0 }],
      });
    }
  }

  const out = items.map((item): PlanItem => {
    const byRules = labelOne(item, 0);
    const cure = curated.get(item.id);
    if (cure) {
      return {
        ...item,
        categories: [...cure.categories],
        sdgs: [...(cure.sdgs ?? byRules.sdgs)],
        labelledBy: 'curated',
        labelReason: cure.reason,
        // What the rules saw stays visible beside the curated answer; a fallback guess does not.
        evidence: byRules.evidence.filter((e) => e.terms.length > 0),
      };
    }
    return {
      ...item,
      categories: byRules.categories as CategoryId[],
      sdgs: byRules.sdgs,
      labelledBy: 'rules',
      evidence: byRules.evidence,
    };
  });
  return { items: out, rules, fallbacks: fallbacks.map((it) => it.id) };
}

/** Share of items whose final categories equal what the rules alone decided (as sets). */
export function measureRulesAgreement(labelled: LabelledItems): {
  items: number;
  agree: number;
  curated: number;
  rate: number;
} {
  let agree = 0;
  let curated = 0;
  for (const item of labelled.items) {
    if (item.labelledBy === 'curated') curated++;
    const rules = labelled.rules.get(item.id)?.categories ?? [];
    const final = item.categories ?? [];
    if (rules.length === final.length && rules.every((c) => final.includes(c as CategoryId))) {
      agree++;
    }
  }
  const n = labelled.items.length;
  return { items: n, agree, curated, rate: n === 0 ? 1 : agree / n };
}
