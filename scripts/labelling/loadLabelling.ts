// What the labelling scripts read besides the plans: the lexicon, the curated labels and the
// evaluation set, each parsed before use.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod/mini';
import {
  compileLexicon,
  type CompiledLexicon,
  type RawLexicon,
} from '../../src/lib/analysis/compileLexicon';
import { mergeLexicon, type FieldVocabulary } from '../../src/lib/analysis/defaultLexicon';
import { CuratedLabel, EvalItem, EvalPair, Plan } from '../../src/lib/data/schemas';

export const ROOT = join(import.meta.dirname, '..', '..');
export const PATHS = {
  lexicon: join(ROOT, 'src/lib/analysis/lexicon.json'),
  fieldVocabulary: join(ROOT, 'src/lib/analysis/fieldVocabulary.json'),
  termSources: join(ROOT, 'scripts/labelling/termSources.json'),
  devPlans: join(ROOT, 'tests/fixtures/plans'),
  curation: join(ROOT, 'scripts/curation/labels.json'),
  plans: join(ROOT, 'static/data/plans'),
  taxonomy: join(ROOT, 'static/data/taxonomy.json'),
  evaluation: join(ROOT, 'static/data/evaluation.json'),
  evalItems: join(ROOT, 'tests/eval/items.json'),
  evalPairs: join(ROOT, 'tests/eval/pairs.json'),
};

export const CITY_ORDER = ['nihonmatsu', 'ichinoseki', 'hiratsuka', 'iwaki'];

function parseFile<T>(path: string, schema: z.ZodMiniType<T>): T {
  const parsed = schema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** The lexicon over the field vocabulary, as raw tables (the held-out evaluation edits them). */
export function loadRawLexicon(): RawLexicon {
  const base = JSON.parse(readFileSync(PATHS.lexicon, 'utf8')) as RawLexicon;
  const field = JSON.parse(readFileSync(PATHS.fieldVocabulary, 'utf8')) as FieldVocabulary;
  return mergeLexicon(base, field);
}

export function loadLexicon(): CompiledLexicon {
  return compileLexicon(loadRawLexicon());
}

/** Which seed cities motivated each term (scripts/labelling/termSources.json, see tagTerms.ts). */
export function loadTermSources(): Record<string, string[]> {
  const parsed = z
    .object({ note: z.optional(z.string()), terms: z.record(z.string(), z.array(z.string())) })
    .safeParse(JSON.parse(readFileSync(PATHS.termSources, 'utf8')));
  if (!parsed.success) throw new Error(`${PATHS.termSources}: ${z.prettifyError(parsed.error)}`);
  return parsed.data.terms;
}

const CurationFile = z.object({ note: z.optional(z.string()), labels: z.array(CuratedLabel) });

export function loadCuration(): Map<string, CuratedLabel> {
  if (!existsSync(PATHS.curation)) return new Map();
  const { labels } = parseFile(PATHS.curation, CurationFile);
  const byId = new Map<string, CuratedLabel>();
  for (const label of labels) {
    if (byId.has(label.id)) throw new Error(`${PATHS.curation}: ${label.id} is curated twice`);
    byId.set(label.id, label);
  }
  return byId;
}

/** The plans on disk, known cities first; labels already in them are ignored by the callers. */
export function loadPlans(): Plan[] {
  if (!existsSync(PATHS.plans)) return [];
  const files = CITY_ORDER.map((c) => `${c}.json`).filter((f) => existsSync(join(PATHS.plans, f)));
  return files.map((f) => parseFile(join(PATHS.plans, f), Plan));
}

// The evaluation set may be a bare array or wrapped in { items } / { pairs }.
const unwrap = (json: unknown, key: string): unknown =>
  json && typeof json === 'object' && !Array.isArray(json)
    ? (json as Record<string, unknown>)[key]
    : json;

export function loadEvalItems(): EvalItem[] | null {
  if (!existsSync(PATHS.evalItems)) return null;
  const json = unwrap(JSON.parse(readFileSync(PATHS.evalItems, 'utf8')), 'items');
  const parsed = z.array(EvalItem).safeParse(json);
  if (!parsed.success) throw new Error(`${PATHS.evalItems}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

export function loadEvalPairs(): EvalPair[] | null {
  if (!existsSync(PATHS.evalPairs)) return null;
  const json = unwrap(JSON.parse(readFileSync(PATHS.evalPairs, 'utf8')), 'pairs');
  const parsed = z.array(EvalPair).safeParse(json);
  if (!parsed.success) throw new Error(`${PATHS.evalPairs}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
