// English UI strings beside exportMessages.ts's Japanese ones; loaded only when the URL asks for
// English (see $lib/i18n/catalog).
import type { ExportMessages } from './exportMessages';

const en: ExportMessages = {
  menu: 'Download',
  // Kept in Japanese in both languages: the footer names Japanese sources whose titles are Japanese.
  footerSource: '出典：各市の総合計画を加工して作成',
  footerScope: 'Text: ',
  footerPartial:
    "Counts and shares are of the items in each city's available text, not its whole plan",
  citeHeading: 'Cite this view',
  searchLabel: 'Search items',
  searchPlaceholder: 'Search items (/)',
  searchSubmit: 'Search',
  navShared: 'Shared & unique',
  navMethod: 'Method',
  navAdd: 'Add your plan',
};

export default en;
