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

interface RawConcept {
  id: string;
  label: Localized;
  categories: string[];
  terms: string[];
  except?: string[];
}

export const LEXICON: readonly LexiconConcept[] = (lexicon.concepts as RawConcept[]).map((c) => ({
  id: c.id,
  label: c.label,
  categories: c.categories as CategoryId[],
  terms: c.terms.map((t) => t.split('+').map(normalizeForMatch)),
  except: (c.except ?? []).map(normalizeForMatch),
}));

const atomsByFirstChar = new Map<string, string[]>();
for (const concept of LEXICON) {
  for (const atom of concept.terms.flat()) {
    const first = atom.charAt(0);
    const list = atomsByFirstChar.get(first) ?? [];
    if (!list.includes(atom)) list.push(atom);
    atomsByFirstChar.set(first, list);
  }
}

/** Atom → how many times it occurs in the text. */
function findAtoms(norm: string): Map<string, number> {
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
export function matchLexicon(text: string, minMentions = 1): LexiconHit[] {
  const norm = normalizeForMatch(text);
  const atoms = findAtoms(norm);
  if (atoms.size === 0) return [];
  const hits: LexiconHit[] = [];
  for (const concept of LEXICON) {
    let present = atoms;
    if (concept.except.some((e) => norm.includes(e))) {
      present = findAtoms(concept.except.reduce((s, e) => s.split(e).join('|'), norm));
    }
    const terms = concept.terms.filter((parts) => parts.every((a) => present.has(a)));
    if (terms.length === 0) continue;
    const mentions = [...new Set(terms.flat())].reduce((n, a) => n + present.get(a)!, 0);
    if (mentions >= minMentions)
      hits.push({ concept: concept.id, terms: terms.map((p) => p.join('+')) });
  }
  return hits;
}

export function getLexiconConcept(id: string): LexiconConcept | undefined {
  return LEXICON.find((c) => c.id === id);
}
