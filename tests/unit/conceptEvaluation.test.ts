// The concept figures /method shows: the synonym tags they rest on are current, leaving a city
// out removes exactly the synonyms only its text motivated, and evaluation.json's `concepts`
// section (with the dev-set unique figures) is what the evaluation makes of the committed data.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Evaluation, type Concepts } from '../../src/lib/data/schemas';
import { compileWithoutCity, RAW_SYNONYMS, SYNONYMS } from '../../src/lib/analysis/matchLexicon';
import { tagTerms } from '../../scripts/tagSynonyms';
import { readPlans, readSources } from '../../scripts/buildConcepts';
import {
  evaluateConcepts,
  fieldTerms,
  judgeByConcepts,
} from '../../scripts/eval/conceptEvaluation';

const ROOT = resolve(import.meta.dirname, '../..');
const plans = readPlans();

describe('synonym tags', () => {
  it('name, for every term, the seed cities whose text contains it (npx tsx scripts/tagSynonyms.ts)', () => {
    const tags = tagTerms(RAW_SYNONYMS, plans);
    for (const c of RAW_SYNONYMS) expect(c.motivatedBy, c.id).toEqual(tags[c.id]);
  });

  it('leave-one-city-out drops the terms only that city motivated, and keeps shared ones', () => {
    const terms = (lex: typeof SYNONYMS) =>
      new Set(lex.concepts.flatMap((c) => c.terms.map((t) => t.join('+'))));
    const all = terms(SYNONYMS);
    const without = terms(compileWithoutCity('iwaki'));
    const only = RAW_SYNONYMS.flatMap((c) =>
      c.terms.filter((t) => {
        const by = c.motivatedBy?.[t] ?? [];
        return by.length === 1 && by[0] === 'iwaki';
      }),
    );
    expect(only.length).toBeGreaterThan(0);
    expect(without.size).toBe(all.size - only.length);
    expect(without.has('シティセールス')).toBe(false);
    expect(without.has('協働')).toBe(true);
  });

  it('keeps a city-only term that is a word of the field vocabulary, as the labels do', () => {
    const terms = (lex: typeof SYNONYMS) =>
      new Set(lex.concepts.flatMap((c) => c.terms.map((t) => t.join('+'))));
    const field = fieldTerms();
    expect(field.has('シティセールス')).toBe(true);
    const kept = terms(compileWithoutCity('iwaki', undefined, field));
    expect(kept.has('シティセールス')).toBe(true);
    // A city-only phrase the field vocabulary does not hold still goes.
    expect(kept.has('誇りの醸成')).toBe(false);
  });
});

describe('pair judge', () => {
  const concepts: Concepts = {
    concepts: [
      {
        id: 'b',
        label: { ja: 'b', en: 'b' },
        items: ['x/1', 'y/1', 'y/2'],
        why: { ja: '', en: '' },
        level: 'broad',
      },
      {
        id: 'c',
        label: { ja: 'c', en: 'c' },
        items: ['x/1', 'y/1'],
        why: { ja: '', en: '' },
        level: 'close',
        parent: 'b',
      },
    ],
    unique: [],
  };
  it('calls two items the same when a concept holds both, and close only at the close level', () => {
    expect(judgeByConcepts(concepts, 'any')('x/1', 'y/2')).toBe(true);
    expect(judgeByConcepts(concepts, 'close')('x/1', 'y/2')).toBe(false);
    expect(judgeByConcepts(concepts, 'close')('x/1', 'y/1')).toBe(true);
    expect(judgeByConcepts(concepts, 'any')('x/1', 'z/9')).toBe(false);
  });
});

describe('evaluation.json concepts', () => {
  it('is what the evaluation makes of the committed data (run npm run eval)', () => {
    const onDisk = Evaluation.parse(
      JSON.parse(readFileSync(join(ROOT, 'static/data/evaluation.json'), 'utf8')),
    );
    const fresh = evaluateConcepts({
      plans,
      sources: readSources(plans),
      pairs: JSON.parse(readFileSync(join(ROOT, 'tests/eval/pairs.json'), 'utf8')),
      uniqueGold: (
        JSON.parse(readFileSync(join(ROOT, 'tests/eval/unique.json'), 'utf8')) as { id: string }[]
      ).map((u) => u.id),
      uniqueDevGold: (
        JSON.parse(readFileSync(join(ROOT, 'tests/eval/unique-dev.json'), 'utf8')) as {
          id: string;
        }[]
      ).map((u) => u.id),
      devDir: join(ROOT, 'tests/fixtures/plans'),
    });
    expect(onDisk.concepts).toEqual(fresh);
    // The dev-set unique gold is written and scored in full: every id names a dev-plan item.
    expect(fresh.unique.dev).toBeDefined();
    expect(fresh.unique.dev!.gold).toBe(fresh.sets.uniqueDevGold);
    expect(fresh.unique.dev!.gold).toBeGreaterThanOrEqual(40);
    expect(fresh.unique.dev!.entries).toBeGreaterThan(0);
    // Every dev-set pair resolved to two items of the made-up plans.
    expect(fresh.sets.devPairs).toBeGreaterThanOrEqual(60);
    expect(fresh.methods.map((m) => m.id)).toEqual([
      'title',
      'sentence',
      'sentence-near',
      'sentence-close',
    ]);
    // Reading sentences finds more shared pairs than titles alone, on the seeds and held out;
    // close titles without a lexicon find more on the plans the lexicon never saw.
    const [title, sentence, near] = fresh.methods;
    expect(sentence!.training.recall).toBeGreaterThan(title!.training.recall);
    expect(sentence!.leaveOneCityOut.recall).toBeGreaterThan(title!.leaveOneCityOut.recall);
    expect(near!.dev.recall).toBeGreaterThan(sentence!.dev.recall);
  }, 60_000);
});
