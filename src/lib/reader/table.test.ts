import { describe, expect, it } from 'vitest';
import { isHeaderRow, splitTableRow } from './table';

describe('splitTableRow', () => {
  it.each([
    ['事業名\t事業内容', ['事業名', '事業内容']],
    [
      '<p>電子入札制度の導入</p>\t<p>入札事務の効率化を図る。</p>',
      ['電子入札制度の導入', '入札事務の効率化を図る。'],
    ],
    ['基本構想(令和3年度から令和12年度)\t\t\t', ['基本構想(令和3年度から令和12年度)']],
    ['遊休施設の用途変更や  空きスペース\tx', ['遊休施設の用途変更や 空きスペース', 'x']],
  ])('%j', (raw, cells) => expect(splitTableRow(raw)).toEqual(cells));
});

describe('isHeaderRow', () => {
  it.each([
    [['事業名', '事業内容'], '行政評価の実施\t行政評価を行う。', true],
    [['事業名', '事業内容'], '', false],
    [['事業名', '事業内容'], undefined, false],
    [['行政評価の実施', '行政評価を行う。'], 'a\tb', false],
    [['事業名'], 'a\tb', false],
  ])('%j before %j → %s', (cells, next, header) => expect(isHeaderRow(cells, next)).toBe(header));
});
