// Rules that label one plan item from the lexicon. The item's own title and text decide; the
// titles of its parents only count, damped, when the item itself says nothing, because a row in
// a 行財政 chapter can still be about online applications (dx_gx).
import type { LabelEvidence } from '../data/schemas';
import {
  matchTerms,
  type CompiledLexicon,
  type LabelParams,
  type Matcher,
  type TermMatch,
} from './compileLexicon';
import { normalizeText } from './segmentWords';

export interface LabelInput {
  title: string;
  text?: string;
  /** Titles of the item's ancestors, nearest first. */
  parentTitles: readonly string[];
  /** Titles of the item's direct children: read only when the item itself names no subject. */
  childTitles?: readonly string[];
}

export interface ItemLabels {
  categories: string[];
  /** SDG goal numbers, ascending. */
  sdgs: number[];
  /** One entry per chosen category and per chosen SDG (label `sdg:<n>`). */
  evidence: LabelEvidence[];
}

type Term = LabelEvidence['terms'][number];

interface LabelScore {
  label: string;
  score: number;
  selfScore: number;
  terms: Term[];
}

interface Field {
  text: string;
  factor: number;
  from: Term['from'];
}

function listFields(input: LabelInput, p: LabelParams): Field[] {
  const fields: Field[] = [{ text: input.title, factor: p.titleFactor, from: 'self' }];
  if (input.text) fields.push({ text: input.text, factor: p.textFactor, from: 'self' });
  input.parentTitles.forEach((title, depth) => {
    const factor = depth === 0 ? p.parentFactor : p.grandparentFactor;
    if (factor > 0) fields.push({ text: title, factor, from: 'parent' });
  });
  return fields;
}

const listChildFields = (input: LabelInput, p: LabelParams): Field[] =>
  (input.childTitles ?? []).map((text) => ({ text, factor: p.childFactor, from: 'child' }));

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Matches by raw text, per matcher. A plan labels each title several times (as an item, as a
 * parent, as a child), so labelItems shares one cache across a plan.
 */
export type MatchCache = WeakMap<Matcher, Map<string, TermMatch[]>>;

function matchCached(matcher: Matcher, text: string, cache?: MatchCache): TermMatch[] {
  if (!cache) return matchTerms(matcher, normalizeText(text));
  let byText = cache.get(matcher);
  if (!byText) cache.set(matcher, (byText = new Map()));
  let matches = byText.get(text);
  if (!matches) byText.set(text, (matches = matchTerms(matcher, normalizeText(text))));
  return matches;
}

/** Scores every label that any term fired for; a term counts once per label, where it weighs most. */
export function scoreLabels(
  matcher: Matcher,
  fields: readonly Field[],
  cache?: MatchCache,
): LabelScore[] {
  const byLabel = new Map<string, LabelScore>();
  const seen = new Set<string>();
  for (const field of fields) {
    for (const match of matchCached(matcher, field.text, cache)) {
      for (const [label, weight] of match.weights) {
        const key = `${label}\u0000${match.term}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const entry = byLabel.get(label) ?? { label, score: 0, selfScore: 0, terms: [] };
        const w = round(weight * field.factor);
        entry.score += w;
        if (field.from === 'self') entry.selfScore += w;
        entry.terms.push({ term: match.term, weight: w, from: field.from });
        byLabel.set(label, entry);
      }
    }
  }
  return [...byLabel.values()].map((s) => ({
    ...s,
    score: round(s.score),
    selfScore: round(s.selfScore),
  }));
}

interface Choice {
  minScore: number;
  relativeScore: number;
  maxLabels: number;
  /** Keep the best label even when it is under minScore (categories must not be empty). */
  keepBest: boolean;
}

/** The labels to keep: strong enough alone and close enough to the best one. */
export function chooseLabels(
  scores: readonly LabelScore[],
  order: readonly string[],
  c: Choice,
): LabelScore[] {
  const rank = (label: string) => {
    const i = order.indexOf(label);
    return i < 0 ? order.length : i;
  };
  const positive = scores
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || rank(a.label) - rank(b.label));
  // When the item names its own subject, labels backed only by its parents' titles drop out.
  const hasSelf = positive.some((s) => s.selfScore > 0);
  const eligible = hasSelf ? positive.filter((s) => s.selfScore > 0) : positive;
  const best = eligible[0];
  if (!best) return [];
  const chosen = eligible
    .filter((s) => s.score >= c.minScore && s.score >= c.relativeScore * best.score)
    .slice(0, c.maxLabels);
  return chosen.length === 0 && c.keepBest ? [best] : chosen;
}

const toEvidence = (s: LabelScore): LabelEvidence => ({
  label: s.label,
  terms: [...s.terms].sort((a, b) => b.weight - a.weight || a.term.localeCompare(b.term)),
  score: s.score,
});

/**
 * Categories, SDGs and the evidence behind each. `categories` is empty only when no term fired
 * in the item or its parents; the caller decides what to do then.
 */
export function labelItem(
  input: LabelInput,
  lexicon: CompiledLexicon,
  categoryOrder: readonly string[],
  cache?: MatchCache,
): ItemLabels {
  const p = lexicon.params;
  const fields = listFields(input, p);
  let categoryScores = scoreLabels(lexicon.categories, fields, cache);
  // An umbrella heading (暮らす機能の整備) is about what it holds when it names nothing itself.
  if (!categoryScores.some((s) => s.selfScore > 0) && input.childTitles?.length) {
    const withChildren = [...fields, ...listChildFields(input, p)];
    categoryScores = scoreLabels(lexicon.categories, withChildren, cache);
  }
  const categories = chooseLabels(categoryScores, categoryOrder, {
    minScore: p.minScore,
    relativeScore: p.relativeScore,
    maxLabels: p.maxLabels,
    keepBest: true,
  });
  const sdgs = chooseLabels(scoreLabels(lexicon.sdgs, fields, cache), [], {
    minScore: p.sdgMinScore,
    relativeScore: p.sdgRelativeScore,
    maxLabels: p.sdgMaxLabels,
    keepBest: false,
  });
  const goals = sdgs.map((s) => Number(s.label.slice('sdg:'.length))).sort((a, b) => a - b);
  return {
    categories: categories.map((s) => s.label),
    sdgs: goals,
    evidence: [...categories, ...sdgs].map(toEvidence),
  };
}
