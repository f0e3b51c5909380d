// UI strings of the plan page: the outline, the source viewer and the breadcrumb. Plan content
// (titles, item text) stays in Japanese as published. `en` is typed from `ja`.
import { catalog } from '$lib/i18n/catalog';

const ja = {
  outlineHeading: '計画の体系',
  expandAll: 'すべて開く',
  collapseAll: 'すべて閉じる',
  childCount: (title: string, n: number) => `${title}（${n}件）`,
  viewerHeading: '原文',
  viewerEmpty: '項目を選ぶと、原文の該当箇所を表示します。',
  viewerClose: '閉じる',
  viewerLines: (a: number, b: number) => (a === b ? `${a}行目` : `${a}〜${b}行目`),
  openRaw: 'テキストファイルを開く',
  breadcrumb: 'パンくずリスト',
  repeats: '再掲元へ',
  repeatsOf: (title: string) => `「${title}」の再掲元を開く`,
  badItem: (v: string) => `項目「${v}」はこの計画にありません。`,
  sdgGoal: (n: number) => `SDGs 目標${n}`,
  labelsHeading: '分類とSDGs',
};

export type PlanMessages = typeof ja;

export const PLAN_MESSAGES = catalog(ja, '/src/routes/plans/[city]/messages.en.ts');
