// UI strings of the shared-and-unique page. Concept labels and reasons come from concepts.json in
// both languages; item titles stay in Japanese as published. `en` is typed from `ja`.
import type { Lang } from '$lib/i18n/lang';

const ja = {
  nav: '共通と独自',
  title: '共通する取り組みと独自の取り組み',
  viewName: '共通する取り組みと独自の取り組み',
  intro:
    '同じ考え方の項目を「概念」としてまとめ、どの市の計画に現れるかを示します。各市の項目は原文の行へリンクしています。',
  pickerLegend: '比較する市と順序',
  moveUp: (c: string) => `${c}を前へ`,
  moveDown: (c: string) => `${c}を後ろへ`,
  keepOne: '少なくとも1市は選んでください',
  badCities: (v: string) => `市「${v}」はデータにないため無視しました。`,
  badConcept: (v: string) =>
    `概念「${v}」は見つからないか、選んだ市の間で共有されていないため無視しました。`,
  conceptsHeading: '共通する概念',
  upsetHeading: '共有の組み合わせ（UpSet図）',
  upsetLabel: (n: number) => `選んだ市の組み合わせごとの共通概念の数（${n}通り）`,
  upsetHint:
    '縦棒：その市の組み合わせ（黒丸）だけに共通する概念の数。棒を選ぶとその一覧へ移動します。左の数と横棒：各市が含まれる共通概念の数。',
  setHeading: (cities: string, n: number) => `${cities}（${n}概念）`,
  columnLabel: (cities: string, n: number) => `${cities}：${n}概念（一覧へ移動）`,
  sharedBy: (n: number) => `${n}市で共通`,
  none: '選んだ市の間で共通する概念はありません。',
  why: 'まとめた理由',
  showEvidence: '各市の項目を表示',
  hideEvidence: '項目を閉じる',
  loadingItems: '項目を読み込み中…',
  loadFailed: (why: string) => `項目を読み込めませんでした（${why}）。`,
  itemCount: (n: number) => `${n}項目`,
  openSource: (title: string) => `${title}（原文を表示）`,
  uniqueHeading: '各市の独自の取り組み',
  uniqueNone: '独自の取り組みとして挙げた項目はありません。',
  chartTitle: '市の組み合わせごとの共通概念の数',
  legendBar: '縦棒：その組み合わせだけに共通する概念の数',
  legendDot: '黒丸：組み合わせに含まれる市',
};

type SharedMessages = typeof ja;

const en: SharedMessages = {
  nav: 'Shared & unique',
  title: 'Shared and unique approaches',
  viewName: 'Shared and unique approaches',
  intro:
    'Items that express the same idea are grouped into concepts, showing which plans they appear in. Every item links to its source line.',
  pickerLegend: 'Cities to compare and their order',
  moveUp: (c: string) => `Move ${c} up`,
  moveDown: (c: string) => `Move ${c} down`,
  keepOne: 'Keep at least one city',
  badCities: (v: string) => `Ignored the unknown city “${v}”.`,
  badConcept: (v: string) =>
    `Ignored the concept “${v}”: it does not exist or is not shared by the chosen cities.`,
  conceptsHeading: 'Shared concepts',
  upsetHeading: 'Which cities share concepts (UpSet plot)',
  upsetLabel: (n: number) =>
    `Shared concepts per combination of the chosen cities (${n} combinations)`,
  upsetHint:
    'Columns: concepts shared by exactly the cities marked with black dots; choose one to jump to its list. Left, number and bar: shared concepts each city is part of.',
  setHeading: (cities: string, n: number) => `${cities} (${n} concepts)`,
  columnLabel: (cities: string, n: number) => `${cities}: ${n} concepts (go to the list)`,
  sharedBy: (n: number) => `Shared by ${n} cities`,
  none: 'The chosen cities share no concept.',
  why: 'Why these match',
  showEvidence: "Show each city's items",
  hideEvidence: 'Hide items',
  loadingItems: 'Loading items…',
  loadFailed: (why: string) => `Could not load the items (${why}).`,
  itemCount: (n: number) => `${n} items`,
  openSource: (title: string) => `${title} (open the source)`,
  uniqueHeading: "Each city's unique approaches",
  uniqueNone: 'No unique approach listed.',
  chartTitle: 'Shared concepts per combination of cities',
  legendBar: 'Bar: concepts shared by exactly that combination',
  legendDot: 'Black dot: a city in the combination',
};

export const SHARED_MESSAGES: Record<Lang, SharedMessages> = { ja, en };
