// UI strings of the search page. Item titles and texts stay in Japanese as published.
import type { Lang } from '$lib/i18n/lang';

const ja = {
  title: '項目の検索',
  viewName: '項目の検索',
  viewNameFor: (q: string) => `項目の検索「${q}」`,
  intro:
    '各市の計画のすべての項目（タイトルと説明）を検索します。語の前方一致で探し、一致しない語句は語に分けて探します。ページのどこでも / キーで検索欄に移動します。',
  empty: '上の検索欄に語句を入力してください。',
  loading: '全市の項目を読み込み中…',
  failed: (why: string) => `項目を読み込めませんでした（${why}）。`,
  summary: (q: string, n: number, cities: number) =>
    n === 0
      ? `「${q}」に一致する項目はありません。`
      : `「${q}」に一致する項目 ${n}件（${cities}市）`,
  cityCount: (n: number) => `${n}件`,
  badCities: (v: string) => `市「${v}」はデータにないため無視しました。`,
  pickerLegend: '検索する市と表示順',
  moveUp: (c: string) => `${c}を前へ`,
  moveDown: (c: string) => `${c}を後ろへ`,
  keepOne: '少なくとも1市は選んでください',
};

type SearchMessages = typeof ja;

const en: SearchMessages = {
  title: 'Search items',
  viewName: 'Search items',
  viewNameFor: (q: string) => `Search items: “${q}”`,
  intro:
    "Searches every item (title and description) of the cities' plans, by word prefix; a phrase that does not match as written is split into words. Press / anywhere to jump to the search field.",
  empty: 'Type a word or phrase into the search field above.',
  loading: 'Loading the items of every city…',
  failed: (why: string) => `Could not load the items (${why}).`,
  summary: (q: string, n: number, cities: number) =>
    n === 0 ? `No item matches “${q}”.` : `${n} items match “${q}” (${cities} cities)`,
  cityCount: (n: number) => `${n} items`,
  badCities: (v: string) => `Ignored the unknown city “${v}”.`,
  pickerLegend: 'Cities to search and their order',
  moveUp: (c: string) => `Move ${c} up`,
  moveDown: (c: string) => `Move ${c} down`,
  keepOne: 'Keep at least one city',
};

export const SEARCH_MESSAGES: Record<Lang, SearchMessages> = { ja, en };
