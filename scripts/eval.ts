// npm run eval: measures labelling and concept matching on the hand-labelled evaluation set
// (tests/eval/), prints the figures and writes static/data/evaluation.json for the method page.
//   --tune    also print the best threshold combinations of the grid
//   --errors  also list evaluation items the rules get wrong
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CategoryReport } from '../src/lib/data/schemas';
import { labelItems } from '../src/lib/analysis/labelItems';
import { tuneParams } from '../src/lib/analysis/tuneParams';
import { writeJsonAtomic } from './taxonomy/buildTaxonomy';
import { GRID, SDG_GRID, runEvaluation, type PairJudge } from './eval/runEvaluation';
import { loadDevFixtures, type DevFixture } from './eval/heldOutLabels';
import { meanRates, scoreFixture } from './eval/readerScore';
import { loadUnseenFirstRead, loadUnseenPlans, scoreUnseenPlans } from './eval/unseenTitles';
import { readPlan } from '../src/lib/reader/readPlan';
import { evaluateConcepts, isDevId, printConceptEvaluation } from './eval/conceptEvaluation';
import { readSources } from './buildConcepts';
import { Evaluation } from '../src/lib/data/schemas';
import {
  PATHS,
  loadRawLexicon,
  loadTermSources,
  loadCuration,
  loadEvalItems,
  loadEvalPairs,
  loadLexicon,
  loadPlans,
} from './labelling/loadLabelling';

const args = new Set(process.argv.slice(2));
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
const f3 = (x: number) => x.toFixed(3);

async function loadPairJudge(): Promise<PairJudge | null> {
  try {
    const mod = (await import('../src/lib/analysis/matchConcepts')) as {
      matchItemPair?: PairJudge;
    };
    return mod.matchItemPair ?? null;
  } catch {
    return null;
  }
}

function printCategories(title: string, r: CategoryReport): void {
  console.log(`\n${title} (${r.items} items)`);
  console.log('category         support  predicted  precision  recall      F1');
  for (const c of r.categories) {
    console.log(
      `${c.id.padEnd(16)} ${String(c.support).padStart(7)} ${String(c.predicted).padStart(10)}  ${pct(c.precision)}   ${pct(c.recall)} ${pct(c.f1)}`,
    );
  }
  console.log(`macro-F1 ${f3(r.macroF1)}   micro-F1 ${f3(r.microF1)}   exact ${pct(r.exactRate)}`);
}

function printConfusion(r: CategoryReport): void {
  const short = r.confusion.labels.map((l) => l.slice(0, 6));
  console.log('\nconfusion (rows: must label; columns: predicted; none = nothing)');
  console.log(`${''.padEnd(8)}${short.map((s) => s.padStart(7)).join('')}`);
  r.confusion.matrix.forEach((row, i) => {
    console.log(`${(short[i] ?? '').padEnd(8)}${row.map((n) => String(n).padStart(7)).join('')}`);
  });
}

/** The reader run end to end on each dev-set input, scored as npm run eval:reader scores it. */
async function measureDevReader(fixtures: readonly DevFixture[]) {
  if (fixtures.length === 0) return null;
  const scores = [];
  for (const f of fixtures) {
    const bytes = new Uint8Array(readFileSync(join(f.dir, f.input)));
    const result = await readPlan(bytes, {
      id: 'devset',
      name: f.name,
      prefecture: f.prefecture,
      fileName: f.input,
    });
    scores.push(scoreFixture(f.items as never, result.plan.items));
  }
  const m = meanRates(scores);
  return { fixtures: scores.length, found: m.own, labelsStrict: m.labels, sdgsStrict: m.sdgs };
}

/** tests/eval/unique.json (seeds) or unique-dev.json (dev-set plans): items one plan alone pursues, by hand. */
function loadUniqueGold(file = 'unique.json'): string[] {
  const path = join(ROOT, 'tests/eval', file);
  if (!existsSync(path)) return [];
  return (JSON.parse(readFileSync(path, 'utf8')) as { id: string }[]).map((u) => u.id);
}

async function main(): Promise<void> {
  const plans = loadPlans();
  const items = plans.flatMap((p) => p.items);
  const evalItems = loadEvalItems();
  if (plans.length === 0) throw new Error(`no plans under ${PATHS.plans}`);
  if (!evalItems) {
    console.log(`no evaluation set at ${PATHS.evalItems}: nothing to measure yet`);
    return;
  }
  const lexicon = loadLexicon();
  const curated = loadCuration();
  const judgePair = await loadPairJudge();
  const devFixtures = loadDevFixtures(PATHS.devPlans);
  const devReader = await measureDevReader(devFixtures);
  const { evaluation: e, unknownIds } = runEvaluation({
    items,
    lexicon,
    curated,
    evalItems,
    evalPairs: loadEvalPairs()?.filter((p) => !isDevId(p.a) && !isDevId(p.b)) ?? null,
    judgePair,
    heldOut: true,
    raw: loadRawLexicon(),
    termSources: loadTermSources(),
    devFixtures,
    devReader,
  });

  console.log(`evaluation set: ${e.evalSet.items} items ${JSON.stringify(e.evalSet.byCity)}`);
  if (unknownIds.length > 0) console.log(`  not in the plans: ${unknownIds.join(', ')}`);
  printCategories('rules alone', e.rulesOnly);
  printConfusion(e.rulesOnly);
  printCategories('final labels (rules + curation)', e.final);
  if (e.heldOut)
    console.log(`\nheld-out macro-F1 (2-fold threshold choice): ${f3(e.heldOut.macroF1)}`);
  console.log(
    e.sdgs
      ? `\nSDG agreement (${e.sdgs.items} items): precision ${pct(e.sdgs.precision)} recall ${pct(e.sdgs.recall)} F1 ${pct(e.sdgs.f1)} mean Jaccard ${f3(e.sdgs.jaccard)}`
      : '\nSDG agreement: the evaluation set states no goals',
  );
  console.log(
    e.pairs
      ? `pairs (${e.pairs.pairs}, ${e.pairs.missing} missing): precision ${pct(e.pairs.precision)} recall ${pct(e.pairs.recall)} F1 ${pct(e.pairs.f1)}  tp ${e.pairs.tp} fp ${e.pairs.fp} fn ${e.pairs.fn} tn ${e.pairs.tn}`
      : `pairs: not available (${judgePair ? 'no tests/eval/pairs.json' : 'matchItemPair not found'})`,
  );
  const cut = e.pairs?.bestCut;
  if (e.pairs) {
    console.log(
      cut
        ? `  best score cut at precision ≥ ${e.targets.pairPrecision}: score ≥ ${f3(cut.threshold)} gives precision ${pct(cut.precision)} recall ${pct(cut.recall)}`
        : `  no score cut reaches precision ≥ ${e.targets.pairPrecision}`,
    );
  }
  const h = e.heldOutLabels;
  if (h) {
    const line = (
      name: string,
      x: { labelsStrict: number; macroF1: number; sdgsStrict: number; items: number },
    ) =>
      console.log(
        `  ${name.padEnd(34)} labels strict ${pct(x.labelsStrict)}  macro-F1 ${f3(x.macroF1)}  SDGs strict ${pct(x.sdgsStrict)}  (${x.items} items)`,
      );
    console.log(`\nheld-out labels (terms: ${JSON.stringify(h.terms)})`);
    line('seeds, training (all terms)', h.loo.training);
    line('seeds, leave-one-city-out', h.loo.heldOut);
    for (const c of h.loo.cities)
      line(`  ${c.city} without ${c.removedTerms} own terms`, c.heldOut);
    if (h.devSet) line(`dev set gold trees (${h.devSet.fixtures} plans)`, h.devSet.labeller);
    if (h.devSet?.reader)
      console.log(
        `  dev set, reader end to end: found ${pct(h.devSet.reader.found)}  labels strict ${pct(h.devSet.reader.labelsStrict)}  SDGs strict ${pct(h.devSet.reader.sdgsStrict)}`,
      );
  }
  // Every hand-written unseen-titles file, each on its own line (the first one has been tuned on;
  // tests/eval/README.md says which figure of each is a first read).
  const unseenFiles = readdirSync(join(ROOT, 'tests/eval'))
    .filter((f) => /^unseen-titles.*\.json$/.test(f))
    .sort((a, b) => a.length - b.length || a.localeCompare(b));
  const unseenTitles = [];
  for (const file of unseenFiles) {
    const unseen = scoreUnseenPlans(loadUnseenPlans(join(ROOT, 'tests/eval', file)), lexicon);
    if (!unseen) continue;
    const { wrong, wrongGoals, ...figures } = unseen;
    const firstRead = loadUnseenFirstRead(join(ROOT, 'tests/eval', file));
    unseenTitles.push({ file, ...figures, ...(firstRead ? { firstRead } : {}) });
    console.log(
      `  ${`unseen titles (${file.replace(/\.json$/, '')})`.padEnd(34)} labels strict ${pct(unseen.labelsStrict)}  macro-F1 ${f3(unseen.macroF1)}  SDGs strict ${pct(unseen.sdgsStrict)}  (${unseen.items} items; ${unseen.silent} fire no term of their own, ${unseen.silentRight} of them still right)`,
    );
    if (args.has('--errors'))
      for (const w of wrong)
        console.log(
          `    ${w.title}: must ${w.must.join(',')} ok ${w.ok.join(',')} | got ${w.got.join(',')}`,
        );
    if (args.has('--errors'))
      for (const w of wrongGoals)
        console.log(
          `    goals ${w.title}: must ${w.must.join(',')} ok ${w.ok.join(',')} | got ${w.got.join(',')}`,
        );
  }
  const l = e.labelling;
  console.log(
    `labelling: ${l.items} items, ${l.curated} curated, rules alone agree with the final labels on ${l.rulesAgree} (${pct(l.rulesAgreement).trim()})`,
  );
  console.log(
    `targets: macro-F1 ≥ ${e.targets.macroF1} rules alone: ${e.targets.macroF1Met ? 'met' : 'NOT met'}; pairs recall ≥ ${e.targets.pairRecall} at precision ≥ ${e.targets.pairPrecision}: ${e.targets.pairsMet === null ? 'n/a' : e.targets.pairsMet ? 'met' : 'NOT met'}`,
  );

  if (args.has('--tune')) {
    const gold = evalItems.filter((g) => items.some((it) => it.id === g.id));
    console.log('\nbest threshold combinations:');
    for (const t of tuneParams(items, gold, lexicon, GRID).slice(0, 10)) {
      const p = t.params;
      console.log(
        `  ${f3(t.score)}  minScore ${p.minScore} relativeScore ${p.relativeScore} parentFactor ${p.parentFactor} textFactor ${p.textFactor}`,
      );
    }
    console.log('best SDG threshold combinations (SDG F1):');
    for (const t of tuneParams(items, gold, lexicon, SDG_GRID, 'sdgs').slice(0, 5)) {
      const p = t.params;
      console.log(
        `  ${f3(t.score)}  sdgMinScore ${p.sdgMinScore} sdgRelativeScore ${p.sdgRelativeScore} sdgMaxLabels ${p.sdgMaxLabels}`,
      );
    }
  }
  if (args.has('--errors')) {
    const { rules } = labelItems(items, lexicon);
    const byId = new Map(items.map((it) => [it.id, it]));
    console.log('\nitems the rules get wrong:');
    for (const g of evalItems) {
      const pred = rules.get(g.id)?.categories ?? [];
      const allowed = new Set([...g.must, ...g.acceptable]);
      if (g.must.every((m) => pred.includes(m)) && pred.every((p) => allowed.has(p as never)))
        continue;
      const ev = rules.get(g.id)?.evidence.filter((x) => !x.label.startsWith('sdg:')) ?? [];
      console.log(
        `  ${g.id} ${byId.get(g.id)?.title ?? '?'}\n    must ${g.must.join(',')} ok ${g.acceptable.join(',')} | got ${pred.join(',')} | ${ev.map((x) => `${x.label} ${x.score} [${x.terms.map((t) => t.term).join(' ')}]`).join('; ')}`,
      );
    }
  }
  const allPairs = loadEvalPairs();
  const concepts = allPairs
    ? evaluateConcepts({
        plans,
        sources: readSources(plans),
        pairs: allPairs,
        uniqueGold: loadUniqueGold(),
        uniqueDevGold: loadUniqueGold('unique-dev.json'),
        devDir: join(ROOT, 'tests/fixtures/plans'),
      })
    : undefined;
  if (concepts) printConceptEvaluation(concepts);
  writeJsonAtomic(
    PATHS.evaluation,
    Evaluation.parse({
      ...e,
      ...(unseenTitles.length > 0 ? { unseenTitles } : {}),
      ...(concepts ? { concepts } : {}),
    }),
  );
  console.log(`\nwrote ${PATHS.evaluation}`);
}

await main();
