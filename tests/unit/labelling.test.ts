// The labelling on the real plans and the evaluation targets of issue 3. The plans are relabelled
// here from the lexicon and the curation file, so the test follows the code, not a stale build.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { CATEGORY_IDS, Evaluation, Taxonomy, type Plan } from '../../src/lib/data/schemas';
import { labelPlansWith } from '../../scripts/labelPlans';
import { runEvaluation } from '../../scripts/eval/runEvaluation';
import { buildTaxonomy } from '../../scripts/taxonomy/buildTaxonomy';
import { computeTermSources } from '../../scripts/labelling/tagTerms';
import { matchItemPair } from '../../src/lib/analysis/matchConcepts';
import {
  PATHS,
  loadCuration,
  loadEvalItems,
  loadEvalPairs,
  loadLexicon,
  loadPlans,
  loadTermSources,
} from '../../scripts/labelling/loadLabelling';

const SDG_COLORS = [
  '#E5243B',
  '#DDA63A',
  '#4C9F38',
  '#C5192D',
  '#FF3A21',
  '#26BDE2',
  '#FCC30B',
  '#A21942',
  '#FD6925',
  '#DD1367',
  '#FD9D24',
  '#BF8B2E',
  '#3F7E44',
  '#0A97D9',
  '#56C02B',
  '#00689D',
  '#19486A',
];

describe('taxonomy', () => {
  const taxonomy = buildTaxonomy();

  it('lists the seven categories in contract order, each with examples both ways', () => {
    expect(taxonomy.categories.map((c) => c.id)).toEqual([...CATEGORY_IDS]);
    for (const c of taxonomy.categories) {
      expect(c.label.ja && c.label.en && c.description.ja && c.description.en).toBeTruthy();
      expect(c.counts?.length).toBeGreaterThanOrEqual(2);
      expect(c.doesNotCount?.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('lists the 17 SDGs with their official colours and names', () => {
    expect(taxonomy.sdgs.map((g) => g.goal)).toEqual(SDG_COLORS.map((_, i) => i + 1));
    expect(taxonomy.sdgs.map((g) => g.color)).toEqual(SDG_COLORS);
    expect(taxonomy.sdgs[0]?.label).toEqual({ ja: '貧困をなくそう', en: 'No poverty' });
    expect(taxonomy.sdgs[16]?.label.ja).toBe('パートナーシップで目標を達成しよう');
  });

  it('is what static/data/taxonomy.json holds', () => {
    const onDisk = Taxonomy.parse(JSON.parse(readFileSync(PATHS.taxonomy, 'utf8')));
    expect(onDisk).toEqual(taxonomy);
  });
});

describe('labels on the four plans', () => {
  let plans: Plan[];
  let report: ReturnType<typeof labelPlansWith>['report'];
  const curated = loadCuration();
  beforeAll(() => {
    ({ plans, report } = labelPlansWith(loadPlans(), loadLexicon(), curated));
  });

  it('gives every item at least one category, and no item falls back to a guess', () => {
    expect(plans.map((p) => p.id)).toEqual(['nihonmatsu', 'ichinoseki', 'hiratsuka', 'iwaki']);
    for (const it of plans.flatMap((p) => p.items)) {
      expect(it.categories?.length, it.id).toBeGreaterThan(0);
    }
    expect(report.fallbacks).toEqual([]);
  });

  it('backs every rules label with evidence terms', () => {
    for (const it of plans.flatMap((p) => p.items).filter((x) => x.labelledBy === 'rules')) {
      const labels = [...(it.categories ?? []), ...(it.sdgs ?? []).map((g) => `sdg:${g}`)];
      for (const label of labels) {
        const evidence = it.evidence?.find((e) => e.label === label);
        expect(evidence?.terms.length, `${it.id} ${label}`).toBeGreaterThan(0);
      }
    }
  });

  it('gives every curated label a written reason, for an item that exists', () => {
    expect(report.stale).toEqual([]);
    const items = plans.flatMap((p) => p.items).filter((x) => x.labelledBy === 'curated');
    expect(items.map((x) => x.id).sort()).toEqual([...curated.keys()].sort());
    for (const it of items) expect(it.labelReason?.length, it.id).toBeGreaterThan(40);
  });

  it('keeps curation rare: the rules alone agree on at least 95% of items', () => {
    expect(report.curated).toBeLessThanOrEqual(report.items * 0.05);
    expect(report.rulesAgree / report.items).toBeGreaterThanOrEqual(0.95);
  });
});

describe('term provenance', () => {
  it('tags every lexicon term as the lexicon and the seed texts give (npm run lexicon:tag)', () => {
    expect(loadTermSources()).toEqual(computeTermSources());
  });
});

describe('evaluation set and targets', () => {
  const evalItems = loadEvalItems() ?? [];
  const evalPairs = loadEvalPairs() ?? [];
  const { evaluation, unknownIds } = runEvaluation({
    items: loadPlans().flatMap((p) => p.items),
    lexicon: loadLexicon(),
    curated: loadCuration(),
    evalItems,
    evalPairs,
    judgePair: matchItemPair,
  });

  it('has at least 150 items across the four cities and 60 cross-city pairs', () => {
    expect(unknownIds).toEqual([]);
    expect(evaluation.evalSet.items).toBeGreaterThanOrEqual(150);
    expect(Object.keys(evaluation.evalSet.byCity).sort()).toEqual([
      'hiratsuka',
      'ichinoseki',
      'iwaki',
      'nihonmatsu',
    ]);
    expect(evalPairs.length).toBeGreaterThanOrEqual(60);
    for (const p of evalPairs) expect(p.a.split('/')[0]).not.toBe(p.b.split('/')[0]);
  });

  it('reaches macro-F1 ≥ 0.90 with the rules alone', () => {
    expect(evaluation.rulesOnly.macroF1).toBeGreaterThanOrEqual(0.9);
  });

  it('reaches pair recall ≥ 0.90 at precision ≥ 0.85', () => {
    expect(evaluation.pairs?.missing).toBe(0);
    expect(evaluation.pairs?.precision).toBeGreaterThanOrEqual(0.85);
    expect(evaluation.pairs?.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('publishes figures the schema accepts in static/data/evaluation.json', () => {
    const onDisk = Evaluation.parse(JSON.parse(readFileSync(PATHS.evaluation, 'utf8')));
    expect(onDisk.targets.macroF1Met).toBe(onDisk.rulesOnly.macroF1 >= onDisk.targets.macroF1);
    expect(onDisk.rulesOnly.confusion.labels).toEqual([...CATEGORY_IDS, 'none']);
  });
});
