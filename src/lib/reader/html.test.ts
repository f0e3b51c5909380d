import { describe, expect, it } from 'vitest';
import { htmlToLines, looksLikeHtml } from './html';

const PAGE = `<!DOCTYPE html><html><head><title>第2次架空市総合計画｜架空市</title>
<style>body{color:red}</style><script>var x = '<p>not text</p>';</script></head>
<body><header><nav><ul><li>ホーム</li><li>市政</li></ul></nav></header>
<div class="breadcrumb">ホーム &gt; 市政 &gt; 総合計画</div>
<main><header><h1>第2次架空市総合計画</h1></header>
<h2>基本目標1&nbsp;安心して暮らせるまち</h2>
<p>市民の安全を守るため、<br>地域防災力の強化を推進します。</p>
<ol><li>自主防災組織の育成<ul><li>防災士の養成</li></ul></li><li>避難所の環境整備</li></ol>
<table><tr><th>事業名</th><th>事業内容</th></tr><tr><td>防災訓練</td><td>年2回実施</td></tr></table>
</main><aside>関連リンク</aside><footer>Copyright 架空市</footer></body></html>`;

describe('htmlToLines', () => {
  const { lines, title } = htmlToLines(PAGE);

  it("reads an accordion's <summary> as a line of its own and drops a CMS's side column", () => {
    const page = `<html><body><div id="tmp_contents"><details><summary>産業の分野</summary>町の農業を支えます。
<p>・直売所の拡充</p></details></div><div id="tmp_side"><p>このカテゴリの情報</p></div></body></html>`;
    expect(htmlToLines(page).lines).toEqual([
      '# 産業の分野',
      '町の農業を支えます。',
      '・直売所の拡充',
    ]);
  });

  it('reads a title div and an unmarked paragraph all in bold as headings below the deepest h-tag', () => {
    const page = `<html><body><h1>計画の概要</h1><div class="title">健康・福祉の分野</div>
<p><strong>健康づくりの推進</strong></p><p>・特定健診の受診率の向上</p>
<p><strong>（1）地域福祉の推進</strong></p><p><strong>この計画は町民とともにつくります。</strong></p>
<p><strong>※</strong>名称は変わる場合があります。</p></body></html>`;
    expect(htmlToLines(page).lines).toEqual([
      '# 計画の概要',
      '## 健康・福祉の分野',
      '### 健康づくりの推進',
      '・特定健診の受診率の向上',
      '（1）地域福祉の推進',
      'この計画は町民とともにつくります。',
      '※名称は変わる場合があります。',
    ]);
  });

  it('keeps headings, paragraphs, nested lists and table rows, in order', () => {
    expect(lines).toEqual([
      '# 第2次架空市総合計画',
      '## 基本目標1 安心して暮らせるまち',
      '市民の安全を守るため、',
      '地域防災力の強化を推進します。',
      '- 1. 自主防災組織の育成',
      '  - 防災士の養成',
      '- 2. 避難所の環境整備',
      '事業名\t事業内容',
      '防災訓練\t年2回実施',
    ]);
  });

  it('drops the frame: navigation, breadcrumbs, side menus, footer, scripts and styles', () => {
    const text = lines.join('\n');
    for (const frame of ['ホーム', '関連リンク', 'Copyright', 'not text', 'color'])
      expect(text).not.toContain(frame);
  });

  it('reads the page title', () => expect(title).toBe('第2次架空市総合計画｜架空市'));
});

describe('looksLikeHtml', () => {
  it.each([
    [PAGE, true],
    ['  <html lang="ja"><body>計画</body></html>', true],
    ['計画の本文です。<p>という表記</p>はタグを含む文です。', false],
  ])('%#', (text, html) => expect(looksLikeHtml(text)).toBe(html));
});

describe('line breaks inside table cells', () => {
  it('keeps a <br> in a cell as a line break inside a quoted cell', () => {
    const { lines } = htmlToLines(
      '<table><tr><td>地域で支え合う<br>福祉の推進</td><td>サロンの運営支援<br>ボランティアの養成</td></tr>' +
        '<tr><td>健康寿命の延伸</td><td>健康ポイント事業</td></tr></table>',
    );
    expect(lines).toEqual([
      '"地域で支え合う',
      '福祉の推進"\t"サロンの運営支援',
      'ボランティアの養成"',
      '健康寿命の延伸\t健康ポイント事業',
    ]);
  });
});

describe('definition lists', () => {
  it('lists the <dd> of a term with two or more as entries, keeps a single <dd> as text', () => {
    const { lines } = htmlToLines(
      '<dl><dt>1-1　健康づくりの推進</dt><dd>料理教室</dd><dd>受動喫煙の防止対策</dd>' +
        '<dt>計画期間</dt><dd>令和8年度から令和12年度まで</dd></dl>',
    );
    expect(lines).toEqual([
      '1-1 健康づくりの推進',
      '- 料理教室',
      '- 受動喫煙の防止対策',
      '計画期間',
      '令和8年度から令和12年度まで',
    ]);
  });
});
