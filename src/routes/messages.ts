// UI strings of the home page: its heading, the city cards and the plan-period timeline. The
// plan facts the cards share with other pages are in $lib/i18n/planFactMessages.ts.
// `en` is typed from `ja`.
import { catalog } from '$lib/i18n/catalog';
import { countPlaces } from '$lib/i18n/countPlaces';

/** The cities' names in the page's language from index.json, or null when it could not be read. */
type Names = readonly string[] | null;

const ja = {
  homeHeading: (names: Names) => `${names?.length ? countPlaces(names) : '自治体'}の総合計画`,
  homeIntro: (names: Names) =>
    `${names?.length && names.length <= 6 ? names.join('・') : '自治体'}の総合計画を、同じ分類で見比べます。`,
  itemsByKind: '項目数（種類別）',
  itemsTotal: (n: number) => `計 ${n} 項目`,
  openPlan: (city: string) => `${city}の計画を見る`,
  fiscalYear: '年度',
  timelineHeading: '計画期間の比較',
  timelineNote: '年度（4月始まり）。計画期間を年度で明記していない計画は行のみ表示します。',
  noPeriod: '年度の明記なし',
};

export type HomeMessages = typeof ja;

export const HOME_MESSAGES = catalog(ja, '/src/routes/messages.en.ts');
