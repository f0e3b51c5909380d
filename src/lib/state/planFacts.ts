// Plan-level facts (title, vision, period …) get stable keys so a link can open the source
// viewer on one of them (?fact=vision) the way ?item= opens an item.
import type { PlanFacts, SourceRef } from '$lib/data/schemas';
import { formatCount } from '$lib/i18n/formatCount';

export type FactKind = 'title' | 'vision' | 'layers' | 'period' | 'population' | 'viewpoint';

export interface FactRef {
  key: string;
  kind: FactKind;
  /** The fact as the plan states it (Japanese), for the viewer's heading. */
  text: string;
  source: SourceRef;
}

export function listPlanFacts(plan: PlanFacts): FactRef[] {
  const facts: FactRef[] = [
    { key: 'title', kind: 'title', text: plan.title, source: plan.provenance.title },
  ];
  if (plan.vision && plan.provenance.vision)
    facts.push({
      key: 'vision',
      kind: 'vision',
      text: plan.vision,
      source: plan.provenance.vision,
    });
  if (plan.layers.length && plan.provenance.layers)
    facts.push({
      key: 'layers',
      kind: 'layers',
      text: plan.layers.join(' → '),
      source: plan.provenance.layers,
    });
  if (plan.period)
    facts.push({
      key: 'period',
      kind: 'period',
      text: `${plan.period.start}–${plan.period.end}`,
      source: plan.period.source,
    });
  plan.population.forEach((p, i) =>
    facts.push({
      key: `population-${i}`,
      kind: 'population',
      text: `${formatCount(p.value)}人（${p.year}年）`,
      source: p.source,
    }),
  );
  plan.viewpoints.forEach((v, i) =>
    facts.push({ key: `viewpoint-${i}`, kind: 'viewpoint', text: v.value, source: v.source }),
  );
  return facts;
}
