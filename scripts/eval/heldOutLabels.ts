// Held-out figures for the labeller: each seed city scored with the terms only its own text
// motivated removed (leave-one-city-out), and the made-up plans of the reader's dev set, which the
// lexicon was not written from. Training figures (every term, every city) sit beside them.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  compileLexicon,
  type CompiledLexicon,
  type RawLexicon,
} from '../../src/lib/analysis/compileLexicon';
import {
  findCityOnlyTerms,
  withoutCityTerms,
  type TermSources,
} from '../../src/lib/analysis/heldOutLexicon';
import { labelItems } from '../../src/lib/analysis/labelItems';
import { scoreCategories } from '../../src/lib/analysis/scoreCategories';
import { CATEGORY_IDS, type EvalItem, type PlanItem } from '../../src/lib/data/schemas';
import { strict } from './readerScore';

/** Labels measured on one set: strict = must ⊆ predicted ⊆ must ∪ acceptable, per item. */
export interface LabelFigures {
  items: number;
  labelsStrict: number;
  macroF1: number;
  /** Items whose SDGs are judged: gold names goals, or the labeller gave some. */
  sdgItems: number;
  sdgsStrict: number;
}

export interface GoldLabels {
  id: string;
  must: readonly string[];
  ok: readonly string[];
  /** Undefined: the item's goals are not judged (the seed set leaves unclear ones out). */
  sdgs?: readonly number[];
  sdgsOk?: readonly number[];
}

export function scoreLabelSet(
  gold: readonly GoldLabels[],
  categories: ReadonlyMap<string, readonly string[]>,
  sdgs: ReadonlyMap<string, readonly number[]>,
): LabelFigures {
  let labels = 0;
  let sdgItems = 0;
  let sdgOk = 0;
  for (const g of gold) {
    if (strict(categories.get(g.id) ?? [], g.must, g.ok)) labels++;
    if (g.sdgs === undefined) continue;
    const got = sdgs.get(g.id) ?? [];
    if (g.sdgs.length === 0 && got.length === 0) continue;
    sdgItems++;
    if (strict(got, g.sdgs, g.sdgsOk ?? [])) sdgOk++;
  }
  const report = scoreCategories(
    gold.map((g) => ({ id: g.id, must: g.must, acceptable: g.ok })),
    categories,
    CATEGORY_IDS,
  );
  return {
    items: gold.length,
    labelsStrict: gold.length ? labels / gold.length : 1,
    macroF1: report.macroF1,
    sdgItems,
    sdgsStrict: sdgItems ? sdgOk / sdgItems : 1,
  };
}

function predict(items: readonly PlanItem[], lexicon: CompiledLexicon) {
  const { rules } = labelItems(items, lexicon);
  return {
    categories: new Map([...rules].map(([id, l]) => [id, l.categories])),
    sdgs: new Map([...rules].map(([id, l]) => [id, l.sdgs])),
  };
}

const fromEval = (e: EvalItem): GoldLabels => ({
  id: e.id,
  must: e.must,
  ok: e.acceptable,
  ...(e.sdgs ? { sdgs: e.sdgs } : {}),
});

export interface CityHeldOut {
  city: string;
  items: number;
  /** Terms only this city's text motivated, removed when it is scored. */
  removedTerms: number;
  training: LabelFigures;
  heldOut: LabelFigures;
}

/** Rules alone, no curation: each city labelled on its own, with and without its own terms. */
export function leaveOneCityOut(
  items: readonly PlanItem[],
  raw: RawLexicon,
  sources: TermSources,
  evalItems: readonly EvalItem[],
): { cities: CityHeldOut[]; training: LabelFigures; heldOut: LabelFigures } {
  const full = compileLexicon(raw);
  const cityOf = (id: string) => id.split('/')[0] ?? '';
  const cities = [...new Set(items.map((it) => cityOf(it.id)))];
  const pooled = { train: predict([], full), held: predict([], full) };
  const out: CityHeldOut[] = [];
  for (const city of cities) {
    const own = items.filter((it) => cityOf(it.id) === city);
    const gold = evalItems.filter((g) => cityOf(g.id) === city).map(fromEval);
    if (gold.length === 0) continue;
    const train = predict(own, full);
    const held = predict(own, compileLexicon(withoutCityTerms(raw, sources, city)));
    for (const [k, v] of train.categories) pooled.train.categories.set(k, v);
    for (const [k, v] of train.sdgs) pooled.train.sdgs.set(k, v);
    for (const [k, v] of held.categories) pooled.held.categories.set(k, v);
    for (const [k, v] of held.sdgs) pooled.held.sdgs.set(k, v);
    out.push({
      city,
      items: gold.length,
      removedTerms: findCityOnlyTerms(sources, city).size,
      training: scoreLabelSet(gold, train.categories, train.sdgs),
      heldOut: scoreLabelSet(gold, held.categories, held.sdgs),
    });
  }
  const gold = evalItems.filter((g) => cities.includes(cityOf(g.id))).map(fromEval);
  return {
    cities: out,
    training: scoreLabelSet(gold, pooled.train.categories, pooled.train.sdgs),
    heldOut: scoreLabelSet(gold, pooled.held.categories, pooled.held.sdgs),
  };
}

/** A dev-set gold item (tests/fixtures/plans/<id>/gold.json). */
export interface DevGoldItem {
  title: string;
  level: number;
  parent: string | null;
  must: string[];
  ok: string[];
  sdgs: number[];
  sdgsOk: number[];
}

export interface DevFixture {
  fixture: string;
  dir: string;
  input: string;
  name: string;
  prefecture?: string;
  items: DevGoldItem[];
}

export function loadDevFixtures(root: string): DevFixture[] {
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .sort()
    .filter((name) => existsSync(join(root, name, 'gold.json')))
    .map((name) => {
      const gold = JSON.parse(readFileSync(join(root, name, 'gold.json'), 'utf8')) as DevFixture;
      return { ...gold, fixture: name, dir: join(root, name) };
    });
}

/**
 * The gold tree of a fixture as plan items (title and parent only): the labeller measured apart
 * from the reader. A parent is the nearest earlier item of a higher level with that title.
 */
export function goldTreeItems(fixture: DevFixture): { items: PlanItem[]; gold: GoldLabels[] } {
  const items: PlanItem[] = [];
  const gold: GoldLabels[] = [];
  fixture.items.forEach((g, i) => {
    const id = `${fixture.fixture}/${i}`;
    let parent: string | undefined;
    for (let j = i - 1; j >= 0 && g.parent !== null; j--) {
      const p = fixture.items[j]!;
      if (p.title === g.parent && p.level < g.level) {
        parent = `${fixture.fixture}/${j}`;
        break;
      }
    }
    items.push({
      id,
      ...(parent ? { parent } : {}),
      kind: 'measure',
      title: g.title,
      source: { file: fixture.input, line: 1, endLine: 1, quote: g.title },
    } as PlanItem);
    gold.push({ id, must: g.must, ok: g.ok, sdgs: g.sdgs, sdgsOk: g.sdgsOk });
  });
  return { items, gold };
}

/** Every dev-set fixture's gold tree labelled with the full lexicon, pooled over items. */
export function scoreDevTrees(
  fixtures: readonly DevFixture[],
  lexicon: CompiledLexicon,
): LabelFigures {
  const categories = new Map<string, readonly string[]>();
  const sdgs = new Map<string, readonly number[]>();
  const gold: GoldLabels[] = [];
  for (const f of fixtures) {
    const tree = goldTreeItems(f);
    const pred = predict(tree.items, lexicon);
    for (const [k, v] of pred.categories) categories.set(k, v);
    for (const [k, v] of pred.sdgs) sdgs.set(k, v);
    gold.push(...tree.gold);
  }
  return scoreLabelSet(gold, categories, sdgs);
}
