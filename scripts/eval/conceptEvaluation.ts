// Measures shared concepts and unique approaches against the hand-labelled sets (tests/eval/
// pairs.json, unique.json): pair precision and recall per matching method, on the seed plans
// (training: the synonym lexicon was written from them), leave-one-city-out (each city scored
// with the synonyms only its own text motivated removed) and on the made-up plans of the reader's
// dev set (the lexicon never saw them); unique-approach recall and how many single-city
// approaches are shown inside a shared concept, training, leave-one-city-out and on the dev set's
// made-up plans (tests/eval/unique-dev.json).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  makeConcepts,
  type ConceptOptions,
  type ConceptPlan,
} from '../../src/lib/analysis/makeConcepts';
import { compileWithoutCity, SYNONYMS } from '../../src/lib/analysis/matchLexicon';
import { FIELD_VOCABULARY } from '../../src/lib/analysis/defaultLexicon';
import { normalizeForMatch } from '../../src/lib/analysis/extractTerms';
import { scorePairs, type GoldPair } from '../../src/lib/analysis/scorePairs';
import type { ConceptEvaluation, Concepts, EvalPair, ItemKind } from '../../src/lib/data/schemas';
import { toQuoteKey } from '../../src/lib/analysis/locateQuote';

export const CONCEPT_TARGETS = {
  pairRecall: 0.85,
  pairPrecision: 0.9,
  uniqueRecall: 0.6,
  uniqueShownShared: 0.1,
};

/** How two items are called the same. */
export const METHODS = [
  { id: 'title', readText: false, near: false, level: 'any' },
  { id: 'sentence', readText: true, near: false, level: 'any' },
  { id: 'sentence-near', readText: true, near: true, level: 'any' },
  { id: 'sentence-close', readText: true, near: true, level: 'close' },
] as const;
export type MethodId = (typeof METHODS)[number]['id'];

export interface PairFigures {
  pairs: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
}

export interface UniqueFigures {
  gold: number;
  found: number;
  recall: number;
  /** Gold single-city approaches that a shared concept holds. */
  shownShared: number;
  shownSharedRate: number;
  /** Unique approaches listed (all cities). */
  entries: number;
}

/** Every term of the field vocabulary (categories and SDG goals), normalized. */
export function fieldTerms(): Set<string> {
  const tables = [
    ...Object.values(FIELD_VOCABULARY.categories),
    ...Object.values(FIELD_VOCABULARY.sdgs),
  ];
  return new Set(tables.flatMap((t) => Object.keys(t).map(normalizeForMatch)));
}

export const isDevId = (id: string) => id.startsWith('dev:');
const cityOf = (id: string) => id.slice(0, id.indexOf('/'));

/** Same-concept judge from concepts.json: two items are the same when a concept holds both. */
export function judgeByConcepts(concepts: Concepts, level: 'any' | 'close') {
  const of = new Map<string, Set<string>>();
  for (const c of concepts.concepts) {
    if (level === 'close' && c.level !== 'close') continue;
    for (const id of c.items) {
      const set = of.get(id) ?? new Set<string>();
      set.add(c.id);
      of.set(id, set);
    }
  }
  return (a: string, b: string) => {
    const x = of.get(a);
    const y = of.get(b);
    if (!x || !y) return false;
    for (const c of x) if (y.has(c)) return true;
    return false;
  };
}

function figures(pairs: readonly GoldPair[], judge: (a: string, b: string) => boolean | undefined) {
  const r = scorePairs(pairs, judge);
  return {
    pairs: r.pairs - r.missing,
    tp: r.tp,
    fp: r.fp,
    fn: r.fn,
    tn: r.tn,
    precision: r.precision,
    recall: r.recall,
  };
}

function sum(parts: readonly PairFigures[]): PairFigures {
  const t = { pairs: 0, tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const p of parts) for (const k of Object.keys(t) as (keyof typeof t)[]) t[k] += p[k];
  return {
    ...t,
    precision: t.tp + t.fp ? t.tp / (t.tp + t.fp) : 0,
    recall: t.tp + t.fn ? t.tp / (t.tp + t.fn) : 0,
  };
}

function scoreUnique(concepts: Concepts, gold: readonly string[]): UniqueFigures {
  const listed = new Set(concepts.unique.flatMap((u) => u.items));
  const shared = new Set(concepts.concepts.flatMap((c) => c.items));
  const found = gold.filter((id) => listed.has(id)).length;
  const shownShared = gold.filter((id) => shared.has(id)).length;
  return {
    gold: gold.length,
    found,
    recall: gold.length ? found / gold.length : 0,
    shownShared,
    shownSharedRate: gold.length ? shownShared / gold.length : 0,
    entries: concepts.unique.length,
  };
}

function addUnique(parts: readonly UniqueFigures[]): UniqueFigures {
  const gold = parts.reduce((n, p) => n + p.gold, 0);
  const found = parts.reduce((n, p) => n + p.found, 0);
  const shownShared = parts.reduce((n, p) => n + p.shownShared, 0);
  return {
    gold,
    found,
    recall: gold ? found / gold : 0,
    shownShared,
    shownSharedRate: gold ? shownShared / gold : 0,
    entries: parts.reduce((n, p) => n + p.entries, 0),
  };
}

interface DevGold {
  fixture: string;
  name: string;
  items: { title: string; level: number }[];
}

const KIND_OF_LEVEL: Record<number, ItemKind> = { 1: 'goal', 2: 'policy', 3: 'measure' };

/**
 * The dev set's made-up plans as concept plans, from their gold items (titles only; each its own
 * line of a notional file), and the map from `dev:<fixture>#<title>` to item ids.
 */
export function loadDevPlans(dir: string): { plans: ConceptPlan[]; ids: Map<string, string> } {
  const plans: ConceptPlan[] = [];
  const ids = new Map<string, string>();
  for (const fixture of readdirSync(dir).sort()) {
    let gold: DevGold;
    try {
      gold = JSON.parse(readFileSync(join(dir, fixture, 'gold.json'), 'utf8')) as DevGold;
    } catch {
      continue;
    }
    const city = `dev-${fixture}`;
    const items = gold.items.map((g, n) => {
      const id = `${city}/${n + 1}`;
      ids.set(`dev:${fixture}#${toQuoteKey(g.title)}`, id);
      return {
        id,
        title: g.title,
        kind: KIND_OF_LEVEL[g.level] ?? 'measure',
        source: { file: `sources/${city}.txt`, line: n + 1, quote: g.title },
      };
    });
    plans.push({ id: city, name: { ja: gold.name, en: fixture }, items });
  }
  return { plans, ids };
}

export interface ConceptEvalInput {
  plans: readonly ConceptPlan[];
  sources: ReadonlyMap<string, string>;
  pairs: readonly EvalPair[];
  uniqueGold: readonly string[];
  /** `dev:<fixture>#<gold title>` ids of tests/eval/unique-dev.json: dev-set unique approaches. */
  uniqueDevGold?: readonly string[];
  devDir: string;
}

export function evaluateConcepts(input: ConceptEvalInput): ConceptEvaluation {
  const seedPairs = input.pairs.filter((p) => !isDevId(p.a) && !isDevId(p.b));
  const devPairs = input.pairs.filter((p) => isDevId(p.a) && isDevId(p.b));
  const cities = input.plans.map((p) => p.id);
  const build = (opts: ConceptOptions, plans = input.plans) =>
    makeConcepts(plans, { sources: input.sources, ...opts });

  const dev = loadDevPlans(input.devDir);
  const devKey = (id: string) => {
    const [fixture, title] = id.slice(4).split('#');
    return dev.ids.get(`dev:${fixture}#${toQuoteKey(title ?? '')}`);
  };
  const devGold = devPairs.flatMap((p) => {
    const a = devKey(p.a);
    const b = devKey(p.b);
    return a && b ? [{ a, b, same: p.same }] : [];
  });

  const field = fieldTerms();
  const looConcepts = new Map<string, Map<string, Concepts>>();
  const methods = METHODS.map((m) => {
    const opts = { readText: m.readText, near: m.near };
    const variant = `${m.readText}/${m.near}`;
    const full = build(opts);
    const training = figures(seedPairs, judgeByConcepts(full, m.level));
    const loo = sum(
      cities.map((city) => {
        const byVariant = looConcepts.get(city) ?? new Map<string, Concepts>();
        looConcepts.set(city, byVariant);
        let concepts = byVariant.get(variant);
        if (!concepts) {
          concepts = build({ ...opts, lexicon: compileWithoutCity(city, undefined, field) });
          byVariant.set(variant, concepts);
        }
        const mine = seedPairs.filter((p) => cityOf(p.a) === city || cityOf(p.b) === city);
        return figures(mine, judgeByConcepts(concepts, m.level));
      }),
    );
    const devConcepts = makeConcepts(dev.plans, { ...opts, lexicon: SYNONYMS });
    return {
      id: m.id,
      training,
      leaveOneCityOut: loo,
      dev: figures(devGold, judgeByConcepts(devConcepts, m.level)),
    };
  });

  const shipped = build({});
  // The dev plans as the seeds' training unique figure builds them: default options, the full
  // lexicon (the dev plans have no text, so no sources).
  const devGoldIds = (input.uniqueDevGold ?? []).map((id) => {
    const item = devKey(id);
    if (!item) throw new Error(`unique-dev gold ${id} is not a gold item of a dev-set fixture`);
    return item;
  });
  const devShipped = makeConcepts(dev.plans, { lexicon: SYNONYMS });
  const unique = {
    training: scoreUnique(shipped, input.uniqueGold),
    leaveOneCityOut: addUnique(
      cities.map((city) => {
        const concepts = looConcepts.get(city)!.get('true/true')!;
        const mine = input.uniqueGold.filter((id) => cityOf(id) === city);
        const f = scoreUnique(concepts, mine);
        return { ...f, entries: concepts.unique.filter((u) => u.city === city).length };
      }),
    ),
    dev: scoreUnique(devShipped, devGoldIds),
  };
  return {
    methods,
    unique,
    sets: {
      seedPairs: seedPairs.length,
      devPairs: devGold.length,
      devPlans: dev.plans.length,
      uniqueGold: input.uniqueGold.length,
      uniqueDevGold: devGoldIds.length,
    },
    targets: CONCEPT_TARGETS,
    note: 'Training: the four seed plans, which the synonym lexicon was written from. Leave-one-city-out: each city scored (its pairs, its unique approaches) with the synonyms that only its own text motivated removed, except those whose every word is in the field vocabulary (as for labels); a pair counts once for each of its two cities. Dev: the made-up plans of the reader dev set (titles of their gold items), which the lexicon never saw; 91 of its 201 pairs were added with this method, and its similarity threshold was set while reading their scores, so it is a development figure. Dev unique approaches: items of the made-up plans only that plan pursues (tests/eval/unique-dev.json), picked from the gold titles before the matcher was run on them; scored on makeConcepts with the default options and the full lexicon, as the training unique figure is.',
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The figures as `npm run eval` prints them. */
export function printConceptEvaluation(e: ConceptEvaluation): void {
  console.log(
    `\nshared concepts: ${e.sets.seedPairs} seed pairs, ${e.sets.devPairs} dev-set pairs (${e.sets.devPlans} made-up plans)`,
  );
  console.log('method           set        precision  recall   tp  fp  fn');
  for (const m of e.methods) {
    for (const [set, f] of [
      ['training', m.training],
      ['LOO', m.leaveOneCityOut],
      ['dev', m.dev],
    ] as const) {
      console.log(
        `${m.id.padEnd(16)} ${set.padEnd(9)} ${pct(f.precision).padStart(9)} ${pct(f.recall).padStart(7)} ${String(f.tp).padStart(4)} ${String(f.fp).padStart(3)} ${String(f.fn).padStart(3)}`,
      );
    }
  }
  for (const [set, u] of [
    ['training', e.unique.training],
    ['LOO', e.unique.leaveOneCityOut],
    ...(e.unique.dev ? ([['dev', e.unique.dev]] as const) : []),
  ] as const) {
    console.log(
      `unique approaches (${set}): recall ${pct(u.recall)} (${u.found}/${u.gold}), shown inside a shared concept ${pct(u.shownSharedRate)} (${u.shownShared}), ${u.entries} entries`,
    );
  }
}
