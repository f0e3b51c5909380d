// English UI strings beside messages.ts's Japanese ones; loaded only when the URL asks for
// English (see $lib/i18n/catalog).
import type { HomeMessages } from './messages';

const en: HomeMessages = {
  homeHeading: 'Four comprehensive plans',
  homeIntro:
    'The comprehensive plans of Nihonmatsu, Ichinoseki, Hiratsuka and Iwaki, compared on one taxonomy. Plan content stays in Japanese.',
  itemsByKind: 'Items by kind',
  itemsTotal: (n: number) => `${n} items in total`,
  openPlan: (city: string) => `Open the ${city} plan`,
  fiscalYear: 'Fiscal year',
  timelineHeading: 'Plan periods compared',
  timelineNote:
    'Japanese fiscal years (starting in April). A plan that states no fiscal years gets an empty row.',
  noPeriod: 'no fiscal years stated',
};

export default en;
