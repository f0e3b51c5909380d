// English UI strings beside exportMessages.ts's Japanese ones; loaded only when the URL asks for
// English (see $lib/i18n/catalog).
import type { ExportMessages } from './exportMessages';

const en: ExportMessages = {
  menu: 'Download',
  citeHeading: 'Cite this view',
  searchLabel: 'Search items',
  searchPlaceholder: 'Search items (/)',
  searchSubmit: 'Search',
  navShared: 'Shared & unique',
  navMethod: 'Method',
  navAdd: 'Add your plan',
};

export default en;
