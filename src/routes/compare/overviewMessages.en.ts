// English UI strings beside overviewMessages.ts's Japanese ones; loaded only when the URL asks for
// English (see $lib/i18n/catalog).
import type { OverviewMessages } from './overviewMessages';

const en: OverviewMessages = {
  emphasisHeading: 'Share by category (share of items in the available text)',
  emphasisNote:
    "Of the items in each city's text, the share carrying each category. The texts are of different kinds (beside each name), so this is not the weight of the category in the whole plan.",
  structureHeading: 'Structure and periods',
  layers: 'Layers',
  kinds: 'Items by kind',
  notStated: 'Not stated',
};

export default en;
