// UI strings of the comparison page. Plan content (titles, visions) stays in Japanese as published;
// category and SDG names come from taxonomy.json in both languages.
import { catalog } from '$lib/i18n/catalog';
import { VIEW_NAMES } from '$lib/i18n/citedNames';

const ja = {
  title: VIEW_NAMES.compare.ja,
  intro:
    '選んだ市の総合計画を共通の7分類で見比べます。ヒートマップのセルを選ぶと、その分類の項目を市ごとに並べ、共通する概念ごとに行をそろえて表示します。',
  sectionsLabel: 'このページの内容',
  pickerLegend: '比較する市と並び順',
  moveUp: (city: string) => `${city}を前へ`,
  moveDown: (city: string) => `${city}を後ろへ`,
  keepOne: '少なくとも1市は選んでください',
  ignored: (list: string) => `URL の次の値は無効なため無視しました：${list}`,
  matrixHeading: '分類別の項目数',
  matrixNote:
    '割合＝その分類が付いた項目数÷計画の全項目数。1項目に複数の分類が付くことがあるため、合計は100%を超えることがあります。',
  metricLabel: '表示する値',
  metricCount: '項目数',
  metricShare: '計画内の割合',
  heatLabel: (metric: string) => `市と分類の${metric}のヒートマップ`,
  heatHint: 'セルを選ぶと下の並列表示がその分類で開きます。',
  showTable: '表で見る（並べ替えと分類の選択ができます）',
  definitions: '分類の定義',
  sdgHeading: 'SDGs 17目標との対応',
  gridHeading: (cat: string) => `並列表示：${cat}`,
  gridHeadingNone: '項目の並列表示',
  overviewHeading: '計画の概要',
  emphasisLabel: (city: string) => `${city}の分類別の割合`,
  legendLow: '少ない',
  legendHigh: '多い',
  legendNoSdg: '対応する項目なし',
};

export type Messages = typeof ja;

export const COMPARE_MESSAGES = catalog(ja, '/src/routes/compare/messages.en.ts');
