// UI strings of what the source viewer shows once an item is opened (its labels and their evidence,
// its passage and marks), loaded with ItemLabels and ViewerPassage, not with the plan page. `en` is typed from `ja`.
import { catalog } from '$lib/i18n/catalog';

const ja = {
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
  sourceLinesLabel: (file: string) => `原文 ${file}`,
  markedLead: '印を付けた語：',
  markedCount: (n: number) => (n ? `（${n}か所）` : '（この箇所にはありません）'),
  markedFromLabels: (n: number) => `印：分類の根拠になった語（${n}か所）`,
};

export type ViewerMessages = typeof ja;

export const VIEWER_MESSAGES = catalog(ja, '/src/routes/plans/[city]/viewerMessages.en.ts');
