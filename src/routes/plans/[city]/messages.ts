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
  sourceLinesLabel: (file: string) => `原文 ${file}`,
  openRaw: 'テキストファイルを開く',
  breadcrumb: 'パンくずリスト',
  repeats: '再掲元へ',
  repeatsOf: (title: string) => `「${title}」の再掲元を開く`,
  badItem: (v: string) => `項目「${v}」はこの計画にありません。`,
  sdgGoal: (n: number) => `SDGs 目標${n}`,
  labelsHeading: '分類とSDGs',
  labelsOf: (title: string) => `「${title}」の分類とSDGs`,
  noLabels: 'この項目には分類がありません。',
  showEvidence: (name: string) => `「${name}」の根拠を見る`,
  evidenceHeading: (name: string) => `「${name}」の根拠`,
  evidenceTerm: '語',
  evidenceWeight: '重み',
  evidenceWhere: '現れた箇所',
  evidenceFrom: { self: 'この項目', parent: '上位の見出し', child: '下位の項目' },
  evidenceScore: (score: string) =>
    `合計点 ${score}（この点数が最低点以上で、最高点の一定割合以上の分類が付きます）`,
  evidenceNone: 'この分類には語の記録がありません。',
  curated: '手作業で分類した項目です。理由：',
  method: '分類の付け方（方法のページ）',
  markedLead: '印を付けた語：',
  markedCount: (n: number) => (n ? `（${n}か所）` : '（この箇所にはありません）'),
  markedFromLabels: (n: number) => `印：分類の根拠になった語（${n}か所）`,
};

export type PlanMessages = typeof ja;

export const PLAN_MESSAGES = catalog(ja, '/src/routes/plans/[city]/messages.en.ts');
