// UI strings of the export menu, the citation box, the search box and the header links to the
// shared-concepts and method pages: they travel with these components rather than with one page,
// and stay out of the site-wide messages file other pages are editing. `en` is typed from `ja`.
import { catalog } from '$lib/i18n/catalog';

const ja = {
  menu: 'ダウンロード',
  itemsHeading: '項目データ（出典の行つき）',
  viewCsv: 'この表示の項目（CSV）',
  viewJson: 'この表示の項目（JSON）',
  allCsv: '全市の全項目（CSV）',
  allJson: '全市の全項目（JSON）',
  chartsHeading: '図',
  chartSvg: (title: string) => `${title}（SVG）`,
  chartPng: (title: string) => `${title}（PNG）`,
  working: '作成中…',
  done: (n: number) => `${n}件の項目を書き出しました。`,
  chartDone: 'ファイルを書き出しました。',
  failed: (why: string) => `書き出せませんでした（${why}）。`,
  noItems: 'この表示には項目がありません。',
  footerSource: '出典：各市の総合計画を加工して作成',
  citeHeading: 'この表示を引用する',
  citeJa: '日本語',
  citeEn: 'English',
  copy: 'コピー',
  copied: 'コピーしました',
  searchLabel: '項目を検索',
  searchPlaceholder: '項目を検索（/）',
  searchSubmit: '検索',
  navShared: '共通と独自',
  navMethod: '方法',
};

export type ExportMessages = typeof ja;

export const EXPORT_MESSAGES = catalog(ja, '/src/lib/export/exportMessages.en.ts');
