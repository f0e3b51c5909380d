// UI strings every page ships: the header, footer, layout and shared components. Strings of one
// page live beside it (src/routes/**/messages.ts); the plan facts several pages show are in
// planFactMessages.ts and item kind names in kindLabel.ts. Plan content (titles, visions, item
// text) is shown in Japanese as published.
// messages.en.ts is typed from this table, so a key missing in either language is a compile error.
import { catalog } from '$lib/i18n/catalog';
import { SITE_TITLE } from './citedNames';

const ja = {
  siteTitle: SITE_TITLE.ja,
  siteSubtitle: '自治体の総合計画を共通の分類で比較',
  skipToContent: '本文へ移動',
  navLabel: 'サイト内',
  navHome: 'ホーム',
  navCompare: '比較',
  navRegions: '広域連携',
  langLabel: '表示言語',
  langSwitch: 'English',
  footerSources:
    '出典: 各市が公表した総合計画資料のテキスト抽出。表示する項目はすべて原文の該当行にたどれます。',
  footerToolsLabel: '表示と出力',
  footerPresent: 'プレゼンテーション（P キー）',
  footerPrint: '印刷用（A4 横）',
  loading: '読み込み中…',
  partFailed: (offline: boolean): string =>
    offline
      ? 'オフラインのため、この部分を読み込めませんでした。接続後に再読み込みしてください。'
      : 'この部分のプログラムを読み込めませんでした。再読み込みしてください。',
  badLang: (v: string) => `言語「${v}」には対応していません。日本語で表示しています。`,
  dismiss: '閉じる',
  ownCity: 'あなたが追加',
  errorHeading: 'データを読み込めませんでした',
  errorFile: 'ファイル',
  errorProblem: '内容',
  errorHint: 'ほかのページは引き続き利用できます。',
  /** An aside in brackets, as each language writes it. */
  paren: (s: string | number) => `（${s}）`,
  /** Between the entries of a list run into one line. */
  listSep: '、',
};

export type Messages = typeof ja;

export const MESSAGES = catalog(ja, '/src/lib/i18n/messages.en.ts');
