// The default talk track: the story of the plans in eight slides. When each plan runs, what each
// source document covers, where each plan puts its weight, what they share and one shared concept
// side by side, what only one city does, the partnership regions, how the labels were made.
// Titles and notes are the findings counted from the data (findings.ts), so the story stays true
// when the data is rebuilt or a city is added.
import type { Lang } from '$lib/i18n/lang';
import type { DeckData } from './deckData';
import { viewOf, type FigureContext, type FigureSpec } from './figureOf';
import { describeFigure } from './findings';
import { pickConcept } from './pickConcept';
import type { Track } from './track';

export function figureContext(data: DeckData): FigureContext {
  return {
    cities: data.index.cities.map((c) => c.id),
    conceptIds: data.concepts.concepts.map((c) => c.id),
  };
}

export function makeDefaultFigures(data: DeckData): FigureSpec[] {
  const cities = data.index.cities.map((c) => c.id);
  const concept = pickConcept(data.concepts.concepts, cities, null);
  return [
    { kind: 'periods', cities },
    { kind: 'scope', cities },
    { kind: 'categories', cities, metric: 'level', selected: null },
    { kind: 'upset', cities },
    { kind: 'concept', cities, concept: concept?.id ?? null },
    { kind: 'unique', cities },
    { kind: 'regions', cities },
    { kind: 'labels' },
  ];
}

/** A slide for `spec`, titled with its finding: the default track's and the builder's. */
export function makeSlide(spec: FigureSpec, data: DeckData, lang: Lang) {
  const { title, notes } = describeFigure(spec, data, lang);
  return { view: viewOf(spec, figureContext(data)), title, notes };
}

export function makeDefaultTrack(data: DeckData, lang: Lang): Track {
  return makeDefaultFigures(data).map((spec) => makeSlide(spec, data, lang));
}
