// UI strings of the method page's figures for shared concepts and unique approaches
// (ConceptFigures.svelte); every figure comes from evaluation.json's `concepts` section.
import { catalog } from '$lib/i18n/catalog';

const ja = {
  heading: '共通する概念と独自の取り組みの精度',
  sets: (seed: number, dev: number, plans: number, unique: number, uniqueDev?: number) =>
    `手作業で判定した項目の組：4市の組 ${seed}組、読み取り開発用の架空の計画（${plans}件）の組 ${dev}組。独自の取り組みの正解：4市 ${unique}項目${uniqueDev ? `、架空の計画 ${uniqueDev}項目` : ''}。`,
  pairsCaption: '項目の組の判定：方法ごとの適合率と再現率',
  method: '方法',
  set: 'データ',
  precision: '適合率',
  recall: '再現率',
  counts: '正解一致／誤一致／見逃し',
  methods: {
    title: 'タイトルだけ、辞書だけ（従来）',
    sentence: 'タイトルと本文の文、辞書だけ',
    'sentence-near': 'タイトルと本文の文＋辞書によらない近いタイトル（採用）',
    'sentence-close': '近い一致（下位の概念）だけ',
  } as Record<string, string>,
  setNames: {
    training: '学習（4市）',
    leaveOneCityOut: '1市除外',
    dev: '開発用の架空の計画',
  } as Record<string, string>,
  uniqueCaption: '独自の取り組み：正解の見つかった割合と、共通の概念に入ってしまった割合',
  found: '見つかった割合',
  shownShared: '共通の概念に入った割合',
  entries: '一覧の件数',
  note: '「学習」は同義語辞書を作ったもとの4市の計画での値です。「1市除外」は、各市をその市の本文だけが根拠の同義語（分野の語彙にある語は残す。ラベルと同じ扱い）を除いて測った値、「開発用」は辞書が見ていない架空の計画での値です。新しい市に近いのは後の二つです。開発用の計画は正解の項目のタイトルだけで測ります。近いタイトルの閾値は開発用の組の値を見て決めたため、開発用の値は開発時の値で、本当のホールドアウトではありません。独自の取り組みの開発用の正解は、架空の計画の正解項目のタイトルだけを読んで、照合を走らせる前に選んだものです。',
  targets: (r: string, p: string, u: string, s: string) =>
    `目標：組の再現率 ${r}以上・適合率 ${p}以上、独自の取り組みの再現率 ${u}以上・共通の概念に入る割合 ${s}以下。`,
  hierarchy: (broad: number, close: number, under: number) =>
    `現在の共通概念：広い概念 ${broad}件、近い一致 ${close}件（うち広い概念の下にあるもの ${under}件）。`,
};

export type ConceptMessages = typeof ja;

export const CONCEPT_MESSAGES = catalog(ja, '/src/routes/method/conceptMessages.en.ts');
