// UI strings every page shows: the export menu's button, the citation's heading, the search box
// and the header links to the shared-concepts and method pages. What the export panel and the
// citation's text say once opened is in exportPanelMessages.ts, loaded with them.
// `en` is typed from `ja`.
import { catalog } from '$lib/i18n/catalog';

const ja = {
  menu: 'ダウンロード',
  citeHeading: 'この表示を引用する',
  searchLabel: '項目を検索',
  searchPlaceholder: '項目を検索（/）',
  searchSubmit: '検索',
  navShared: '共通と独自',
  navMethod: '方法',
  navAdd: '自分の計画を追加',
};

export type ExportMessages = typeof ja;

export const EXPORT_MESSAGES = catalog(ja, '/src/lib/export/exportMessages.en.ts');
