// What each slide says, counted from the data: the finding its title states, the note under the
// title where the documents' scope matters, the speaker notes and the 出典 line. Pure; the
// default track and the track builder take their titles from here, so no number is written down.
import type { Lang } from '$lib/i18n/lang';
import type { DeckData } from './deckData';
import type { FigureSpec } from './figureOf';
import type { Ctx, SlideText } from './findingContext';
import { FINDING_MESSAGES } from './findingMessages';
import { categories, periods, scope, sdgs } from './planFindings';
import { concept, labels, regions, unique, upset } from './sharedFindings';

export type { SlideText } from './findingContext';
export { scopesOf } from './findingContext';

export function describeFigure(spec: FigureSpec, data: DeckData, lang: Lang): SlideText {
  const m = FINDING_MESSAGES[lang];
  const name = (id: string) => data.index.cities.find((c) => c.id === id)?.name[lang] ?? id;
  const ctx: Ctx = { data, lang, m, name };
  switch (spec.kind) {
    case 'periods':
      return periods(ctx, spec.cities);
    case 'scope':
      return scope(ctx, spec.cities);
    case 'categories':
      return categories(ctx, spec);
    case 'sdgs':
      return sdgs(ctx, spec.cities);
    case 'upset':
      return upset(ctx, spec.cities);
    case 'concept':
      return concept(ctx, spec);
    case 'unique':
      return unique(ctx, spec.cities);
    case 'regions':
      return regions(ctx, spec.cities);
    case 'labels':
      return labels(ctx);
  }
}
