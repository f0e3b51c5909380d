import { describe, expect, it } from 'vitest';
import { findFurniture, findPages } from './furniture';

const WEB = [
  'ホーム > 市政 > 総合計画 > 第2次計画',
  '更新日：2023年12月20日',
  'ページID : 1234',
  '印刷ページ表示',
  '第2次架空市総合計画(令和6年度～)',
  '1 安心して暮らせるまち',
  '地域防災力の強化を推進します。',
  '(PDFファイル: 1.2MB)',
  'このページの先頭へ',
  'ホーム > 市政 > 総合計画 > 第2次計画',
  '第2次架空市総合計画(令和6年度～)',
  '37 未来の架空市を、市民とともにつくります。',
  '元のページ',
  'ホーム > 市政 > 総合計画 > 第2次計画',
  '第2次架空市総合計画(令和6年度～)',
  '38 子育てを地域で支えます。',
  '12/180',
];

describe('findPages', () => {
  it('starts a web page at each breadcrumb trail', () => {
    const pages = findPages(WEB);
    expect(pages.count).toBe(3);
    expect(pages.pageOf[11]).toBe(1);
    expect(pages.pageOf[15]).toBe(2);
  });

  it('counts form feeds and page numbers at a page foot, one boundary each', () => {
    const pages = findPages(['本文1', '- 1 -', '\f本文2', '- 2 -', '\f本文3']);
    expect(pages.count).toBe(3);
    expect(pages.pageOf).toEqual([0, 0, 1, 1, 2]);
  });
});

describe('findFurniture', () => {
  const furniture = findFurniture(WEB, findPages(WEB));
  const dropped = WEB.filter((_, i) => furniture.drop.has(i));

  it('drops breadcrumbs, dates, page ids, print links, file sizes, back-links and counters', () => {
    for (const line of [WEB[0], WEB[1], WEB[2], WEB[3], WEB[7], WEB[8], WEB[12], WEB[16]])
      expect(dropped).toContain(line);
  });

  it('drops a back-link with its verb and a contact line with a telephone number', () => {
    const lines = [
      '元のページへ戻る',
      'お問い合わせ　企画課　電話：0123-45-6789',
      '地域医療の確保',
    ];
    const drop = findFurniture(lines, findPages(lines)).drop;
    expect([drop.has(0), drop.has(1), drop.has(2)]).toEqual([true, true, false]);
  });

  it('drops the running header repeated at the top of every page', () => {
    expect(furniture.drop.has(4) && furniture.drop.has(10) && furniture.drop.has(14)).toBe(true);
  });

  it('keeps the content', () => {
    for (const line of [WEB[5], WEB[6]]) expect(dropped).not.toContain(line);
  });

  it('strips page numbers glued to the first words of a page when they count with the pages', () => {
    const lines = ['表紙', '\f36 はじめに本市は…', '\f37 未来の架空市を、', '\f38 子育てを地域で'];
    const f = findFurniture(lines, findPages(lines));
    expect([...f.stripStart.keys()].sort()).toEqual([1, 2, 3]);
  });

  it('keeps a numbered list whose numbers do not count with the pages', () => {
    const lines = [
      '1 安心なまち',
      '2 元気なまち',
      '3 学びのまち',
      '基本目標1',
      '基本目標2',
      '基本目標3',
    ];
    expect(findFurniture(lines, findPages(lines)).drop.size).toBe(0);
  });

  it('keeps a caption of the genre that heads every page (現状と課題 on each 施策 page)', () => {
    const page = (n: number) => [
      `\f施策${n} 施策の名前`,
      '現状と課題',
      '本文です。',
      '主な取組',
      '① 取組',
    ];
    const lines = [1, 2, 3, 4].flatMap(page);
    const f = findFurniture(lines, findPages(lines));
    expect([...f.drop].map((i) => lines[i])).not.toContain('現状と課題');
  });
});

describe("a level's number under its name", () => {
  it('is no page number, though it stands at the top of a page', () => {
    const lines = [
      '基本目標',
      '１',
      '健康で安心して暮らせるまち',
      '本文です。',
      '\f12',
      '次の頁です。',
    ];
    const f = findFurniture(lines, findPages(lines));
    expect(f.drop.has(1)).toBe(false);
  });
});

describe('the municipality’s own name on a line of its own', () => {
  const lines = [
    '第2次架空町総合計画',
    '　町は、防災訓練の実施を支援します。',
    '',
    '1',
    '\f架空町',
    '',
    '　町は、空き家の除却を支援します。',
    '架 空 町 役 場',
    '架空町の農業の振興',
  ];
  const drop = findFurniture(lines, findPages(lines), '架空町').drop;

  it('is page frame wherever it stands, alone or as its office (a header seen on one page)', () => {
    expect(drop.has(4)).toBe(true);
    expect(drop.has(7)).toBe(true);
  });

  it('leaves the plan title and headings that only begin with the name', () => {
    expect(drop.has(0)).toBe(false);
    expect(drop.has(8)).toBe(false);
  });

  it('drops nothing when no name is given', () => {
    expect(findFurniture(lines, findPages(lines)).drop.has(4)).toBe(false);
  });
});
