// UI strings of the overview section (each plan's emphasis, the plans' structure); they load with that part, not with the page.
import { catalog } from '$lib/i18n/catalog';

const ja = {
  emphasisHeading: '分類別の重点（計画内の割合）',
  structureHeading: '計画の構成と期間',
  layers: '構成',
  kinds: '項目の種類',
  notStated: '記載なし',
};

export type OverviewMessages = typeof ja;

export const OVERVIEW_MESSAGES = catalog(ja, '/src/routes/compare/overviewMessages.en.ts');
