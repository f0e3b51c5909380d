import { describe, expect, it } from 'vitest';
import { toLogicalLines } from './blocks';
import { dropDepartmentColumn, spacedTablesToTabs } from './spacedTable';
import { buildTree, codeDepth, type TreeNode } from './tree';

const outline = (nodes: TreeNode[], depth = 0): string[] =>
  nodes.flatMap((n) => [`${'  '.repeat(depth)}${n.title}`, ...outline(n.children, depth + 1)]);

// A 実施計画 printed from a budgeting system: a blank line before each goal's group, codes that
// nest, a subtotal row under each policy.
const REPORT = [
  'コード      事業名                    令和８年度  令和９年度  担当課',
  '----------------------------------------------------------------',
  '',
  '01          安心して暮らせるまち',
  '01-01       防災の推進',
  '01-01-001   防災倉庫整備事業               1,200       1,300  総務課',
  '01-01-002   避難所改修事業                 4,000          －  総務課',
  '            （01-01　計）                  5,200       1,300',
  '',
  '02          子育てしやすいまち',
  '02-01       保育の充実',
  '02-01-001   保育所改築事業                50,000      20,000  子ども課',
  '',
  '※事業費は見込額です。',
];

describe('spacedTablesToTabs', () => {
  it('ends at a line set left of the header, with no blank line after the table', () => {
    const out = spacedTablesToTabs([
      '６．成果指標',
      '　指標名　　　　　　　　　　基準値　　目標値',
      '　図書館の年間貸出冊数　　　　210　　　250',
      '　読書が好きな児童の割合　　　72　　　　80',
      '架空市総合計画　　　　　　　　　　　　　　　　　　　　　14',
      '施策名　学びの場の充実',
      '１．目的　だれもが生涯を通じて学び続けられる環境が整っています。',
    ]);
    expect(out[1]).toBe('指標名\t基準値\t目標値');
    expect(out[2]).toBe('図書館の年間貸出冊数\t210\t250');
    expect(out[3]).toBe('読書が好きな児童の割合\t72\t80');
    expect(out.slice(4)).toEqual([
      '架空市総合計画　　　　　　　　　　　　　　　　　　　　　14',
      '施策名　学びの場の充実',
      '１．目的　だれもが生涯を通じて学び続けられる環境が整っています。',
    ]);
  });

  it('goes on over a blank line before a group of rows aligned to the header', () => {
    const out = spacedTablesToTabs(REPORT);
    expect(out[3]!.split('\t').filter(Boolean)).toEqual(['01', '安心して暮らせるまち']);
    expect(out[9]!.split('\t').filter(Boolean)).toEqual(['02', '子育てしやすいまち']);
    expect(out[13]).toBe('※事業費は見込額です。');
  });

  it('reads an indented line with figures in filled columns as a row, not a wrap', () => {
    const out = spacedTablesToTabs(REPORT);
    expect(out[6]).toBe('01-01-002\t避難所改修事業\t4,000\t－\t総務課');
    expect(out[7]).toMatch(/^\t（01-01\u3000計）\t5,200\t1,300\t?$/u);
  });

  it('still joins a wrapped cell with no figure in a filled column', () => {
    const out = spacedTablesToTabs([
      '取組名          事業概要                  関係市町',
      '----------------------------------------------------',
      '医療連携        休日診療の輪番制を        全市町',
      '                維持する。',
    ]);
    expect(out[2]).toBe('医療連携\t休日診療の輪番制を維持する。\t全市町');
  });
});

describe('codes that nest give table rows their levels', () => {
  it.each([
    ['01', 1],
    ['01-01', 2],
    ['01-01-001', 3],
    ['事業名', 0],
    ['', 0],
  ])('codeDepth(%j) = %d', (cell, depth) => expect(codeDepth(cell)).toBe(depth));

  it('nests rows under the rows with shorter codes; subtotals are no entries', () => {
    const clean = spacedTablesToTabs(REPORT);
    const roots = buildTree(toLogicalLines({ clean, pageOf: clean.map(() => 0) }));
    expect(outline(roots)).toEqual([
      '安心して暮らせるまち',
      '  防災の推進',
      '    防災倉庫整備事業',
      '    避難所改修事業',
      '子育てしやすいまち',
      '  保育の充実',
      '    保育所改築事業',
    ]);
  });
});

describe('dropDepartmentColumn', () => {
  const pad = (text: string, width: number, dept: string) => {
    let w = 0;
    for (const ch of text) w += /[\x20-\x7e]/u.test(ch) ? 1 : 2;
    return `${text}${' '.repeat(Math.max(4, width - w))}${dept}`;
  };
  it('drops a right-hand column of departments set at one column, and a department alone', () => {
    const lines = [
      pad('  主要な施策', 60, '担当課'),
      '  （１）空き家の活用',
      pad('      ①  空き家の改修への補助', 60, '建築住宅課'),
      pad('      ②  移住者向けの住まい相談', 60, '企画調整課'),
      pad('', 60, '地域振興室'),
      pad('      ③  危険な空き家の除却', 60, '建築住宅課'),
    ];
    expect(dropDepartmentColumn(lines).map((l) => l.trimEnd())).toEqual([
      '  主要な施策',
      '  （１）空き家の活用',
      '      ①  空き家の改修への補助',
      '      ②  移住者向けの住まい相談',
      '',
      '      ③  危険な空き家の除却',
    ]);
  });
  it('leaves a line alone when fewer than three lines share the column, and a table row', () => {
    const few = [pad('  ①  道路の補修', 60, '土木課'), pad('  ②  橋の点検', 40, '土木課')];
    expect(dropDepartmentColumn(few)).toEqual(few);
    const rows = [0, 1, 2].map((k) => pad(`  0${k}    橋梁の修繕    ${k}00`, 60, '土木課'));
    expect(dropDepartmentColumn(rows)).toEqual(rows);
  });
  it('keeps a field that is no department name', () => {
    const lines = [0, 1, 2].map((k) => pad(`  ${k + 1}  健康づくり`, 60, '令和８年度'));
    expect(dropDepartmentColumn(lines)).toEqual(lines);
  });
});
