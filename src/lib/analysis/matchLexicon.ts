// The synonym lexicon: concepts that plans name in different words (シティセールス ≈ 魅力の発信).
// Matching scans the text once and looks up candidate atoms by their first character, so it costs
// about the length of the text, not the size of the lexicon.
import lexicon from './synonyms.json';
import { normalizeForMatch } from './extractTerms';
import type { CategoryId, Localized } from '../data/schemas';

export interface LexiconConcept {
  readonly id: string;
  readonly label: Localized;
  readonly categories: readonly CategoryId[];
  /** Each term is a list of atoms that must all occur. */
  readonly terms: readonly (readonly string[])[];
  readonly except: readonly string[];
}

/** A concept found in a text, and the terms that found it (as written in the lexicon). */
export interface LexiconHit {
  readonly concept: string;
  readonly terms: readonly string[];
}

export interface RawConcept {
  id: string;
  label: Localized;
  categories: string[];
  terms: string[];
  except?: string[];
  /** Term → the seed cities whose plan text contains it (scripts/tagSynonyms.ts). */
  motivatedBy?: Record<string, string[]>;
}

/** A compiled synonym lexicon: its concepts and an index of their atoms by first character. */
export interface SynonymLexicon {
  readonly concepts: readonly LexiconConcept[];
  readonly atomsByFirstChar: ReadonlyMap<string, readonly string[]>;
}

export const RAW_SYNONYMS = lexicon.concepts as unknown as RawConcept[];

/**
 * Compiles the lexicon, keeping only the terms `keep` accepts (every term by default). A concept
 * left without terms is left out.
 */
export function compileSynonyms(
  raw: readonly RawConcept[] = RAW_SYNONYMS,
  keep: (term: string, motivatedBy: readonly string[]) => boolean = () => true,
): SynonymLexicon {
  const concepts: LexiconConcept[] = [];
  for (const c of raw) {
    const terms = c.terms.filter((t) => keep(t, c.motivatedBy?.[t] ?? []));
    if (terms.length === 0) continue;
    concepts.push({
      id: c.id,
      label: c.label,
      categories: c.categories as CategoryId[],
      terms: terms.map((t) => t.split('+').map(normalizeForMatch)),
      except: (c.except ?? []).map(normalizeForMatch),
    });
  }
  const atomsByFirstChar = new Map<string, string[]>();
  for (const concept of concepts) {
    for (const atom of concept.terms.flat()) {
      const first = atom.charAt(0);
      const list = atomsByFirstChar.get(first) ?? [];
      if (!list.includes(atom)) list.push(atom);
      atomsByFirstChar.set(first, list);
    }
  }
  return { concepts, atomsByFirstChar };
}

/**
 * The lexicon as a city left out would have found it: without the terms that only this city's
 * text motivated (a term two cities use stays). As for the labeller's held-out run, a term whose
 * every atom is a word of the field vocabulary (`field`, written from the taxonomy, the national
 * expenditure classes and the SDG targets, not from one plan) stays too.
 */
export function compileWithoutCity(
  city: string,
  raw = RAW_SYNONYMS,
  field: ReadonlySet<string> = new Set(),
): SynonymLexicon {
  const isField = (term: string) =>
    term.split('+').every((atom) => field.has(normalizeForMatch(atom)));
  return compileSynonyms(raw, (t, by) => !(by.length === 1 && by[0] === city) || isField(t));
}

export const SYNONYMS = compileSynonyms();
export const LEXICON: readonly LexiconConcept[] = SYNONYMS.concepts;

/** Atom → how many times it occurs in the text. */
function findAtoms(norm: string, atomsByFirstChar: SynonymLexicon['atomsByFirstChar']) {
  const found = new Map<string, number>();
  for (let i = 0; i < norm.length; i++) {
    const candidates = atomsByFirstChar.get(norm.charAt(i));
    if (!candidates) continue;
    for (const atom of candidates)
      if (norm.startsWith(atom, i)) found.set(atom, (found.get(atom) ?? 0) + 1);
  }
  return found;
}

/**
 * Lexicon concepts named in a text, in lexicon order. `minMentions` > 1 keeps only concepts whose
 * matched atoms occur that often together: a paragraph is about what it keeps coming back to, not
 * about every word it mentions once.
 */
export function matchLexicon(
  text: string,
  minMentions = 1,
  lex: SynonymLexicon = SYNONYMS,
): LexiconHit[] {
  const norm = normalizeForMatch(text);
  const atoms = findAtoms(norm, lex.atomsByFirstChar);
  if (atoms.size === 0) return [];
  const hits: LexiconHit[] = [];
  for (const concept of lex.concepts) {
    let present = atoms;
    if (concept.except.some((e) => norm.includes(e))) {
      present = findAtoms(
        concept.except.reduce((s, e) => s.split(e).join('|'), norm),
        lex.atomsByFirstChar,
      );
    }
    const terms = concept.terms.filter((parts) => parts.every((a) => present.has(a)));
    if (terms.length === 0) continue;
    const mentions = [...new Set(terms.flat())].reduce((n, a) => n + present.get(a)!, 0);
    if (mentions >= minMentions)
      hits.push({ concept: concept.id, terms: terms.map((p) => p.join('+')) });
  }
  return hits;
}

export function getLexiconConcept(
  id: string,
  lex: SynonymLexicon = SYNONYMS,
): LexiconConcept | undefined {
  return lex.concepts.find((c) => c.id === id);
}
