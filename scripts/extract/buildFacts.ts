// Plan-level facts (title, period, vision, layers, population, viewpoints), each tied to the line
// that states it. The curation gives the value and a quote; this finds the line.
import type { PlanFacts } from '../../src/lib/data/schemas';
import type { Curation } from './curation';
import type { SourceDoc } from './selectItems';
import { refAt } from './refAt';

export function buildFacts(docs: Map<string, SourceDoc>, curation: Curation): PlanFacts {
  const p = curation.plan;
  // A fact's quote defaults to its value: a vision or a title is usually quoted as it stands.
  const at = (a: { quote?: string; value?: string | number; file?: string; after?: string }) =>
    refAt(docs, curation, {
      quote: a.quote ?? String(a.value ?? ''),
      file: a.file,
      after: a.after,
    });
  return {
    title: p.title.value,
    ...(p.period
      ? {
          period: {
            start: p.period.start,
            end: p.period.end,
            ...(p.period.note ? { note: p.period.note } : {}),
            source: at(p.period),
          },
        }
      : {}),
    ...(p.vision ? { vision: p.vision.value } : {}),
    layers: p.layers.values,
    provenance: {
      title: at(p.title),
      ...(p.vision ? { vision: at(p.vision) } : {}),
      layers: at(p.layers),
    },
    population: p.population.map((f) => ({
      value: f.value,
      year: f.year,
      kind: f.kind,
      ...(f.note ? { note: f.note } : {}),
      source: at(f),
    })),
    viewpoints: p.viewpoints.map((v) => ({ value: v.value, source: at(v) })),
    ...(p.term ? { term: { value: p.term.value, source: at(p.term) } } : {}),
  };
}
