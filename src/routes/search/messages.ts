// UI strings of the search page. Item titles and texts stay in Japanese as published.
import { catalog } from '$lib/i18n/catalog';
import { VIEW_NAMES } from '$lib/i18n/citedNames';

const ja = {
  /** The query in the window's title. */
  queryTitle: (q: string) => `${q} — `,
  title: VIEW_NAMES.search.ja,
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

export type SearchMessages = typeof ja;

export const SEARCH_MESSAGES = catalog(ja, '/src/routes/search/messages.en.ts');
