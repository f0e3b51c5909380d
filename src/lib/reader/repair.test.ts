import { describe, expect, it } from 'vitest';
import { fixGlyphs, joinSplitWords, looksSpacedOut, repairLine, unbox, undouble } from './repair';

describe('repair', () => {
  it.each([
    ['第第11章章 計画の概要', '第1章 計画の概要'],
    ['基基本本目目標標11', '基本目標1'],
    ['ここは普通の文です', 'ここは普通の文です'],
    ['ママ', 'ママ'],
  ])('undouble(%j)', (raw, out) => expect(undouble(raw)).toBe(out));

  it.each([
    ['基本 施策 2-1', '基本施策 2-1'],
    ['方 針 1 健康 づくり', '方針 1 健康づくり'],
    ['健やかに暮らせるまち 市民一人ひとりが', '健やかに暮らせるまち 市民一人ひとりが'],
    ['ア\u3000地域の防災', 'ア\u3000地域の防災'],
  ])('joinSplitWords(%j)', (raw, out) => expect(joinSplitWords(raw)).toBe(out));

  it('maps Kangxi radicals and look-alike punctuation to the characters they stand for', () => {
    expect(fixGlyphs('安⼼‧安全、⾏政')).toBe('安心・安全、行政');
  });

  it('removes the verticals of a box and keeps the indent inside it', () => {
    expect(unbox('│重点プロジェクト１　こどもまんなか　　│')).toBe(
      '重点プロジェクト１　こどもまんなか',
    );
    expect(unbox('│　子育て世代を応援します。　│')).toBe('　子育て世代を応援します。');
  });

  it('joins split words only in a document that is spaced out, never after a marker', () => {
    expect(
      looksSpacedOut(['基本 施策 の 方 針', '地域 防災 力 の 強化', '健康 づくり', '本文']),
    ).toBe(true);
    expect(
      looksSpacedOut([
        '基本施策の方針です。',
        '健やかに暮らせるまち 市民一人ひとり',
        '基本 施策',
        '1',
        '2',
        '3',
        '4',
      ]),
    ).toBe(false);
    expect(repairLine('ア 地域 の 防災', true)).toBe('ア 地域の防災');
  });
});
