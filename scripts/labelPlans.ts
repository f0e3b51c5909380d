// Adds categories, SDGs and the evidence behind them to every plan item (rules from the reviewed
// lexicon, then the curated labels with their reasons), writes static/data/taxonomy.json, and
// reports how many items are curated and how often the rules alone agree with the final labels.
import { labelItems, measureRulesAgreement } from '../src/lib/analysis/labelItems';
import type { CompiledLexicon } from '../src/lib/analysis/compileLexicon';
import type { CuratedLabel, Plan } from '../src/lib/data/schemas';
import { buildTaxonomy, writeJsonAtomic } from './taxonomy/buildTaxonomy';
import { PATHS, loadCuration, loadLexicon } from './labelling/loadLabelling';

export interface LabelReport {
  items: number;
  curated: number;
  rulesAgree: number;
  fallbacks: string[];
  /** Curated ids that no plan has any more (the extraction renamed or dropped them). */
  stale: string[];
}

/** Pure: labels the plans with the given lexicon and curation; the report says how it went. */
export function labelPlansWith(
  plans: readonly Plan[],
  lexicon: CompiledLexicon,
  curated: ReadonlyMap<string, CuratedLabel>,
): { plans: Plan[]; report: LabelReport } {
  const known = new Set(plans.flatMap((p) => p.items.map((it) => it.id)));
  const stale = [...curated.keys()].filter((id) => !known.has(id));
  const report: LabelReport = { items: 0, curated: 0, rulesAgree: 0, fallbacks: [], stale };
  const out = plans.map((plan) => {
    const labelled = labelItems(plan.items, lexicon, curated);
    const agreement = measureRulesAgreement(labelled);
    report.items += agreement.items;
    report.curated += agreement.curated;
    report.rulesAgree += agreement.agree;
    report.fallbacks.push(...labelled.fallbacks.filter((id) => !curated.has(id)));
    return { ...plan, items: labelled.items };
  });
  return { plans: out, report };
}

export function labelPlans(plans: Plan[]): Plan[] {
  const { plans: out, report } = labelPlansWith(plans, loadLexicon(), loadCuration());
  writeJsonAtomic(PATHS.taxonomy, buildTaxonomy());
  const rate = report.items === 0 ? 1 : report.rulesAgree / report.items;
  console.log(
    `labels: ${report.items} items, ${report.curated} curated, rules alone agree with the final labels on ${report.rulesAgree} (${(rate * 100).toFixed(1)}%)`,
  );
  if (report.stale.length > 0) {
    console.warn(`labels: curated ids no plan has: ${report.stale.join(', ')}`);
  }
  if (report.fallbacks.length > 0) {
    console.warn(
      `labels: no term fired for ${report.fallbacks.length} items (given the plan's most common category; curate them): ${report.fallbacks.join(', ')}`,
    );
  }
  return out;
}
