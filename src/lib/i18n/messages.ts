// UI strings only: plan content (titles, visions, item text) is shown in Japanese as published.
// messages.en.ts is typed from this table, so a key missing in either language is a compile error.
import type { ItemKind } from '$lib/data/schemas';
import type { Lang } from './lang';
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
  footerData: 'データファイル',
  homeHeading: '4市の総合計画',
  homeIntro: '二本松市・一関市・平塚市・いわき市の総合計画を、同じ分類で見比べます。',
  loading: '読み込み中…',
  vision: '将来像',
  layers: '計画の構成',
  period: '計画期間',
  population: '人口',
  itemsByKind: '項目数（種類別）',
  itemsTotal: (n: number) => `計 ${n} 項目`,
  openPlan: (city: string) => `${city}の計画を見る`,
  fiscalYears: (a: number, b: number) => `${a}〜${b}年度`,
  fiscalYear: '年度',
  persons: (n: string) => `${n}人`,
  popKind: { target: '目標', projection: '推計', actual: '実績' },
  timelineHeading: '計画期間の比較',
  timelineNote: '年度（4月始まり）。計画期間を年度で明記していない計画は行のみ表示します。',
  noPeriod: '年度の明記なし',
  source: '出典',
  sourceAt: (file: string, line: string) => `${file} ${line}行目`,
  outlineHeading: '計画の体系',
  expandAll: 'すべて開く',
  collapseAll: 'すべて閉じる',
  childCount: (n: number) => `${n}件`,
  viewerHeading: '原文',
  viewerEmpty: '項目を選ぶと、原文の該当箇所を表示します。',
  viewerClose: '閉じる',
  viewerLines: (a: number, b: number) => (a === b ? `${a}行目` : `${a}〜${b}行目`),
  quoteLabel: '引用',
  sourceLinesLabel: (file: string) => `原文 ${file}`,
  openRaw: 'テキストファイルを開く',
  factKind: {
    title: '計画名',
    vision: '将来像',
    layers: '計画の構成',
    period: '計画期間',
    population: '人口',
    viewpoint: '視点',
  },
  breadcrumb: 'パンくずリスト',
  repeats: '再掲元へ',
  repeatsOf: (title: string) => `「${title}」の再掲元を開く`,
  badLang: (v: string) => `言語「${v}」には対応していません。日本語で表示しています。`,
  badItem: (v: string) => `項目「${v}」はこの計画にありません。`,
  dismiss: '閉じる',
  errorHeading: 'データを読み込めませんでした',
  errorFile: 'ファイル',
  errorProblem: '内容',
  errorHint: 'ほかのページは引き続き利用できます。',
  backHome: 'ホームへ戻る',
};

export type Messages = typeof ja;

export const MESSAGES = catalog(ja, '/src/lib/i18n/messages.en.ts');

const KIND_LABELS: Record<Lang, Record<ItemKind, string>> = {
  ja: {
    priority: '重点事項',
    viewpoint: '視点',
    principle: '基本姿勢',
    goal: '目標',
    policy: '施策',
    method: '手法',
    project: 'プロジェクト',
    theme: 'テーマ',
    measure: '取組',
    issue: '課題',
    context: '背景',
    strategy: '戦略',
    approach: '考え方',
  },
  en: {
    priority: 'Priority',
    viewpoint: 'Viewpoint',
    principle: 'Principle',
    goal: 'Goal',
    policy: 'Policy',
    method: 'Method',
    project: 'Project',
    theme: 'Theme',
    measure: 'Measure',
    issue: 'Issue',
    context: 'Context',
    strategy: 'Strategy',
    approach: 'Approach',
  },
};

/** Kinds come from the data, so an unknown one (a later schema addition) falls back to its id. */
export function kindLabel(lang: Lang, kind: string): string {
  return (KIND_LABELS[lang] as Record<string, string>)[kind] ?? kind;
}
