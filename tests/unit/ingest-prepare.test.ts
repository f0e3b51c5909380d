// The pure steps of ingest, table-driven: cutting web-copy lines, dropping page furniture, and
// reading plan facts with the line that states them.
import { describe, expect, it } from 'vitest';
import { prepareLines } from '../../scripts/ingest/prepareLines';
import { detectFacts } from '../../scripts/ingest/detectFacts';

describe('prepareLines', () => {
  it.each([
    // A short line stays exactly as written, even with a marker inside it.
    ['- ① 健康寿命の延伸', ['- ① 健康寿命の延伸']],
    [
      '本市は、まちの魅力を発信します。市民と協働します。',
      ['本市は、まちの魅力を発信します。市民と協働します。'],
    ],
    // Two markers in a short line: a list run together.
    [
      '計画を進めるために ◇ 市民協働の推進 ◇ 行政手続きのオンライン化',
      ['計画を進めるために', '◇ 市民協働の推進', '◇ 行政手続きのオンライン化'],
    ],
    // A long line: sentences and list items, 「」 kept whole.
    [
      '基本目標 ① 健やかに暮らせるまち 市民の健康づくりを地域ぐるみで進め、「健康寿命の延伸」をめざします。介護予防にも取り組みます。 ② 子どもが育ち学ぶまち 子育て支援の充実を図ります。',
      [
        '基本目標',
        '① 健やかに暮らせるまち 市民の健康づくりを地域ぐるみで進め、「健康寿命の延伸」をめざします。',
        '介護予防にも取り組みます。',
        '② 子どもが育ち学ぶまち 子育て支援の充実を図ります。',
      ],
    ],
  ])('%s', (line, pieces) => {
    const prepared = prepareLines(line);
    expect(prepared.text.split('\n')).toEqual(pieces);
    expect(prepared.origin).toEqual(pieces.map(() => 1));
  });

  it('blanks page numbers and repeated page furniture but keeps repeated headings', () => {
    const page = (n: number) => ['ホーム ＞ 計画', '基本方針', `本文${n}`, `- ${n} -`];
    const source = [1, 2, 3].flatMap(page).join('\n');
    const prepared = prepareLines(source);
    expect(prepared.furniture).toEqual(['ホーム ＞ 計画']);
    const lines = prepared.text.split('\n');
    expect(lines.filter((l) => l === '基本方針')).toHaveLength(3);
    expect(lines.filter((l) => /^- \d -$/u.test(l))).toEqual([]);
    expect(prepared.origin).toEqual(lines.map((_, i) => i + 1));
  });

  it('treats a form feed as a page break', () => {
    const prepared = prepareLines('1 まち\f2 ひと');
    expect(prepared.text.split('\n')).toEqual(['1 まち', '2 ひと']);
    expect(prepared.origin).toEqual([1, 1]);
  });
});

describe('detectFacts', () => {
  const FILE = 'sources/x.txt';
  it.each([
    [
      '計画期間は令和7年度から令和16年度までの10年間',
      { start: 2025, end: 2034, quote: '令和7年度から令和16年度' },
    ],
    [
      '平成28年度～令和2年度', // The quote is the NFKC form (～ → ~), which is how quotes are compared.
      { start: 2016, end: 2020, quote: '平成28年度~令和2年度' },
    ],
    [
      '基本計画は2024年度から 2031年度までの8年間',
      { start: 2024, end: 2031, quote: '2024年度から 2031年度' },
    ],
    ['令和元年度から令和10年度', { start: 2019, end: 2028, quote: '令和元年度から令和10年度' }],
  ])('period in %s', (line, { start, end, quote }) => {
    const facts = detectFacts(`# 架空市総合計画\n\n${line}`, FILE, '架空市総合計画');
    expect(facts.period).toEqual({ start, end, source: { file: FILE, line: 3, quote } });
  });

  it('finds title, vision and layers with their lines, and leaves out what is not stated', () => {
    const text =
      'ホーム ＞ 総合計画\n# 架空市総合計画\n将来像を「森と海のまち 架空市」とします。\n基本構想と実施計画で構成します。';
    const facts = detectFacts(text, FILE, 'fallback');
    expect(facts.title).toBe('架空市総合計画');
    expect(facts.provenance.title).toEqual({ file: FILE, line: 2, quote: '架空市総合計画' });
    expect(facts.vision).toBe('森と海のまち 架空市');
    expect(facts.provenance.vision?.line).toBe(3);
    expect(facts.layers).toEqual(['基本構想', '実施計画']);
    expect(facts.provenance.layers?.line).toBe(4);
    expect(facts.period).toBeUndefined();
  });

  it('finds the plan name inside a long web-copy line', () => {
    const facts = detectFacts(
      '架空市総合計画（概要版） 架空市は架空のまちです。',
      FILE,
      'fallback',
    );
    expect(facts.title).toBe('架空市総合計画');
  });
});
