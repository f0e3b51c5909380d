import { describe, expect, it } from 'vitest';
import { interleavedColumns, splitRunOn, toLogicalLines } from './blocks';

describe('splitRunOn', () => {
  it.each([
    [
      '2-1 健康意識を高める取組を推進します 2-2 保健・医療・介護の連携を進めます 2-3 地域福祉の推進',
      [
        '2-1 健康意識を高める取組を推進します',
        '2-2 保健・医療・介護の連携を進めます',
        '2-3 地域福祉の推進',
      ],
    ],
    ['① 防災 ② 防犯 ③ 交通安全', ['① 防災', '② 防犯', '③ 交通安全']],
    [
      '基本目標と主な取組 ① 健やかなまち ② 学ぶまち',
      ['基本目標と主な取組', '① 健やかなまち', '② 学ぶまち'],
    ],
    [
      '本市は第2章で述べた (1) の考え方に立ちます。',
      ['本市は第2章で述べた (1) の考え方に立ちます。'],
    ],
    ['- ◇ 平常時の備え', ['- ◇ 平常時の備え']],
    [
      '町は次の取組を進めます。取組1　健康づくり：相談を行います。取組2　地域医療：体制を保ちます。',
      [
        '町は次の取組を進めます。',
        '取組1　健康づくり：相談を行います。',
        '取組2　地域医療：体制を保ちます。',
      ],
    ],
  ])('%s', (line, pieces) => expect(splitRunOn(line)).toEqual(pieces));
});

describe('toLogicalLines', () => {
  const lines = (clean: string[]) => toLogicalLines({ clean, pageOf: clean.map(() => 0) });

  it("joins a level's name standing alone with its number on the next line", () => {
    expect(
      lines([
        '基本目標',
        '１',
        '健康で安心して暮らせるまち',
        '',
        '施策',
        '１－１',
        '健康づくりの推進',
      ]).map((l) => `${l.marker.type}:${l.marker.label ?? ''} ${l.text}`),
    ).toEqual([
      'labelled:1 基本目標１',
      'text: 健康で安心して暮らせるまち',
      'labelled:1-1 施策１－１',
      'text: 健康づくりの推進',
    ]);
    expect(lines(['施策', '', '１', '健康づくり']).map((l) => l.marker.type)).toEqual([
      'text',
      'numbered',
      'text',
    ]);
  });

  it("joins no lines in a text whose lines are all short (a diagram's or a list's, not a page's width)", () => {
    const clean = [
      'がん検診の受診率向上',
      '健康マイレージ事業',
      '介護予防教室の開催',
      '見守りネットワークの構築',
      '在宅医療と介護の連携',
      '相談支援体制の強化',
      '手話通訳者の派遣',
      '子育て世代包括支援センターの運営',
      '一時預かり保育の拡充',
      '子ども食堂への支援',
      'ICT支援員の配置',
      '特別支援教育の充実',
      '通学路の安全対策',
      '水凪米のブランド化',
      '漁港の機能強化',
      '森林の間伐と林道の整備',
      '津波避難タワーの整備',
      '防災アプリによる情報発信',
    ];
    expect(lines(clean)).toHaveLength(clean.length);
  });

  it('joins no lines in a text that keeps its paragraphs whole on one line each (a web page copied as text)', () => {
    const para =
      '町の高齢化率は36％を超えました。住み慣れた地域で元気に暮らし続けられるよう、健康づくりと地域の支え合いを進めます。';
    const clean = [
      '健康・福祉の分野　みんなが元気で支え合うまち',
      para,
      '健康づくりの推進',
      '・特定健診の受診率の向上のための取組',
      '・減塩を呼びかける出前講座の開催',
      '・こころの健康に関する相談会の実施',
      '・在宅医療と介護の連携強化の取組',
      '・認知症カフェの開設と運営の支援',
      '・高齢者の買い物を支える移動販売車の運行支援',
      '子育て・教育の分野　子どもが夢を育むまち',
      para,
      '子育て家庭の支援',
      '・児童館での子育てサロンの開催',
      '・出産祝金の支給と子育て相談の充実',
      '・病後児保育の実施と病児保育室の開設',
    ];
    expect(lines(clean)).toHaveLength(clean.length);
  });

  it('never goes on from a heading onto the prose under it', () => {
    const clean = [
      '# 第１章　健康で安心して暮らせるまちをつくる',
      '町民が生涯を通じて健康に暮らせるよう、予防と',
      '医療と福祉をつなぐまちづくりを進めます。町は',
      '健診の受診を勧め、運動の機会を増やしながら、',
      '地域の医療を守る取組を続けていくことにします',
    ];
    expect(lines(clean).map((l) => l.text)).toEqual([
      '# 第１章　健康で安心して暮らせるまちをつくる',
      '町民が生涯を通じて健康に暮らせるよう、予防と医療と福祉をつなぐまちづくりを進めます。町は健診の受診を勧め、運動の機会を増やしながら、地域の医療を守る取組を続けていくことにします',
    ]);
  });

  it("never joins an HTML page's lines: each is a block or a <br> break", () => {
    const clean = [
      '町の高齢化率は36％を超えました。地域で支えます。',
      '・高齢者の買い物を支える移動販売車の運行支援と、見守りの仕組みづくりの拡充',
      '子育て・教育の分野　子どもが夢を育むまち',
      '子どもを安心して産み育てられる町をめざします。',
      '学校教育の充実',
      '・学校図書館司書の配置',
    ];
    const view = { clean, pageOf: clean.map(() => 0) };
    expect(toLogicalLines(view)).toHaveLength(5);
    expect(toLogicalLines({ ...view, blocks: true })).toHaveLength(6);
  });

  it('joins a bulleted entry wrapped at the page width onto a line indented by its marker', () => {
    const clean = [
      '市民が健康に過ごせるよう、がん検診の受',
      '診勧奨を強化するとともに、地域の医療機',
      '関の連携による救急医療の確保を図ります',
      '。また、かかりつけ医の大切さを周知しま',
      '●健康管理アプリを使った健診予約と結果',
      '　通知の導入',
      '●休日夜間急患センターの運営',
      '　土曜日にも開きます。',
    ];
    expect(lines(clean).map((l) => l.text)).toEqual([
      '市民が健康に過ごせるよう、がん検診の受診勧奨を強化するとともに、地域の医療機関の連携による救急医療の確保を図ります。また、かかりつけ医の大切さを周知しま',
      '●健康管理アプリを使った健診予約と結果通知の導入',
      '●休日夜間急患センターの運営',
      '土曜日にも開きます。',
    ]);
  });

  it('joins a paragraph broken at the page width, keeping its first and last line', () => {
    const clean = [
      '市民の安全を守るため、地域の防災力を高めるための自主防災組織',
      'の育成を支援します。',
      '（１）地域防災力の強化',
      '長い一文がここで折り返されて次の行に続いていくことがあります',
      '短い行',
      '次の段落の一行目はこのように長くなることもありますが字下げ',
      '　で始まる行は新しい段落です。',
    ];
    const out = lines(clean);
    expect(out[0]).toMatchObject({
      text: '市民の安全を守るため、地域の防災力を高めるための自主防災組織の育成を支援します。',
      line: 1,
      endLine: 2,
    });
    expect(out[1]!.marker.type).toBe('paren');
    expect(out.map((l) => l.text)).toContain('　で始まる行は新しい段落です。'.trim());
  });

  it('goes on over a break right after an opening bracket, whatever the next line looks like', () => {
    const out = lines([
      '　高齢者が気軽に相談できるよう、（1）相談窓口の設置、（',
      '2）手話通訳者の派遣、（3）買い物の支援を行います。',
      '　地域の見守り活動を続け、一人暮らしの高齢者を訪ねます。',
      '　公共交通の空白地では、予約で走る乗合タクシーを運行し',
      'ます。',
      '　買い物の支援は、移動販売車の巡回と宅配の補助で進めます',
    ]);
    expect(out.map((l) => l.text)).toContain(
      '高齢者が気軽に相談できるよう、（1）相談窓口の設置、（2）手話通訳者の派遣、（3）買い物の支援を行います。',
    );
  });

  it('goes on onto a line that looks like a field when prose ran to the width', () => {
    const clean = [
      '　この目標に向けて、町は次の取組を進めます。取組1　健康',
      'づくりの推進：保健師が地区の集会所に出向き、相談を行いま',
      'す。',
      '施策名：健康づくりの推進と地域医療の確保に向けた体制づく',
      '担当課：健康福祉課',
      '　町内の診療所と連携し、休日の診療体制を維持していきます',
      '　近隣の市の病院とも協定を結び、救急の受入れを確かにしま',
      'す。',
    ];
    const out = lines(clean).map((l) => l.text);
    expect(out[0]).toBe(
      'この目標に向けて、町は次の取組を進めます。取組1　健康づくりの推進：保健師が地区の集会所に出向き、相談を行います。',
    );
    // A field after a field stays a field of its own.
    expect(out).toContain('担当課：健康福祉課');
  });

  it('goes on after a comma or an entry marker at the width, onto a marked or spaced line', () => {
    const out = lines([
      '　障がいのある人や高齢者が身近な場所で気軽に相談できるよう、',
      '（1）相談窓口の設置、（2）手話通訳者の派遣を行います。',
      '　町は酪農の担い手を確保するため、ヘルパーを助成します。取組2',
      '　森林資源の活用：町産材を使った住宅の新築に補助します。',
      '　地域の見守り活動を続け、一人暮らしの高齢者を訪ねていきます。',
      '　公共交通の空白地では、予約で走る乗合タクシーを運行していき',
      'ます。',
    ]).map((l) => l.text);
    expect(out).toContain(
      '障がいのある人や高齢者が身近な場所で気軽に相談できるよう、（1）相談窓口の設置、（2）手話通訳者の派遣を行います。',
    );
    // As if the line had not been broken: one run-on marker after prose stays in the prose.
    expect(out).toContain(
      '町は酪農の担い手を確保するため、ヘルパーを助成します。取組2　森林資源の活用：町産材を使った住宅の新築に補助します。',
    );
  });

  it('keeps a contents entry ending in its page number off the indented entry below', () => {
    const out = lines([
      '基本目標１　ともに支え合い、いきいきと暮らせるまち …………… 24',
      '　施策１－１　健康づくりの推進 ………………………………………… 25',
      '　施策１－２　地域福祉の推進と見守りの充実 ………………………… 27',
      '基本目標２　子どもの笑顔があふれ、学びが広がるまち …………… 30',
      '　施策２－１　子ども・子育て支援の充実 ……………………………… 31',
    ]).map((l) => l.text);
    expect(out).toHaveLength(5);
  });

  it('goes on across a page break and its frame, left blank, when the paragraph ran to the width', () => {
    const clean = [
      '　地域の見守り活動を続け、一人暮らしの高齢者を訪ねていきます。',
      '　公共交通の空白地では、予約で走る乗合タクシーを運行し、通院',
      '',
      '',
      '',
      'や買い物の足を確かなものにしていきます。',
      '　買い物の支援は、移動販売車の巡回と宅配の補助で進めていきます',
      '',
      '（１）地域の見守り',
      '　災害の時に支援が要る人の名簿を、自治会と共有していきます。',
    ];
    const pageOf = [0, 0, 0, 0, 1, 1, 1, 1, 1, 1];
    const out = toLogicalLines({ clean, pageOf }).map((l) => l.text);
    expect(out).toContain(
      '公共交通の空白地では、予約で走る乗合タクシーを運行し、通院や買い物の足を確かなものにしていきます。',
    );
    // Not on the same page, or onto a marked line: the blank ends the paragraph.
    expect(out).toContain('買い物の支援は、移動販売車の巡回と宅配の補助で進めていきます');
    expect(out).toContain('（１）地域の見守り');
  });

  it('reads a quoted spreadsheet cell across its line breaks', () => {
    const out = lines([
      '事業名\t内容',
      '交流事業\t"体験を受け入れる。',
      '（目標：年10校）"',
      '次の行',
    ]);
    expect(out[1]).toMatchObject({ line: 2, endLine: 3 });
    expect(out[1]!.row).toEqual(['交流事業', '体験を受け入れる。\n（目標：年10校）']);
  });
});

describe('interleavedColumns', () => {
  // 現状と課題 on the left, 主な取組 on the right, extracted line by line.
  const PAGE = [
    '施策１　地域医療の充実',
    '現状と課題',
    '主な取組',
    '　市内の診療所は、この１０年間で４か',
    '①かかりつけ医の普及啓発',
    '所減りました。休日や夜間の急病の際は',
    '②休日当番医制度の維持',
    '市外の病院に頼っています。',
    '③医療と介護の連携による在宅療養',
    'の支援',
    '成果指標　かかりつけ医がいる割合　現状値６２％　目標値７０％',
  ];
  it('separates the prose column from the marked column, joining a wrapped entry', () => {
    const r = interleavedColumns(
      PAGE,
      PAGE.map(() => 0),
      1,
    )!;
    expect(r.end).toBe(10);
    expect(r.lines.map((l) => l.text)).toEqual([
      '現状と課題',
      '市内の診療所は、この１０年間で４か所減りました。休日や夜間の急病の際は市外の病院に頼っています。',
      '主な取組',
      '①かかりつけ医の普及啓発',
      '②休日当番医制度の維持',
      '③医療と介護の連携による在宅療養の支援',
    ]);
    expect(r.lines[5]).toMatchObject({ line: 9, endLine: 10 });
  });
  it('needs the two captions back to back', () => {
    expect(
      interleavedColumns(
        PAGE,
        PAGE.map(() => 0),
        0,
      ),
    ).toBeNull();
    const apart = ['現状と課題', '本文です。', '主な取組', '①取組'];
    expect(
      interleavedColumns(
        apart,
        apart.map(() => 0),
        0,
      ),
    ).toBeNull();
  });
});

describe('a tree drawn in a narrow column', () => {
  const logical = (clean: string[]) =>
    toLogicalLines({ clean, pageOf: clean.map(() => 0) }).map((l) => l.marker.rest || l.text);
  it('joins a short line set under the words of the marked line above to its title', () => {
    expect(
      logical([
        '1 安心して暮らせる',
        '  まち',
        '  1-1 健康づくり',
        '      の推進',
        '    1-1-1 特定健診の受診',
        '          率の向上',
        '    1-1-2 歯と口の健康づくり',
      ]),
    ).toEqual([
      '安心して暮らせるまち',
      '健康づくりの推進',
      '特定健診の受診率の向上',
      '歯と口の健康づくり',
    ]);
  });
  it('leaves a paragraph under a heading alone', () => {
    expect(logical(['（１）現状と課題', '    出生数は減っています。', '（２）施策の方針'])).toEqual(
      ['現状と課題', '出生数は減っています。', '施策の方針'],
    );
  });
});
