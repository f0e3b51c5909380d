import { describe, expect, it } from 'vitest';
import { collectBody, collectSections } from './bodyText';
import { extractOutline, flattenOutline } from '../../src/lib/reader/outline';

const flatOf = (text: string) => flattenOutline(extractOutline(text));

describe('collectBody', () => {
  it.each([
    [
      'paragraphs up to the next marker',
      '## 見出し\n\n一文目です。\n\n二文目。\n\n## 次',
      '一文目です。\n二文目。',
    ],
    [
      'fragments of one sentence join',
      '(1) 産業\n\n本市の従業者数は、製造業\n\nが多い。',
      '本市の従業者数は、製造業が多い。',
    ],
    [
      'a caption ends the text',
      '(1) 子育て\n\n出生数は減っています。\n\n本市の出生数の推移\n\n【備考】',
      '出生数は減っています。',
    ],
    [
      'a short sentence is no caption',
      '### 魅力の発信\n\n一関の認知度の向上を目指します',
      '一関の認知度の向上を目指します',
    ],
    [
      'a list with commas is no caption',
      '□対応力を高める\n\n防災、減災などに関する取組み等',
      '防災、減災などに関する取組み等',
    ],
    [
      'the tail of an interrupted sentence is not a description',
      '## ③「SDGsの推進」\n\nの3つを横断的な視点とし、',
      '',
    ],
  ])('%s', (_, text, body) => {
    expect(collectBody(flatOf(text), 0)).toBe(body);
  });

  it('stops at the end of the region', () => {
    const flat = flatOf('(6) 脱炭素\n\n高めていく必要があります。\n\n注釈は後で説明します。');
    expect(collectBody(flat, 0, 3)).toBe('高めていく必要があります。');
  });
});

describe('collectSections', () => {
  const text = [
    '1-1',
    '市政改革の推進',
    '現状と課題',
    '厳しさを増しています。',
    '関連データ',
    '基本方針',
    '行政評価を行います。',
    '1-2',
    '組織の見直し',
    '現状と課題',
    '別の課題です。',
  ].join('\n\n');

  it('labels the paragraphs under each caption, within the item only', () => {
    const flat = flatOf(text);
    const next = flat.findIndex((n) => n.label === '1-2');
    expect(collectSections(flat, 0, next, ['現状と課題', '基本方針'])).toBe(
      '現状と課題：厳しさを増しています。\n基本方針：行政評価を行います。',
    );
    expect(collectSections(flat, next, flat.length, ['基本方針'])).toBe('');
  });
});
