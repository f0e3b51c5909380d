// English UI strings beside overviewMessages.ts's Japanese ones; loaded only when the URL asks for
// English (see $lib/i18n/catalog).
import type { OverviewMessages } from './overviewMessages';

const en: OverviewMessages = {
  emphasisHeading: 'Emphasis by category (share of the plan)',
  structureHeading: 'Structure and periods',
  layers: 'Layers',
  kinds: 'Items by kind',
  notStated: 'Not stated',
};

export default en;
