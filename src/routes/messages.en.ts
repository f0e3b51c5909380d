// English UI strings beside messages.ts's Japanese ones; loaded only when the URL asks for
// English (see $lib/i18n/catalog).
import { plural } from '$lib/i18n/plural';
import type { HomeMessages } from './messages';

const COUNTS = ['', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine'];

/** "A", "A and B", "A, B and C". */
const listOf = (names: readonly string[]) =>
  names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');

const en: HomeMessages = {
  homeHeading: (names) =>
    !names?.length
      ? 'Comprehensive plans'
      : `${COUNTS[names.length] ?? names.length} comprehensive plan${names.length > 1 ? 's' : ''}`,
  homeIntro: (names) =>
    `${names?.length && names.length <= 6 ? `The comprehensive plans of ${listOf(names)}` : 'Municipal comprehensive plans'}, compared on one taxonomy. Plan content stays in Japanese.`,
  itemsByKind: 'Items by kind',
  itemsTotal: (n: number) => `${plural(n, 'item', 'items')} in total`,
  openPlan: (city: string) => `Open the ${city} plan`,
  fiscalYear: 'Fiscal year',
  timelineHeading: 'Plan periods compared',
  timelineNote:
    'Japanese fiscal years (starting in April). A plan that states no fiscal years gets an empty row.',
  noPeriod: 'no fiscal years stated',
};

export default en;
