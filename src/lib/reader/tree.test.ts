import { describe, expect, it } from 'vitest';
import { toLogicalLines } from './blocks';
import {
  buildTree,
  captionedList,
  captionRole,
  cellEntries,
  indentOutline,
  joinWrapped,
  slashList,
  type TreeNode,
} from './tree';

const tree = (clean: string[]) => buildTree(toLogicalLines({ clean, pageOf: clean.map(() => 0) }));
const outline = (nodes: TreeNode[], depth = 0): string[] =>
  nodes.flatMap((n) => [
    `${'  '.repeat(depth)}${n.title}${n.paragraphs.length ? ` (${n.paragraphs.map((p) => p.role ?? '-').join(',')})` : ''}`,
    ...outline(n.children, depth + 1),
  ]);

describe('buildTree', () => {
  it('reads the line above a marked caption as no heading over a list, with or without a blank', () => {
    const lines = [
      '■ 計画の期間',
      '基本構想　令和８年度から10年間',
      '基本計画　前期５年',
      '■ めざすまちの姿',
      '　森と川に抱かれ、だれもが役割を持てるまち。',
      '■ 重点プロジェクト',
      '● 子育て応援パスポートの発行',
      '● 駅前広場の再整備',
    ];
    const withBlanks = lines.flatMap((l) => (l.startsWith('■') ? ['', l] : [l]));
    const expected = outline(tree(withBlanks));
    expect(expected.slice(-3)).toEqual([
      '重点プロジェクト',
      '  子育て応援パスポートの発行',
      '  駅前広場の再整備',
    ]);
    expect(outline(tree(lines))).toEqual(expected);
  });

  it('sets a 重点プロジェクト first used after the tree beside its goals, not under the last entry', () => {
    expect(
      outline(
        tree([
          '基本目標１　しごとをつくる',
          '施策１　農業の振興',
          '・新規就農者の確保',
          '',
          '重点プロジェクト１　若者定住プロジェクト',
          '・家賃の補助',
        ]),
      ),
    ).toEqual([
      'しごとをつくる',
      '  農業の振興',
      '    新規就農者の確保',
      '若者定住プロジェクト',
      '  家賃の補助',
    ]);
  });

  it("reads no level from a table's SDGs column", () => {
    expect(
      outline(
        tree([
          '関連するSDGs\t施策\t主な取組',
          '3\t健康づくりの推進\t健診の受診勧奨',
          '\t\t運動教室の開催',
          '4\t学校教育の充実\t少人数学級の維持',
        ]),
      ),
    ).toEqual([
      '健康づくりの推進',
      '  健診の受診勧奨',
      '  運動教室の開催',
      '学校教育の充実',
      '  少人数学級の維持',
    ]);
  });

  it('lists a run of three or more short unmarked lines as entries, but not one or two', () => {
    expect(
      outline(
        tree([
          '施策１　健康づくりの推進',
          '市民の健康を守るため、健診と運動の機会を増やす取組を進めます。',
          '健診の受診勧奨',
          '運動教室の開催',
          '減塩の啓発',
          '',
          '施策２　地域医療の確保',
          '医師の確保',
          '夜間診療の支援',
        ]),
      ),
    ).toEqual([
      '健康づくりの推進 (-)',
      '  健診の受診勧奨',
      '  運動教室の開催',
      '  減塩の啓発',
      '地域医療の確保 (-,-)',
    ]);
  });

  it('drops SDG icon captions split over two or three lines, or several on one line', () => {
    expect(
      outline(
        tree([
          '施策１　健康づくりの推進',
          '3 すべての人に',
          '健康と福祉を',
          '11',
          '住み続けられる',
          'まちづくりを',
          'すべての人に',
          '健康と福祉を',
          '質の高い教育を',
          'みんなに',
          '主な取組',
          '①健診の受診勧奨',
          '3 すべての人に健康と福祉を　17 パートナーシップで目標を達成しよう',
          '②運動教室の開催',
        ]),
      ),
    ).toEqual(['健康づくりの推進', '  健診の受診勧奨', '  運動教室の開催']);
  });

  it('ranks an unmarked heading over prose above the unmarked headings over lists that follow it', () => {
    expect(
      outline(
        tree([
          '健康・福祉の分野　元気で支え合うまち',
          '町の高齢化率は36％を超えました。住み慣れた地域で暮らせるよう、健康づくりを進めます。',
          '健康づくりの推進',
          '・特定健診の受診率の向上',
          '・減塩教室の開催',
          '地域包括ケアの推進',
          '・認知症カフェの開設支援',
          '子育ての分野　夢を育むまち',
          '子どもを安心して産み育てられ、一人ひとりが夢を持って学べる町をめざします。',
          '子育て家庭の支援',
          '・出産祝金の支給',
        ]),
      ),
    ).toEqual([
      '健康・福祉の分野　元気で支え合うまち (-)',
      '  健康づくりの推進',
      '    特定健診の受診率の向上',
      '    減塩教室の開催',
      '  地域包括ケアの推進',
      '    認知症カフェの開設支援',
      '子育ての分野　夢を育むまち (-)',
      '  子育て家庭の支援',
      '    出産祝金の支給',
    ]);
  });

  it("ranks a chapter's first structure word above the bullets used before it", () => {
    expect(
      outline(
        tree([
          '第１章　施策の展開',
          '基本目標Ⅰ　安全なまち',
          '施策Ⅰ-1　防災力の向上',
          '・避難所の環境改善',
          '第２章　重点プロジェクト',
          '重点プロジェクト１　定住応援プロジェクト',
          '・新婚世帯の家賃補助',
          '重点プロジェクト２　健康長寿プロジェクト',
          '・ウォーキング大会の開催',
        ]),
      ),
    ).toEqual([
      '施策の展開',
      '  安全なまち',
      '    防災力の向上',
      '      避難所の環境改善',
      '重点プロジェクト',
      '  定住応援プロジェクト',
      '    新婚世帯の家賃補助',
      '  健康長寿プロジェクト',
      '    ウォーキング大会の開催',
    ]);
  });
  it('ranks a dotted structure word above a list whose marker an earlier part used', () => {
    expect(
      outline(
        tree([
          '第１部　基本構想',
          '(1) 計画の期間',
          '(2) 計画の構成',
          '第２部　基本計画',
          '施策Ⅰ-1　防災力の向上',
          '〈主な取組〉',
          '(1) 避難所の環境改善',
          '(2) 消防団の装備の充実',
          '施策Ⅰ-2　住まいの確保',
          '(1) 空き家バンクの運営',
        ]),
      ),
    ).toEqual([
      '基本構想',
      '  計画の期間',
      '  計画の構成',
      '基本計画',
      '  防災力の向上',
      '    避難所の環境改善',
      '    消防団の装備の充実',
      '  住まいの確保',
      '    空き家バンクの運営',
    ]);
  });
  it('reads 施策の目標 as a caption of description', () => {
    expect(captionRole('施策の目標')).toBe('context');
    expect(captionRole('市民・事業者・行政の役割')).toBe('skip');
    expect(captionRole('めざす姿（10年後）')).toBe('context');
    expect(captionRole('成果指標(KPI)')).toBe('skip');
    expect(captionRole('健康づくり（重点）')).toBe(null);
    expect(captionRole('町民と町の役割')).toBe(null);
    expect(captionRole('政策のめざす姿')).toBe('context');
  });
  it('ranks markers in the order the document first uses them', () => {
    expect(
      outline(
        tree([
          '基本目標1 安心なまち',
          '施策1-1 防災',
          '（１）自主防災組織の育成',
          '施策1-2 防犯',
          '基本目標2 元気なまち',
          '施策2-1 産業',
        ]),
      ),
    ).toEqual(['安心なまち', '  防災', '    自主防災組織の育成', '  防犯', '元気なまち', '  産業']);
  });

  it('reads captions as what the lines under them are: description, measures, or figures', () => {
    const nodes = tree([
      '施策1 健康づくり',
      '■現状と課題',
      '　受診率は低い水準です。',
      '・若い世代の受診が少ない',
      '■主な取組',
      'ア 健診の受診勧奨',
      'イ 運動教室の開催',
      '■成果指標',
      '・受診率 38%→50%',
      '施策2 地域医療',
    ]);
    expect(outline(nodes)).toEqual([
      '健康づくり (context,context)',
      '  健診の受診勧奨',
      '  運動教室の開催',
      '地域医療',
    ]);
  });

  it('takes the next line as the words of a marker standing alone', () => {
    expect(outline(tree(['1-1', '市政改革の推進', '2-1', '協働の推進']))).toEqual([
      '市政改革の推進',
      '協働の推進',
    ]);
  });

  it('makes ▶ sub-measures and slash-run lists children, and spreadsheet columns levels', () => {
    expect(
      outline(tree(['01 こどもの成長 ▶育成 ▶支援', '施策：農業の振興／商工業の振興／観光の振興'])),
    ).toEqual([
      'こどもの成長',
      '  育成',
      '  支援',
      '  農業の振興',
      '  商工業の振興',
      '  観光の振興',
    ]);
    expect(
      outline(
        tree([
          '基本目標\t施策\t事業名',
          '1 安心\t1-1 防災\t訓練事業',
          '\t\t備蓄事業',
          '\t1-2 防犯\t見守り事業',
          '\t\t小計',
        ]),
      ),
    ).toEqual(['安心', '  防災', '    訓練事業', '    備蓄事業', '  防犯', '    見守り事業']);
  });
});

describe('tables one after another', () => {
  it('a header row after a blank line starts a table of its own', () => {
    expect(
      outline(
        tree([
          '番号\t区分\t事業名\t事業の内容\t担当課',
          '1\t新規\t防災マップ更新事業\t全戸に配る\t危機管理課',
          '',
          'No.\t取組\t内容\t所管',
          '1\t見守り活動の支援\t団体に補助する\t福祉課',
        ]),
      ),
    ).toEqual(['防災マップ更新事業', '見守り活動の支援']);
  });

  it('a row of data after a blank line stays a row of the table above', () => {
    expect(
      outline(
        tree([
          '番号\t事業名\t担当課',
          '1\t防災マップ更新事業\t危機管理課',
          '',
          '2\t消防団活性化事業\t消防本部',
          '3\t防犯灯設置事業\t市民課',
        ]),
      ),
    ).toEqual(['防災マップ更新事業', '消防団活性化事業', '防犯灯設置事業']);
  });
});

describe('captionRole and slashList', () => {
  it.each([
    ['現状と課題', 'context'],
    ['主な取組', 'measures'],
    ['成果指標', 'skip'],
    ['総合計画の役割', null],
  ] as const)('%s', (words, role) => expect(captionRole(words)).toBe(role));

  it('splits three or more short phrases, not a sentence', () => {
    expect(slashList('施策：A事業／B事業／C事業')).toEqual(['A事業', 'B事業', 'C事業']);
    expect(slashList('2023/12/20 に更新しました。')).toBeNull();
  });
});

describe('table cells with line breaks', () => {
  it.each([
    ['地域医療と救急体制の\n確保', ['地域医療と救急体制の確保']],
    [
      '町立診療所の建替え\n救急車の適正利用の啓発',
      ['町立診療所の建替え', '救急車の適正利用の啓発'],
    ],
    ['・ごみの減量化\n・生ごみ処理機の購入補助', ['・ごみの減量化', '・生ごみ処理機の購入補助']],
    ['健康ポイント事業', ['健康ポイント事業']],
  ])('cellEntries(%j)', (cell, entries) => expect(cellEntries(cell)).toEqual(entries));

  it('joins a wrapped title without a space between Japanese words', () => {
    expect(joinWrapped('安心して産み育てられる\n環境づくり')).toBe(
      '安心して産み育てられる環境づくり',
    );
    expect(joinWrapped('基本目標1\nDX with people')).toBe('基本目標1 DX with people');
  });

  it('reads a group row between rows as a level, with the header holding on', () => {
    expect(
      outline(
        tree([
          '施策の方向\t主な事業',
          '目標１　いのちを守るまち',
          '"地域で支え合う',
          '福祉の推進"\t"サロンの運営支援',
          '福祉ボランティアの養成"',
          '目標２　学ぶまち',
          '学校教育の充実\t学習支援員の配置',
        ]),
      ),
    ).toEqual([
      'いのちを守るまち',
      '  地域で支え合う福祉の推進',
      '    サロンの運営支援',
      '    福祉ボランティアの養成',
      '学ぶまち',
      '  学校教育の充実',
      '    学習支援員の配置',
    ]);
  });
});

describe('an outline drawn by indentation alone', () => {
  const OUTLINE = [
    '施策の体系',
    '',
    '安心して暮らせる村',
    '　保健と医療の充実',
    '　　診療所の医師の確保',
    '　　健康相談の充実',
    '　災害に強い村づくり',
    '　　消防団の装備の更新',
    '　　防災行政無線のデジタル化',
    '働く村',
    '　林業の再生',
    '　　林業の担い手の育成',
  ];
  it('nests entries by their ideographic-space depth', () => {
    expect(outline(tree(OUTLINE)).slice(1)).toEqual([
      '安心して暮らせる村',
      '  保健と医療の充実',
      '    診療所の医師の確保',
      '    健康相談の充実',
      '  災害に強い村づくり',
      '    消防団の装備の更新',
      '    防災行政無線のデジタル化',
      '働く村',
      '  林業の再生',
      '    林業の担い手の育成',
    ]);
  });
  it('does not read a paragraph with an indented first line as an outline', () => {
    const prose = [
      '現状と課題',
      '　市内の診療所は、この１０年間で４か',
      '所減りました。休日や夜間の',
      '救急医療を市外に頼っています。',
    ];
    const lines = toLogicalLines({ clean: prose, pageOf: prose.map(() => 0) });
    expect(indentOutline(lines).size).toBe(0);
  });
});

describe('captionedList', () => {
  it.each([
    [
      '主な取組：ハザードマップの改訂、避難所の環境改善',
      ['ハザードマップの改訂', '避難所の環境改善'],
    ],
    ['　主な事業：英語教育の充実・部活動の地域移行', ['英語教育の充実', '部活動の地域移行']],
    ['計画期間：令和8年度、令和12年度', null],
    ['主な取組：地域と連携して見守りを進めます。', null],
  ])('%s', (line, entries) => expect(captionedList(line)).toEqual(entries));
});

describe('an indicator set out on one line', () => {
  it('is no item, with or without a colon', () => {
    expect(
      outline(
        tree([
          '施策１　健康づくり',
          '①健診の受診勧奨',
          '成果指標　健診の受診率　現状値４１％　目標値５５％',
          '施策２　医療',
        ]),
      ),
    ).toEqual(['健康づくり', '  健診の受診勧奨', '医療']);
  });
});
