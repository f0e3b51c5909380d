// Names a citation gives in both languages whatever language the UI shows (every citation is
// bilingual), so they live here rather than in the message tables, which load one language at a time.
export const SITE_TITLE = { ja: '総合計画アトラス', en: 'Plan Atlas' };

export const VIEW_NAMES = {
  compare: { ja: '計画の比較', en: 'Compare plans' },
  shared: { ja: '共通する取り組みと独自の取り組み', en: 'Shared and unique approaches' },
  method: { ja: '方法（分類・概念・評価）', en: 'Method (taxonomy, concepts, evaluation)' },
  search: { ja: '項目の検索', en: 'Search items' },
};

export const searchViewName = (query: string) => ({
  ja: `${VIEW_NAMES.search.ja}「${query}」`,
  en: `${VIEW_NAMES.search.en}: “${query}”`,
});
