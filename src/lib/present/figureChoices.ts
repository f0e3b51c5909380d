// Every chart view of the dashboard the track builder can add as a slide, as the views a track
// stores (figureOf.ts draws each). Pure.
import type { Lang } from '$lib/i18n/lang';
import type { DeckData } from './deckData';
import { viewOf, type FigureSpec } from './figureOf';
import { figureContext } from './makeDefaultTrack';
import type { PresentMessages } from './messages';

export interface FigureChoice {
  view: string;
  label: string;
}

export function listFigureChoices(
  data: DeckData,
  lang: Lang,
  m: PresentMessages['figure'],
): FigureChoice[] {
  const context = figureContext(data);
  const cities = [...context.cities];
  const name = (id: string) => data.index.cities.find((c) => c.id === id)?.name[lang] ?? id;
  const choices: [FigureSpec, string][] = [
    [{ kind: 'periods', cities }, m.periods],
    [{ kind: 'scope', cities }, m.scope],
    [{ kind: 'categories', cities, metric: 'level', selected: null }, m.categoriesLevel],
    [{ kind: 'categories', cities, metric: 'count', selected: null }, m.categoriesCount],
    [{ kind: 'categories', cities, metric: 'share', selected: null }, m.categoriesShare],
    [{ kind: 'sdgs', cities }, m.sdgs],
    [{ kind: 'upset', cities }, m.upset],
    ...data.concepts.concepts.map((c): [FigureSpec, string] => [
      { kind: 'concept', cities, concept: c.id },
      m.concept(c.label[lang]),
    ]),
    [{ kind: 'unique', cities }, m.unique],
    [{ kind: 'regions', cities }, m.regions],
    ...cities.map((id): [FigureSpec, string] => [
      { kind: 'regions', cities: [id] },
      m.regionsCity(name(id)),
    ]),
    [{ kind: 'labels' }, m.labels],
  ];
  return choices.map(([spec, label]) => ({ view: viewOf(spec, context), label }));
}
