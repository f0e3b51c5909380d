// English UI strings beside tableMessages.ts's Japanese ones; loaded only when the URL asks for
// English (see $lib/i18n/catalog).
import type { TableMessages } from './tableMessages';

const en: TableMessages = {
  caption: 'Items per category (table). Sort with the column header buttons.',
  city: 'City',
  total: 'All items',
  openGrid: (city, cat) => `Show ${city}'s ${cat} items side by side`,
};

export default en;
