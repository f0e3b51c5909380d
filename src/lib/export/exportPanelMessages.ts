// UI strings of the export panel (its charts' source footer too) and the citation's text: they
// load with those parts, when the reader first opens the download menu or the citation. `en` is
// typed from `ja`.
import { catalog } from '$lib/i18n/catalog';

const ja = {
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
  footerScope: '資料：',
  footerPartial: '数と割合は、各市の資料に載っている項目についてのもの（計画全体ではない）',
  citeJa: '日本語',
  citeEn: 'English',
  copy: 'コピー',
  copied: 'コピーしました',
};

export type ExportPanelMessages = typeof ja;

export const EXPORT_PANEL_MESSAGES = catalog(ja, '/src/lib/export/exportPanelMessages.en.ts');
