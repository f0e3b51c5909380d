// UI strings of the heat map's table view; they load with the table, when the reader opens it.
import { catalog } from '$lib/i18n/catalog';

const ja = {
  caption: '分類別の項目数（表）。列見出しのボタンで並べ替えます。',
  city: '市',
  total: '全項目',
  openGrid: (city: string, cat: string) => `${city}・${cat}の項目を並べて表示`,
};

export type TableMessages = typeof ja;

export const TABLE_MESSAGES = catalog(ja, '/src/routes/compare/tableMessages.en.ts');
