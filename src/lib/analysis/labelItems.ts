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
  /**
   * Items no term spoke for, in them, their headings or anything under them: given the plan's most
   * common category, the last resort.
   */
  fallbacks: string[];
}

/** The plan's most common category among the items the rules labelled. */
function findPlanMajority(rules: ReadonlyMap<string, ItemLabels>): CategoryId {
  const counts = new Map<string, number>();
  for (const labels of rules.values()) {
    for (const c of labels.categories) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  const ranked = CATEGORY_IDS.map((c) => [c, counts.get(c) ?? 0] as const);
  return [...ranked].sort((a, b) => b[1] - a[1])[0]![0];
}

/** Ancestor titles, nearest first; stops at a cycle or a missing parent. */
export function listParentTitles(item: PlanItem, byId: Map<string, PlanItem>): string[] {
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

const fromParent = (evidence: readonly LabelEvidence[], keep: (label: string) => boolean) =>
  evidence
    .filter((e) => keep(e.label) && e.terms.length > 0)
    .map((e) => ({ ...e, terms: e.terms.map((t) => ({ ...t, from: 'parent' as const })) }));

/** The goal a labelled item serves most: its SDG evidence is in score order, strongest first. */
function strongestGoal(labels: ItemLabels): number | undefined {
  const first = labels.evidence.find((e) => e.label.startsWith('sdg:'));
  return first ? Number(first.label.slice('sdg:'.length)) : labels.sdgs[0];
}

/**
 * An item that names no subject of its own is about what its heading is about: with no category,
 * it takes its parent's categories; with no SDG, the one goal its parent serves most. A heading
 * that serves two goals (産業振興と雇用: 8 and 9) mostly has rows that each serve one of them, so
 * handing both down makes every silent row wrong on one. The evidence repeats the parent's terms,
 * marked as coming from the parent.
 */
function inheritLabels(own: ItemLabels, parent: ItemLabels | undefined): ItemLabels {
  if (!parent) return own;
  const categories = own.categories.length > 0 ? own.categories : [...parent.categories];
  const goal = own.sdgs.length > 0 ? undefined : strongestGoal(parent);
  const sdgs = goal === undefined ? own.sdgs : [goal];
  if (categories === own.categories && sdgs === own.sdgs) return own;
  const evidence = [
    ...(own.categories.length > 0
      ? own.evidence.filter((e) => !e.label.startsWith('sdg:'))
      : fromParent(parent.evidence, (l) => categories.includes(l))),
    ...(goal === undefined
      ? own.evidence.filter((e) => e.label.startsWith('sdg:'))
      : fromParent(parent.evidence, (l) => l === `sdg:${goal}`)),
  ];
  return { categories, sdgs, evidence };
}

const hasOwnGoal = (labels: ItemLabels) =>
  labels.evidence.some((e) => e.label.startsWith('sdg:') && e.terms.some((t) => t.from === 'self'));

/**
 * A heading whose own words name no goal (環境の保全, 安心して暮らせる地域づくり) serves the goal most
 * of the items it holds serve by their own words, as an umbrella heading takes the category of what
 * it holds: its goal then is not a damped echo of its own heading's words, nor its category's
 * default. Counted over the direct children read alone (no headings), so nothing is circular: a
 * goal needs two children, and the first more of them than any other goal; a second goal is kept as
 * a second goal's words are (sdgRelativeScore of the first's count, at most sdgMaxLabels), since a
 * heading that spans two fields holds items of both. It is set on the heading only, after
 * everything else: the silent items under it keep the category goal or heading goal they were
 * given, because a goal counted from their siblings is a worse guess for them than for the heading.
 * Undefined when the rule does not apply.
 */
function goalsOfHeldItems(
  own: ItemLabels,
  held: readonly PlanItem[],
  lexicon: CompiledLexicon,
  cache: MatchCache,
): ItemLabels | undefined {
  if (held.length < 2) return undefined;
  const counts = new Map<number, number>();
  const terms = new Map<number, LabelEvidence['terms']>();
  for (const child of held) {
    const alone = labelItem(
      { title: child.title, text: child.text, parentTitles: [] },
      lexicon,
      CATEGORY_IDS,
      cache,
    );
    for (const goal of alone.sdgs) {
      counts.set(goal, (counts.get(goal) ?? 0) + 1);
      const e = alone.evidence.find((x) => x.label === `sdg:${goal}`);
      const from = (e?.terms ?? []).map((t) => ({ ...t, from: 'child' as const }));
      terms.set(goal, [...(terms.get(goal) ?? []), ...from]);
    }
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const first = ranked[0];
  if (!first || first[1] < 2 || ranked[1]?.[1] === first[1]) return undefined;
  const { sdgRelativeScore, sdgMaxLabels } = lexicon.params;
  const kept = ranked
    .filter(([, n]) => n >= 2 && n >= sdgRelativeScore * first[1])
    .slice(0, sdgMaxLabels);
  return {
    categories: own.categories,
    sdgs: kept.map(([g]) => g).sort((a, b) => a - b),
    evidence: [
      ...own.evidence.filter((e) => !e.label.startsWith('sdg:')),
      ...kept.map(([g, n]) => ({ label: `sdg:${g}`, terms: terms.get(g) ?? [], score: n })),
    ],
  };
}

/** The categories most of an item's labelled descendants carry (ties: taxonomy order). */
function findDescendantMajority(
  id: string,
  children: ReadonlyMap<string, readonly PlanItem[]>,
  rules: ReadonlyMap<string, ItemLabels>,
): string | undefined {
  const counts = new Map<string, number>();
  const stack = [...(children.get(id) ?? [])];
  const seen = new Set<string>([id]);
  while (stack.length > 0) {
    const it = stack.pop()!;
    if (seen.has(it.id)) continue;
    seen.add(it.id);
    for (const c of rules.get(it.id)?.categories ?? []) counts.set(c, (counts.get(c) ?? 0) + 1);
    stack.push(...(children.get(it.id) ?? []));
  }
  let best: string | undefined;
  for (const c of CATEGORY_IDS) if ((counts.get(c) ?? 0) > (best ? counts.get(best)! : 0)) best = c;
  return best;
}

export function labelItems(
  items: readonly PlanItem[],
  lexicon: CompiledLexicon,
  curated: ReadonlyMap<string, CuratedLabel> = new Map(),
): LabelledItems {
  const byId = new Map(items.map((it) => [it.id, it]));
  const childTitles = new Map<string, string[]>();
  const children = new Map<string, PlanItem[]>();
  for (const it of items) {
    if (!it.parent) continue;
    childTitles.set(it.parent, [...(childTitles.get(it.parent) ?? []), it.title]);
    children.set(it.parent, [...(children.get(it.parent) ?? []), it]);
  }
  const rules = new Map<string, ItemLabels>();
  const cache: MatchCache = new WeakMap();
  /** Items whose own title or text names a goal (before anything is handed down). */
  const namesGoal = new Set<string>();
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
    if (hasOwnGoal(labels)) namesGoal.add(item.id);
    const parent = item.parent ? byId.get(item.parent) : undefined;
    if (
      (labels.categories.length === 0 || labels.sdgs.length === 0) &&
      parent &&
      depth < items.length
    ) {
      labels = inheritLabels(labels, labelOne(parent, depth + 1));
    }
    rules.set(item.id, labels);
    return labels;
  };

  for (const item of items) labelOne(item, 0);
  // Nothing fired in an item nor in its headings: what the items under it are about decides, then
  // (passed down to the items under it that inherited nothing) the plan's most common category.
  const unlabelled = items.filter((it) => rules.get(it.id)?.categories.length === 0);
  const fallbacks: string[] = [];
  const majority = unlabelled.length > 0 ? findPlanMajority(rules) : undefined;
  for (const it of unlabelled) {
    const own = rules.get(it.id)!;
    if (own.categories.length > 0) continue;
    const below = findDescendantMajority(it.id, children, rules);
    const label = below ?? majority!;
    const assign = (id: string) => {
      const r = rules.get(id)!;
      if (r.categories.length > 0) return;
      if (!below) fallbacks.push(id);
      rules.set(id, {
        ...r,
        categories: [label],
        evidence: [{ label, terms: [], score: 0 }, ...r.evidence],
      });
      for (const child of children.get(id) ?? []) assign(child.id);
    };
    assign(it.id);
  }

  // An item with one category and no goal of its own, nor from its headings, serves the goal its
  // category mainly serves (health → 3 …), when the field vocabulary names one.
  const goals = lexicon.categoryGoals ?? {};
  for (const [id, r] of rules) {
    const category = r.categories.length === 1 ? r.categories[0]! : undefined;
    const goal = category ? goals[category] : undefined;
    // The goal's evidence is the category's: the terms that made the item a health item …
    const because = r.evidence.find((e) => e.label === category);
    if (r.sdgs.length > 0 || goal === undefined || !because || because.terms.length === 0) continue;
    rules.set(id, {
      ...r,
      sdgs: [goal],
      evidence: [...r.evidence, { ...because, label: `sdg:${goal}` }],
    });
  }
  // A heading whose own words name no goal serves what most of the items it holds serve; set
  // after everything else, so the items under it keep what they were handed down.
  for (const item of items) {
    if (namesGoal.has(item.id)) continue;
    const held = goalsOfHeldItems(rules.get(item.id)!, children.get(item.id) ?? [], lexicon, cache);
    if (held) rules.set(item.id, held);
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
        // What the rules saw stays visible beside the curated answer; a guess without terms does not.
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
  return { items: out, rules, fallbacks };
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
