import { describe, expect, it } from 'vitest';
import { extractOutline, flattenOutline, type OutlineNode } from './outline';

/** Node summaries in document order: "line:type:label:title". */
function summary(text: string, options = {}): string[] {
  return flattenOutline(extractOutline(text, options)).map(
    (n) =>
      `${n.line}${n.endLine !== n.line ? `-${n.endLine}` : ''}:${n.type}:${n.label ?? ''}:${n.title}`,
  );
}

const CASES: [string, string, string[]][] = [
  [
    'a marker standing alone takes the next line as its title',
    '手法\n1-1\n\n市政改革の推進\n\n現状と課題',
    ['1:text::手法', '2-4:dotted:1-1:市政改革の推進', '6:text::現状と課題'],
  ],
  [
    'a numbered markdown heading takes the heading below as its title',
    '### 基本目標\n\n# 3\n\n## 世代をつないで人を育むまち\n\n本文です。',
    ['1:heading::基本目標', '3-5:numbered:3:世代をつないで人を育むまち', '7:text::本文です。'],
  ],
  [
    'two trailing spaces continue a line (a markdown hard break)',
    '◎次世代育成「市の宝」  \n「市の未来」プロジェクト\n\n- 妊婦さん応援！',
    [
      '1-2:double-circle::次世代育成「市の宝」 「市の未来」プロジェクト',
      '4:bullet::妊婦さん応援！',
    ],
  ],
  [
    'a hard break never swallows the next list item',
    '【備考】国勢調査を基に作成  \n （４） 住み続けられる地域 ',
    ['1:caption::国勢調査を基に作成', '2:paren:4:住み続けられる地域'],
  ],
  [
    '▶ splits sub-measures into children on the same line',
    '- 20 工業の振興 ▶工業の振興\n- 22 起業 ▶起業の推進 ▶事業承継の推進',
    [
      '1:numbered:20:工業の振興',
      '1:arrow::工業の振興',
      '2:numbered:22:起業',
      '2:arrow::起業の推進',
      '2:arrow::事業承継の推進',
    ],
  ],
  [
    'tab tables: the header names the cells, <p> wrappers go',
    '事業名\t事業内容\n<p>電子入札制度の導入</p>\t<p>電子入札の導入を検討する。</p>',
    ['2:row::電子入札制度の導入'],
  ],
  [
    'page-navigation residue (a run of short unmarked lines) is dropped',
    '本文です。\n\n序論\n\n基本構想\n\n基本目標1\n\n基本目標2\n\n方策の柱\n\n資料編\n\n次の本文です。',
    ['1:text::本文です。', '15:text::次の本文です。'],
  ],
  [
    'figure axes are dropped, but a two-digit number stays a marker',
    '100,000\n\n120,000\n\n01\n\n### 協働のまちづくり',
    ['5-7:numbered:01:協働のまちづくり'],
  ],
];

describe('extractOutline', () => {
  it.each(CASES)('%s', (_, text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('reads CRLF files and a byte-order mark like plain LF text', () => {
    const lf = '# 計画\n\n◎事業名  \n続き\n\n事業名\t事業内容\nA\tB';
    const crlf = '\uFEFF' + lf.replace(/\n/gu, '\r\n');
    expect(summary(crlf)).toEqual(summary(lf));
  });

  it('gives table rows their cells by header name', () => {
    const [row] = flattenOutline(
      extractOutline('事業名\t事業内容\n行政評価の実施\t行政評価を行う。'),
    );
    expect(row?.cells).toEqual({ 事業名: '行政評価の実施', 事業内容: '行政評価を行う。' });
  });

  it('drops lines the options name as page furniture', () => {
    const options = { skip: ['第２章 総合計画の実現に向けて'] };
    const before = structuredClone(options);
    expect(summary('本文です。\n 第２章 総合計画の実現に向けて   \n続きです。', options)).toEqual([
      '1:text::本文です。',
      '3:text::続きです。',
    ]);
    expect(options).toEqual(before);
  });

  it('nests markers under headings and in the order the document first uses them', () => {
    const roots = extractOutline(
      '## 方策\n\n1 市政改革\n\n- 1 推進\n\n□ 小見出し\n\n- ◇ 例\n\n□ 次\n\n2 財政',
    );
    const shape = (nodes: OutlineNode[]): unknown[] =>
      nodes.map((n) => (n.children.length ? { [n.title]: shape(n.children) } : n.title));
    expect(shape(roots)).toEqual([
      { 方策: [{ 市政改革: [{ 推進: [{ 小見出し: ['例'] }, '次'] }] }, '財政'] },
    ]);
  });
});
