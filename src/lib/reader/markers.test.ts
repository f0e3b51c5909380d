import { describe, expect, it } from 'vitest';
import { classifyLine, type LineMarker } from './markers';

type Expected = Partial<LineMarker>;

const CASES: [string, Expected][] = [
  ['', { type: 'text', rest: '' }],
  ['ただの文章です。', { type: 'text', label: null, rest: 'ただの文章です。' }],
  ['# 二本松市総合計画', { type: 'heading', heading: 1, rest: '二本松市総合計画' }],
  ['# 3', { type: 'numbered', heading: 1, label: '3', rest: '' }],
  ['## ①「EBPPMの推進」…', { type: 'circled', heading: 2, label: '1', rest: '「EBPPMの推進」…' }],
  ['- ④ 人口減少対策', { type: 'circled', bullet: true, label: '4', rest: '人口減少対策' }],
  [
    '①若者・女性・外国人が輝けるまちづくり',
    { type: 'circled', label: '1', rest: '若者・女性・外国人が輝けるまちづくり' },
  ],
  ['Ⅰ 計画のあり方', { type: 'roman', label: '1', rest: '計画のあり方' }],
  ['（２） 土地利用の基本方針 ', { type: 'paren', label: '2', rest: '土地利用の基本方針' }],
  [
    '- (1) 計画体系を簡素化し',
    { type: 'paren', bullet: true, label: '1', rest: '計画体系を簡素化し' },
  ],
  [
    '〔１〕健康ポイント事業の実施',
    { type: 'bracket-number', label: '1', rest: '健康ポイント事業の実施' },
  ],
  ['【２】 通いの場づくり', { type: 'bracket-number', label: '2', rest: '通いの場づくり' }],
  ['〔基本的方向〕', { type: 'caption', prefix: '基本的方向' }],
  ['１．１．健康づくりの推進', { type: 'dotted', label: '1-1', rest: '健康づくりの推進' }],
  ['3.1.1. 新規就農者への研修', { type: 'dotted', label: '3-1-1', rest: '新規就農者への研修' }],
  ['方向性２：地域で支え合う福祉', { type: 'labelled', prefix: '方向性', label: '2' }],
  [
    'GOAL 1　健康で安心して暮らせるまち',
    { type: 'labelled', prefix: 'GOAL', label: '1', rest: '健康で安心して暮らせるまち' },
  ],
  [
    'Action02 子育ての応援',
    { type: 'labelled', prefix: 'ACTION', label: '2', rest: '子育ての応援' },
  ],
  ['Goal setting', { type: 'text' }],
  ['1-1．健康づくりの推進', { type: 'dotted', label: '1-1', rest: '健康づくりの推進' }],
  ['2-1-3. 防災訓練の実施', { type: 'dotted', label: '2-1-3', rest: '防災訓練の実施' }],
  [
    '施策No.3　地域医療の確保',
    { type: 'labelled', prefix: '施策', label: '3', rest: '地域医療の確保' },
  ],
  [
    '施策の方向１　健診体制の充実',
    { type: 'labelled', prefix: '施策の方向', label: '1', rest: '健診体制の充実' },
  ],
  [
    'その１子育て世帯向け住宅の整備',
    { type: 'labelled', prefix: 'その', label: '1', rest: '子育て世帯向け住宅の整備' },
  ],
  ['その1つが子育て支援です。', { type: 'text' }],
  ['1-1', { type: 'dotted', label: '1-1', rest: '' }],
  ['4-1-3 広域', { type: 'dotted', label: '4-1-3', rest: '広域' }],
  [
    '- 01 こどもの健やかな成長 ▶こどもの健やかな育成',
    { type: 'numbered', label: '01', rest: 'こどもの健やかな成長 ▶こどもの健やかな育成' },
  ],
  ['### 1 市政改革', { type: 'numbered', heading: 3, label: '1', rest: '市政改革' }],
  ['４ 人口減少社会への対応 ', { type: 'numbered', label: '4', rest: '人口減少社会への対応' }],
  [
    '1. 暮らしを守る安全・安心の充実強化：日々',
    { type: 'numbered', label: '1', rest: '暮らしを守る安全・安心の充実強化：日々' },
  ],
  ['2024 年度 2025 年度', { type: 'text' }],
  [
    'ア 都市の活力を生み出す土地利用の誘導 ',
    { type: 'katakana', label: 'ア', rest: '都市の活力を生み出す土地利用の誘導' },
  ],
  ['イノベーションの推進', { type: 'text' }],
  ['方策 1 市政改革', { type: 'labelled', prefix: '方策', label: '1', rest: '市政改革' }],
  ['方策4 広域連携推進', { type: 'labelled', prefix: '方策', label: '4', rest: '広域連携推進' }],
  ['※ 28 Plan（計画）→ Do（実行）', { type: 'note', rest: '28 Plan（計画）→ Do（実行）' }],
  [
    '□危機事象への対応力・回復力を高める',
    { type: 'square', rest: '危機事象への対応力・回復力を高める' },
  ],
  [
    '- ◇ 医療人財確保に向けた取組み等',
    { type: 'diamond', bullet: true, rest: '医療人財確保に向けた取組み等' },
  ],
  ['◎二本松城跡総合整備事業', { type: 'double-circle', rest: '二本松城跡総合整備事業' }],
  ['○策定の視点 ', { type: 'circle', rest: '策定の視点' }],
  [
    '・人口減少社会における対応を本格的に進めること。 ',
    { type: 'dot', rest: '人口減少社会における対応を本格的に進めること。' },
  ],
  ['**笑顔あふれる**', { type: 'text', rest: '笑顔あふれる' }],
  ['- 妊婦さん応援！', { type: 'bullet', bullet: true, rest: '妊婦さん応援！' }],
  // A Roman numeral heading a dotted number (the second 基本目標's first 施策).
  [
    '施策Ⅱ-1　子育ての応援',
    { type: 'labelled', label: '2-1', prefix: '施策', rest: '子育ての応援' },
  ],
  // A counter word after an ideographic space is the heading's first word, not a quantity.
  [
    '基本目標Ⅱ　人がつながるまち',
    { type: 'labelled', label: '2', prefix: '基本目標', rest: '人がつながるまち' },
  ],
  ['基本目標3　人が集うまち', { type: 'labelled', label: '3', rest: '人が集うまち' }],
  // A chapter named inside a sentence is a reference, not a heading.
  ['第４章の各ページと対応しています。', { type: 'text' }],
  ['第４章　重点プロジェクト', { type: 'part', label: '4', rest: '重点プロジェクト' }],
];

describe('classifyLine', () => {
  it.each(CASES)('%j', (raw, expected) => {
    expect(classifyLine(raw)).toMatchObject(expected);
  });

  it('keeps the line’s own characters in rest (full-width digits stay full-width)', () => {
    expect(classifyLine('（１） 子育て（少子化） ').rest).toBe('子育て（少子化）');
    expect(classifyLine('1 市民２人').rest).toBe('市民２人');
  });
});

describe('project codes and kanji numerals glued to words', () => {
  it('reads a 実施計画 project code with a three-digit last part as a dotted marker', () => {
    expect(classifyLine('01-02-003　防災倉庫整備事業')).toMatchObject({
      type: 'dotted',
      label: '01-02-003',
      rest: '防災倉庫整備事業',
    });
  });
  it('reads a kanji numeral glued to a kanji as a word, not a label (施策一覧)', () => {
    expect(classifyLine('計上事業一覧').type).toBe('text');
    expect(classifyLine('基本目標一 豊かなまち')).toMatchObject({ type: 'labelled', label: '一' });
  });
});
