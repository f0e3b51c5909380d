// A track's slides as /present draws them: each stored view turned into its figure, the stored
// title and notes, and what the data says about it (the note under the title, the 出典 line, a
// description for screen readers). Pure.
import type { Lang } from '$lib/i18n/lang';
import type { DeckData } from './deckData';
import { figureOf, type FigureSpec } from './figureOf';
import { describeFigure } from './findings';
import type { SlideWords } from './layoutSlide';
import { figureContext } from './makeDefaultTrack';
import type { Track } from './track';

export interface ResolvedSlide {
  n: number;
  view: string;
  title: string;
  notes: string;
  figure: FigureSpec | null;
  words: SlideWords;
  /** What the figure shows, counted from the data, for the slide's accessible description. */
  summary: string;
}

export function resolveSlides(track: Track, data: DeckData, lang: Lang): ResolvedSlide[] {
  const context = figureContext(data);
  return track.map((slide, i) => {
    const figure = figureOf(slide.view, context);
    const text = figure ? describeFigure(figure, data, lang) : null;
    return {
      n: i + 1,
      view: slide.view,
      title: slide.title,
      notes: slide.notes,
      figure,
      words: {
        title: slide.title || text?.title || slide.view,
        note: text?.note ?? null,
        source: text?.source ?? '',
        number: `${i + 1} / ${track.length}`,
      },
      summary: text ? [text.note, text.notes].filter(Boolean).join(' ') : '',
    };
  });
}
