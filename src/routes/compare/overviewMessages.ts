// UI strings of the overview section (each plan's emphasis, the plans' structure); they load with that part, not with the page.
import { catalog } from '$lib/i18n/catalog';

const ja = {
  emphasisHeading: '分類別の割合（掲載項目に占める割合）',
  emphasisNote:
    '各市の資料に載っている項目のうち、その分類が付いた項目の割合です。資料の種類（市名の横）が違うため、計画全体での比重ではありません。',
  structureHeading: '計画の構成と期間',
  layers: '構成',
  kinds: '項目の種類',
  notStated: '記載なし',
};

export type OverviewMessages = typeof ja;

export const OVERVIEW_MESSAGES = catalog(ja, '/src/routes/compare/overviewMessages.en.ts');
