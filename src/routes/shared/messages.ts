// UI strings of the shared-and-unique page. Concept labels and reasons come from concepts.json in
// both languages; item titles stay in Japanese as published. `en` is typed from `ja`.
import { catalog } from '$lib/i18n/catalog';
import { VIEW_NAMES } from '$lib/i18n/citedNames';

const ja = {
  nav: '共通と独自',
  title: VIEW_NAMES.shared.ja,
  jumpUnique: '独自の取り組みへ移動',
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
  broad: '広い概念',
  close: (parent: string | null) => (parent ? `近い一致（「${parent}」の中）` : '近い一致'),
  fromText: (line: number) => `本文の文（${line}行目）`,
};

export type SharedMessages = typeof ja;

export const SHARED_MESSAGES = catalog(ja, '/src/routes/shared/messages.en.ts');
