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
  matrixHeading: '分類ごとの比較',
  matrixNote:
    '割合＝その分類が付いた項目数÷その市の資料に載っている全項目数。1項目に複数の分類が付くことがあるため、合計は100%を超えることがあります。',
  metricLabel: '表示する値',
  metricLevel: '掲げる段階（目標・施策・取組）',
  metricCount: '項目数',
  metricShare: '掲載項目に占める割合',
  shareOfAvailable:
    '割合は、入手できた資料に載っている項目に占める割合です。計画全体での比重ではありません。',
  levelShort: { goal: '目標', policy: '施策', measure: '取組', other: '方針等' },
  levelAbbr: { goal: '目', policy: '施', measure: '取', other: '方' },
  levelName: {
    goal: '目標として掲げる',
    policy: '施策として掲げる',
    measure: '取組にだけ現れる',
    other: '方針・視点などにだけ現れる',
  },
  levelNone: '—',
  levelCounts: (goals: number, policies: number) => `目標${goals}・施策${policies}`,
  levelTip: (c: { goal: number; policy: number; measure: number; other: number }) =>
    `目標${c.goal}、施策${c.policy}、取組${c.measure}、方針等${c.other}`,
  levelNote:
    'セルはその分類を掲げる最も上の段階、下段は目標と施策の数。資料の種類（行名の下）が市ごとに違うため、項目数ではなく、分類を扱うかどうかとその段階で比べます。',
  scopeHeading: '比べている資料',
  scopeNote:
    '各市の資料は計画の全体とは限りません。数や割合は、この資料に載っている項目についてのものです。',
  scopeDetails: '各資料が含む部分と分量',
  heatLabel: (metric: string) => `市と分類の${metric}のヒートマップ`,
  heatHint: 'セルを選ぶと下の並列表示がその分類で開きます。',
  showTable: '表で見る（並べ替えと分類の選択ができます）',
  definitions: '分類の定義',
  sdgHeading: 'SDGs 17目標との対応',
  gridHeading: (cat: string) => `並列表示：${cat}`,
  gridHeadingNone: '項目の並列表示',
  overviewHeading: '計画の概要',
  emphasisLabel: (city: string) => `${city}の分類別の割合（掲載項目に占める割合）`,
  legendLow: '少ない',
  legendHigh: '多い',
  legendNoSdg: '対応する項目なし',
};

export type Messages = typeof ja;

export const COMPARE_MESSAGES = catalog(ja, '/src/routes/compare/messages.en.ts');
