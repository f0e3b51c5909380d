// npx tsx scripts/eval/sdgErrors.ts [--list]: what the SDG labeller gets wrong, by kind, on the
// seeds left one city out and on the dev set's gold outlines. For every judged item it says
// whether a required goal was missed or a goal outside required ∪ acceptable was added, which
// goals, and where each predicted goal came from: a term of the item itself, a term of a parent's
// title read with the item, a parent's goals inherited whole, or the categoryGoals fallback.
//   --list   also print each wrong item (title, predicted, required, acceptable, sources)
import {
  compileLexicon,
  type CompiledLexicon,
  type RawLexicon,
} from '../../src/lib/analysis/compileLexicon';
import { withoutCityTerms } from '../../src/lib/analysis/heldOutLexicon';
import { labelItem } from '../../src/lib/analysis/labelItem';
import { labelItems, listParentTitles } from '../../src/lib/analysis/labelItems';
import { CATEGORY_IDS, type PlanItem } from '../../src/lib/data/schemas';
import {
  PATHS,
  loadEvalItems,
  loadPlans,
  loadRawLexicon,
  loadTermSources,
} from '../labelling/loadLabelling';
import { goldTreeItems, loadDevFixtures, type GoldLabels } from './heldOutLabels';

type Source = 'self' | 'parentTitle' | 'inherited' | 'categoryGoals';

interface Judged {
  id: string;
  title: string;
  pred: number[];
  must: readonly number[];
  ok: readonly number[];
  sources: Map<number, Source>;
  /** Required goals missed, and whether any term of theirs fired in the item or its headings. */
  missed: { goal: number; fired: boolean }[];
  extra: number[];
}

/** Every item of one plan labelled, each predicted goal traced to where it came from. */
function judgePlan(
  items: readonly PlanItem[],
  gold: readonly GoldLabels[],
  lexicon: CompiledLexicon,
): Judged[] {
  const withoutFallback: CompiledLexicon = { ...lexicon, categoryGoals: {} };
  const full = labelItems(items, lexicon).rules;
  const noFallback = labelItems(items, withoutFallback).rules;
  const byId = new Map(items.map((it) => [it.id, it]));
  const childTitles = new Map<string, string[]>();
  for (const it of items)
    if (it.parent) childTitles.set(it.parent, [...(childTitles.get(it.parent) ?? []), it.title]);
  // A goal that fired at all, at any score, in the item or its headings (thresholds set aside).
  const loose = { ...lexicon, params: { ...lexicon.params, sdgMinScore: 0, sdgRelativeScore: 0 } };
  loose.params.sdgMaxLabels = 17;
  const out: Judged[] = [];
  for (const g of gold) {
    if (g.sdgs === undefined) continue;
    const item = byId.get(g.id);
    if (!item) continue;
    const pred = full.get(g.id)?.sdgs ?? [];
    if (g.sdgs.length === 0 && pred.length === 0) continue;
    const input = {
      title: item.title,
      text: item.text,
      parentTitles: listParentTitles(item, byId),
      childTitles: childTitles.get(item.id) ?? [],
    };
    const own = labelItem(input, lexicon, CATEGORY_IDS);
    const fired = labelItem(input, loose, CATEGORY_IDS).sdgs;
    const sources = new Map<number, Source>();
    for (const goal of pred) {
      if (own.sdgs.includes(goal)) {
        const ev = own.evidence.find((e) => e.label === `sdg:${goal}`);
        sources.set(goal, ev?.terms.some((t) => t.from === 'self') ? 'self' : 'parentTitle');
      } else if (noFallback.get(g.id)?.sdgs.includes(goal)) sources.set(goal, 'inherited');
      else sources.set(goal, 'categoryGoals');
    }
    const ok = g.sdgsOk ?? [];
    out.push({
      id: g.id,
      title: item.title,
      pred,
      must: g.sdgs,
      ok,
      sources,
      missed: g.sdgs
        .filter((m) => !pred.includes(m))
        .map((goal) => ({ goal, fired: fired.includes(goal) })),
      extra: pred.filter((p) => !g.sdgs!.includes(p) && !ok.includes(p)),
    });
  }
  return out;
}

export function seedsLeftOut(raw: RawLexicon, heldOut = true): Judged[] {
  const items = loadPlans().flatMap((p) => p.items);
  const sources = loadTermSources();
  const evalItems = loadEvalItems() ?? [];
  const cityOf = (id: string) => id.split('/')[0] ?? '';
  const out: Judged[] = [];
  for (const city of [...new Set(items.map((it) => cityOf(it.id)))]) {
    const gold = evalItems
      .filter((e) => cityOf(e.id) === city)
      .map((e): GoldLabels => ({ id: e.id, must: e.must, ok: e.acceptable, sdgs: e.sdgs }));
    const lexicon = compileLexicon(heldOut ? withoutCityTerms(raw, sources, city) : raw);
    out.push(
      ...judgePlan(
        items.filter((it) => cityOf(it.id) === city),
        gold,
        lexicon,
      ),
    );
  }
  return out;
}

export function devTrees(raw: RawLexicon): Judged[] {
  const lexicon = compileLexicon(raw);
  return loadDevFixtures(PATHS.devPlans).flatMap((f) => {
    const tree = goldTreeItems(f);
    return judgePlan(tree.items, tree.gold, lexicon);
  });
}

const countBy = <T>(xs: readonly T[]) => {
  const m = new Map<string, number>();
  for (const x of xs) m.set(String(x), (m.get(String(x)) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1]);
};
const show = (pairs: [string, number][]) => pairs.map(([k, n]) => `${k}:${n}`).join(' ');

function report(name: string, judged: readonly Judged[], list: boolean): void {
  const wrong = judged.filter((j) => j.missed.length > 0 || j.extra.length > 0);
  const strict = 1 - wrong.length / Math.max(1, judged.length);
  console.log(`\n${name}: ${judged.length} judged, strict ${(strict * 100).toFixed(1)}%`);
  const onlyMissed = wrong.filter((j) => j.extra.length === 0).length;
  const onlyExtra = wrong.filter((j) => j.missed.length === 0).length;
  console.log(
    `  wrong ${wrong.length}: missed only ${onlyMissed}, extra only ${onlyExtra}, both ${wrong.length - onlyMissed - onlyExtra}`,
  );
  console.log(`  predicted nothing: ${wrong.filter((j) => j.pred.length === 0).length}`);
  const missed = wrong.flatMap((j) => j.missed);
  console.log(`  missed goals: ${show(countBy(missed.map((m) => m.goal)))}`);
  console.log(
    `  missed with a term fired under threshold: ${missed.filter((m) => m.fired).length}, no term: ${missed.filter((m) => !m.fired).length}`,
  );
  const extras = wrong.flatMap((j) => j.extra.map((g) => ({ g, src: j.sources.get(g)! })));
  console.log(`  extra goals: ${show(countBy(extras.map((e) => e.g)))}`);
  console.log(`  extra by source: ${show(countBy(extras.map((e) => e.src)))}`);
  const all = judged.flatMap((j) =>
    j.pred.map((g) => ({ src: j.sources.get(g)!, right: j.must.includes(g) || j.ok.includes(g) })),
  );
  for (const [src] of countBy(all.map((a) => a.src))) {
    const of = all.filter((a) => a.src === src);
    const right = of.filter((a) => a.right).length;
    console.log(`  predicted from ${src}: ${of.length}, right ${right}`);
  }
  console.log(`  goals per item predicted: ${show(countBy(judged.map((j) => j.pred.length)))}`);
  console.log(`  goals per item required: ${show(countBy(judged.map((j) => j.must.length)))}`);
  if (!list) return;
  for (const j of wrong) {
    const src = j.pred.map((g) => `${g}<${j.sources.get(g)}>`).join(',');
    // A missed goal no term of which fired is marked !: a gap in the vocabulary.
    const missed = j.missed.map((m) => `${m.goal}${m.fired ? '' : '!'}`).join(',');
    console.log(
      `  ${j.title.slice(0, 40).padEnd(40, '　')} pred ${src || '-'} must ${j.must.join(',') || '-'} ok ${j.ok.join(',') || '-'} missed ${missed || '-'}`,
    );
  }
}

export const strictRate = (judged: readonly Judged[]) =>
  judged.filter((j) => j.missed.length === 0 && j.extra.length === 0).length /
  Math.max(1, judged.length);

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const list = process.argv.includes('--list');
  const raw = loadRawLexicon();
  report('seeds, training (every term)', seedsLeftOut(raw, false), false);
  report('seeds, leave-one-city-out', seedsLeftOut(raw), list);
  report('dev set gold outlines', devTrees(raw), list);
}
