// UI strings of the side-by-side grid (ConceptGrid, GridItem); they load with that part, not with the page.
import { catalog } from '$lib/i18n/catalog';

const ja = {
  otherRow: '共通の概念に当たらない項目',
  conceptWhy: '対応づけの理由',
  citiesInRow: (n: number, of: number) => `${of}市中${n}市`,
  noItems: '該当なし',
  labels: '分類',
  curated: '人手で判定',
  rules: (terms: string) => `語句から判定：${terms}`,
  rulesNoTerms: '語句から判定',
  openSource: '原文を見る',
  loadingPlans: '各市の項目を読み込み中…',
  gridPick: '分類を選ぶ',
  gridEmpty: '分類を選ぶと、各市の項目を並べて表示します。',
  gridNone: '選んだ市にはこの分類の項目がありません。',
  gridIntro:
    '同じ概念に当たる項目を同じ行にそろえました。強調は、概念の判定に使った共通の語句です。',
};

export type GridMessages = typeof ja;

export const GRID_MESSAGES = catalog(ja, '/src/routes/compare/gridMessages.en.ts');
