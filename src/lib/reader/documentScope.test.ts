import { describe, expect, it } from 'vitest';
import { inferScope, measureText } from './documentScope';

const F = 'sources/x.txt';

describe('inferScope', () => {
  it.each([
    ['a 概要版', ['# 架空市総合計画 概要版', '基本構想', '本文。'], 'summary', '概要版', 1],
    ['a draft', ['架空町総合計画（素案）', '序論', '第1章 はじめに'], 'draft', '素案', 1],
    ['a plan marked （案）', ['表紙', '架空村 第2次総合計画 (案)'], 'draft', '(案)', 2],
    [
      'a bulletin',
      ['広報かくう 4月号', '新しい総合計画ができました。'],
      'bulletin',
      '広報かくう 4月号',
      1,
    ],
    ['a policy summary', ['架空市 行政の基本方針【概要】'], 'policy-summary', '基本方針【概要', 1],
    ['one later chapter', ['第4章 まちづくりの推進', '1 協働'], 'chapters', '第4章', 1],
  ])('reads %s from the words that say so, with the line', (_, lines, kind, quote, line) => {
    const scope = inferScope(lines.join('\n'), F);
    expect(scope.kind).toBe(kind);
    expect(scope.source).toEqual({ file: F, line, quote });
    expect(scope.by).toBe('reader');
  });

  it('does not take a kind from prose that mentions one, or from a policy named 広報', () => {
    const text = [
      '架空市総合計画',
      '3月末には、概要版を全戸配布します。',
      '素案へのパブリックコメントを実施しました。',
      '広報広聴の充実',
      '架空市総合計画 概要版（PDF：1.2MB）',
    ].join('\n');
    expect(inferScope(text, F).kind).toBe('unknown');
  });

  it('says unknown, with no line, when the text does not say what it is', () => {
    const text = ['架空市総合計画', '第1章 総論', '基本構想', '第2章 基本計画'].join('\n');
    const scope = inferScope(text, F);
    expect(scope.kind).toBe('unknown');
    expect(scope.source).toBeUndefined();
    expect(scope.parts).toEqual(['第1章', '基本構想', '第2章', '基本計画']);
  });

  it('measures characters without blanks, and pages of a PDF text', () => {
    expect(measureText('あい う\n\nえ')).toEqual({ characters: 4 });
    expect(measureText('一頁\n\f二頁\n\f三頁')).toEqual({ characters: 6, pages: 3 });
  });
});
