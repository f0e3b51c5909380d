// The unseen-titles list (tests/eval/unseen-titles.json): short item titles, a few with a
// sentence of text, written by hand in the wording of plans other than the four seeds, each with
// its gold categories and goals. Scored like the dev set's gold outlines (rules alone, strict), and
// counted for how many items fire no category term in their own title or text.
import { existsSync, readFileSync } from 'node:fs';
import type { CompiledLexicon } from '../../src/lib/analysis/compileLexicon';
import { labelItems } from '../../src/lib/analysis/labelItems';
import type { PlanItem } from '../../src/lib/data/schemas';
import { scoreLabelSet, type GoldLabels, type LabelFigures } from './heldOutLabels';
import { strict } from './readerScore';

export interface UnseenItem {
  title: string;
  text?: string;
  /** Title of the heading the item sits under, in the same plan. */
  parent: string | null;
  must: string[];
  ok: string[];
  sdgs: number[];
  sdgsOk: number[];
}

export interface UnseenPlan {
  name: string;
  items: UnseenItem[];
}

export interface UnseenFigures extends LabelFigures {
  /** Items whose own title and text fire no category term. */
  silent: number;
  /** Of those, the items whose labels are still strictly right (from a heading or below). */
  silentRight: number;
  wrong: { title: string; must: string[]; ok: string[]; got: string[] }[];
  wrongGoals: { title: string; must: number[]; ok: number[]; got: number[] }[];
}

export interface UnseenFirstRead {
  labelsStrict: number;
  sdgsStrict: number;
  silent: number;
  /** When and at which commit it was measured. */
  measured: string;
}

export function loadUnseenPlans(path: string): UnseenPlan[] {
  if (!existsSync(path)) return [];
  return (JSON.parse(readFileSync(path, 'utf8')) as { plans: UnseenPlan[] }).plans;
}

/** The first read a file records of itself (`firstRead`), if any. */
export function loadUnseenFirstRead(path: string): UnseenFirstRead | undefined {
  if (!existsSync(path)) return undefined;
  return (JSON.parse(readFileSync(path, 'utf8')) as { firstRead?: UnseenFirstRead }).firstRead;
}

/** Plan items of one unseen plan: a parent is the nearest earlier item with that title. */
function toPlanItems(plan: UnseenPlan): PlanItem[] {
  return plan.items.map((g, i) => {
    let parent: string | undefined;
    for (let j = i - 1; j >= 0 && g.parent !== null; j--) {
      if (plan.items[j]!.title === g.parent) {
        parent = `${plan.name}/${j}`;
        break;
      }
    }
    return {
      id: `${plan.name}/${i}`,
      ...(parent ? { parent } : {}),
      kind: 'measure',
      title: g.title,
      ...(g.text ? { text: g.text } : {}),
      source: { file: plan.name, line: 1, endLine: 1, quote: g.title },
    } as PlanItem;
  });
}

export function scoreUnseenPlans(
  plans: readonly UnseenPlan[],
  lexicon: CompiledLexicon,
): UnseenFigures | null {
  if (plans.length === 0) return null;
  const categories = new Map<string, readonly string[]>();
  const sdgs = new Map<string, readonly number[]>();
  const gold: GoldLabels[] = [];
  let silent = 0;
  let silentRight = 0;
  const wrong: UnseenFigures['wrong'] = [];
  const wrongGoals: UnseenFigures['wrongGoals'] = [];
  for (const plan of plans) {
    const items = toPlanItems(plan);
    const { rules } = labelItems(items, lexicon);
    items.forEach((item, i) => {
      const g = plan.items[i]!;
      const r = rules.get(item.id)!;
      categories.set(item.id, r.categories);
      sdgs.set(item.id, r.sdgs);
      gold.push({ id: item.id, must: g.must, ok: g.ok, sdgs: g.sdgs, sdgsOk: g.sdgsOk });
      const right = strict(r.categories, g.must, g.ok);
      const own = r.evidence.some(
        (e) => !e.label.startsWith('sdg:') && e.terms.some((t) => t.from === 'self'),
      );
      if (!own) {
        silent++;
        if (right) silentRight++;
      }
      if (!right) wrong.push({ title: g.title, must: g.must, ok: g.ok, got: r.categories });
      const goalsRight = r.sdgs.length + g.sdgs.length === 0 || strict(r.sdgs, g.sdgs, g.sdgsOk);
      if (!goalsRight) wrongGoals.push({ title: g.title, must: g.sdgs, ok: g.sdgsOk, got: r.sdgs });
    });
  }
  return { ...scoreLabelSet(gold, categories, sdgs), silent, silentRight, wrong, wrongGoals };
}
