// The lexicon the labeller uses: the reviewed terms of lexicon.json over the field vocabulary
// (fieldVocabulary.json). One place, so the build, the CLI reader and the browser worker label
// with the same terms.
import type { RawLexicon } from './compileLexicon';
import fieldJson from './fieldVocabulary.json';
import lexiconJson from './lexicon.json';

export interface FieldVocabulary {
  categories: Record<string, Record<string, number>>;
  sdgs: Record<string, Record<string, number>>;
  categoryGoals?: Record<string, number>;
}

/** Field terms added to each table; a term the lexicon already weighs for that label keeps its weight. */
export function mergeLexicon(base: RawLexicon, field: FieldVocabulary): RawLexicon {
  const merge = (
    tables: Record<string, Record<string, number>>,
    extra: Record<string, Record<string, number>>,
  ) => {
    const out: Record<string, Record<string, number>> = {};
    for (const key of new Set([...Object.keys(tables), ...Object.keys(extra)]))
      out[key] = { ...(extra[key] ?? {}), ...(tables[key] ?? {}) };
    return out;
  };
  return {
    ...base,
    categories: merge(base.categories, field.categories),
    sdgs: merge(base.sdgs, field.sdgs),
    ...(base.categoryGoals || field.categoryGoals
      ? { categoryGoals: { ...field.categoryGoals, ...base.categoryGoals } }
      : {}),
  };
}

export const BASE_LEXICON = lexiconJson as unknown as RawLexicon;
export const FIELD_VOCABULARY = fieldJson as unknown as FieldVocabulary;
export const RAW_LEXICON: RawLexicon = mergeLexicon(BASE_LEXICON, FIELD_VOCABULARY);
