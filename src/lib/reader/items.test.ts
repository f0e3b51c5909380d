// Items read from small made-up texts, end to end (readPlan): the shapes each rule is for.
import { describe, expect, it } from 'vitest';
import { readPlan } from './readPlan';

async function items(text: string) {
  const r = await readPlan(new TextEncoder().encode(text), {
    id: 'test',
    name: '架空町',
    fileName: 'plan.txt',
  });
  const depth = new Map<string, number>();
  return r.plan.items.map((i) => {
    const d = i.parent ? depth.get(i.parent)! + 1 : 0;
    depth.set(i.id, d);
    return `${'  '.repeat(d)}${i.kind} ${i.title}`;
  });
}

describe('目標 → 分野 → 施策（１） → ・〜します, nested by indentation', () => {
  const PLAN = [
    'まちづくりの目標１　元気なまち',
    '　分野　健康と福祉',
    '　　地域福祉の推進（１）',
    '　　　・ボランティア登録制度の創設に取り組みます。',
    '　　　・支え合いマップの作成を進めます。',
    '　　健康づくりの推進（２）',
    '　　　・運動教室の開催を続けます。',
    '　分野　子育て',
    '　　子育て家庭の応援（３）',
    '　　　・子育てサークルへの支援を行います。',
    '',
  ].join('\n');
  it('reads the indented 分野 as a level, drops its label and the serial number after a title', async () => {
    expect(await items(PLAN)).toEqual([
      'goal 元気なまち',
      '  policy 健康と福祉',
      '    measure 地域福祉の推進',
      '      measure ボランティア登録制度の創設',
      '      measure 支え合いマップの作成',
      '    measure 健康づくりの推進',
      '      measure 運動教室の開催',
      '  policy 子育て',
      '    measure 子育て家庭の応援',
      '      measure 子育てサークルへの支援',
    ]);
  });
});

describe('Ｑ／Ａ', () => {
  it('keeps a question and its answer as context, never as a policy', async () => {
    const out = await items(
      [
        '第１章　計画のあらまし',
        'Ｑ　計画の期間はどのくらいですか。',
        'Ａ　１０年間です。５年目に中間の見直しを行います。',
        '第２章　安全なまち',
        '（１）防災の推進',
        '・防災訓練の実施',
        '・備蓄品の更新',
        '',
      ].join('\n'),
    );
    expect(out.filter((l) => !/context/u.test(l))).toEqual([
      'goal 安全なまち',
      '  policy 防災の推進',
      '    measure 防災訓練の実施',
      '    measure 備蓄品の更新',
    ]);
  });
});

describe('a table whose 内容 cell states the measures in sentences', () => {
  const PLAN = [
    '基本目標１　健やかなまち',
    '',
    '施策\t内容\t担当課',
    '地域医療\t休日当番医制度の維持に努めます。また、診療所へのオンライン診療の導入を進めます。\t健康課',
    '介護予防\t通いの場の立ち上げを支援し、介護予防サポーターの養成に取り組みます。\t長寿課',
    '主な事業',
    '事業名\t事業内容\t期間',
    '健康マイレージ\t健診の受診にポイントを付与する。\tR8～R12',
    '見守り推進事業\t一人暮らしの高齢者の見守りを進めます。\tR8～R12',
    '',
  ].join('\n');
  it('lists each clause under its row; a plain description or a 〜事業 row stays one item', async () => {
    expect(await items(PLAN)).toEqual([
      'goal 健やかなまち',
      '  project 地域医療',
      '    measure 休日当番医制度の維持',
      '    measure 診療所へのオンライン診療の導入',
      '  project 介護予防',
      '    measure 通いの場の立ち上げ',
      '    measure 介護予防サポーターの養成',
      '  project 健康マイレージ',
      '  project 見守り推進事業',
    ]);
  });
});

describe('numbered 取組 inside a web page paragraph', () => {
  const PLAN = [
    '基本目標1・2　ひとと暮らし',
    '',
    '基本目標1　健康なまち',
    '　町の人口は減っています。',
    '　町は次の取組を進めます。取組1　健康づくりの推進：保健師が相談を行います。取組2　地域医療の確保：体制を維持します。',
    '　さらに、（1）相談窓口の設置、（2）手話通訳者の派遣、（3）移動販売車による買い物支援を行います。',
    '',
  ].join('\n');
  it('splits the entries, titles each by its name, and lists numbered objects', async () => {
    expect(await items(PLAN)).toEqual([
      'goal 健康なまち',
      '  policy 健康づくりの推進',
      '  policy 地域医療の確保',
      // The paragraph after the last entry is read as that entry's prose (a known limit).
      '    measure 相談窓口の設置',
      '    measure 手話通訳者の派遣',
      '    measure 移動販売車による買い物支援',
    ]);
  });
});

describe('a 0101-coded tree with names set apart from their descriptions', () => {
  const PLAN = [
    '第１章　健康・福祉　～ともに支え合う～',
    '　0101　健康づくりの推進',
    '　　主な事業',
    '　　　◇ 総合健診事業　　　　特定健診とがん検診を同じ日に受けられるようにする。',
    '　　　◇ 手話奉仕員養成事業　手話の講座を年２回開く。',
    '',
  ].join('\n');
  it('drops the subtitle and titles each 事業 by its name', async () => {
    const out = await items(PLAN);
    expect(out[0]).toBe('goal 健康・福祉');
    expect(out.map((l) => l.trim())).toContain('measure 総合健診事業');
    expect(out.map((l) => l.trim())).toContain('measure 手話奉仕員養成事業');
  });
});

describe('a 施策 spread: banner with the number flush right, 施策名 field, numbered sections', () => {
  const PLAN = [
    '政策１　子どもが育つまち',
    '',
    '――――――――――――――――――――――――',
    '政策１　子どもが育つまち　　　　　　　　　　施策１－１',
    '――――――――――――――――――――――――',
    '施策名　子育て家庭への支援の充実',
    '',
    '２．現状と課題',
    '　・出生数は減少しています。',
    '',
    '４．主な取組',
    '　1)　こども家庭センターの機能強化',
    '　　　保健師が相談に応じます。',
    '　2)　病児保育の実施',
    '',
    '６．成果指標',
    '　乳幼児健診の受診率　　　96.1％　　　98.0％',
    '',
  ].join('\n');
  it('reads the 施策 under its 政策, its name from the field, and the captions as captions', async () => {
    expect(await items(PLAN)).toEqual([
      'goal 子どもが育つまち',
      '  policy 子育て家庭への支援の充実',
      '    measure こども家庭センターの機能強化',
      '    measure 病児保育の実施',
    ]);
  });
});

describe('sentences with no predicate, and means that are measures', () => {
  const PLAN = [
    '基本目標１　支え合うまち',
    '　町の高齢化率は上がっています。認知症については、家族が集えるカフェの定例開催。空き店舗を活用したチャレンジショップの運営により、若い世代の創業を後押しします。',
    '',
  ].join('\n');
  it('lists the named action and the means', async () => {
    expect(await items(PLAN)).toEqual([
      'goal 支え合うまち',
      '  policy 家族が集えるカフェの定例開催',
      '  policy 空き店舗を活用したチャレンジショップの運営',
      '  policy 若い世代の創業',
    ]);
  });
});

describe('a 内容 cell listing its measures one per line', () => {
  const PLAN = [
    '基本目標１　健やかなまち',
    '',
    '施策\t内容\t担当課',
    '健康づくり\t"・がん検診の受診勧奨',
    '・夜間健診の実施"\t健康課',
    '',
  ].join('\n');
  it('lists each entry under the row', async () => {
    expect(await items(PLAN)).toEqual([
      'goal 健やかなまち',
      '  project 健康づくり',
      '    measure がん検診の受診勧奨',
      '    measure 夜間健診の実施',
    ]);
  });
});

describe('（再掲）: a measure of the tree shown again under a 重点プロジェクト', () => {
  it('is one item, at its place in the tree; one with no twin stays, without the note', async () => {
    expect(
      await items(
        [
          '第１章　施策の展開',
          '基本目標１　住みよいまち',
          '施策1-1　住まいの確保',
          '　・空き家バンクの運営',
          '　・町営住宅の改修',
          '第２章　重点プロジェクト',
          '重点プロジェクト１　定住応援プロジェクト',
          '　・空き家バンクの運営（再掲：施策1-1）',
          '　・【再掲】移住相談窓口の設置',
          '　・新婚世帯の家賃補助',
        ].join('\n'),
      ),
    ).toEqual([
      'goal 住みよいまち',
      '  policy 住まいの確保',
      '    measure 空き家バンクの運営',
      '    measure 町営住宅の改修',
      'goal 定住応援プロジェクト',
      '  policy 移住相談窓口の設置',
      '  policy 新婚世帯の家賃補助',
    ]);
  });
});

describe('a list of plain-style commitments (である調, ア イ ウ)', () => {
  it('titles each entry by the measures it commits to, each clause its own', async () => {
    expect(
      await items(
        [
          '１　健康づくり',
          '（２）施策の方針',
          '　ア　健診の受診勧奨を強化する。',
          '　イ　保健師による全戸訪問を実施し、重症化予防を図る。',
          '　ウ　歯科健診の対象の拡大',
        ].join('\n'),
      ),
    ).toEqual([
      'goal 健康づくり',
      '  policy 健診の受診勧奨',
      '  policy 保健師による全戸訪問',
      '  policy 重症化予防',
      '  policy 歯科健診の対象の拡大',
    ]);
  });
  it('keeps one plain-style entry among names whole', async () => {
    expect(
      await items(
        [
          '１　健康づくり',
          '　ア　健診の受診勧奨',
          '　イ　歯科健診の対象の拡大',
          '　ウ　地区の健康教室は公民館で開く。',
        ].join('\n'),
      ),
    ).toEqual([
      'goal 健康づくり',
      '  policy 健診の受診勧奨',
      '  policy 歯科健診の対象の拡大',
      '  policy 地区の健康教室は公民館で開く。',
    ]);
  });
});

describe('the sentence under an entry of a 主な取組 list', () => {
  it('explains the entry, unless it names another action', async () => {
    expect(
      await items(
        [
          '施策1-1　地域医療の確保',
          '【主な取組】',
          '1. 開業医の確保に向けた支援',
          '新たに診療所を開く医師に、施設整備費の一部を補助します。',
          '2. かかりつけ医の普及啓発',
          'あわせて、休日当番医の案内の充実にも取り組みます。',
        ].join('\n'),
      ),
    ).toEqual([
      'goal 地域医療の確保',
      '  policy 開業医の確保に向けた支援',
      '  policy かかりつけ医の普及啓発',
      '    measure 休日当番医の案内の充実',
    ]);
  });
});

describe('sections about the plan itself and on running it', () => {
  const PLAN = [
    '第１章　計画の概要',
    '１　計画の期間',
    '　基本構想は令和８年度から10年間、基本計画は前期と後期の各５年間とします。',
    '２　計画の構成',
    '　総合計画は、基本構想、基本計画、実施計画で構成します。',
    '',
    '第２章　基本計画',
    '基本目標１　健やかに暮らせるまち',
    '（１）健康づくりの推進',
    '・健診の受診勧奨',
    '・運動教室の開催',
    '',
    '第３章　計画の推進',
    '　計画の進み具合は毎年度点検し、その結果を公表します。',
    '',
  ].join('\n');
  it('reads 計画の期間 and 計画の構成 as context, even in commitment sentences (so the chapter holding them is context), and 計画の推進 as running the plan', async () => {
    expect(await items(PLAN)).toEqual([
      'context 計画の概要',
      'goal 健やかに暮らせるまち',
      '  policy 健康づくりの推進',
      '    measure 健診の受診勧奨',
      '    measure 運動教室の開催',
      'context 計画の推進',
    ]);
  });
});

describe('note marks glued to an entry', () => {
  it('are no part of its title (※1 at the end or after a term, （注１）, a bold entry before its note)', async () => {
    const text = [
      '基本目標１　健やかに暮らせるまち',
      '（１）健康づくりの推進',
      '①フレイル予防教室の開催※1',
      '②書かない窓口※2の導入',
      '③**こども誰でも通園制度の実施**（注３）',
      '',
    ].join('\n');
    expect(await items(text)).toEqual([
      'goal 健やかに暮らせるまち',
      '  policy 健康づくりの推進',
      '    measure フレイル予防教室の開催',
      '    measure 書かない窓口の導入',
      '    measure こども誰でも通園制度の実施',
    ]);
  });
});

describe('a list of other plans', () => {
  it('is no measure, even without its 関連する個別計画 caption (nor a list of roles, 市民： …); a measure on a plan stays', async () => {
    const text = [
      '基本目標１　健やかに暮らせるまち',
      '（１）健康づくりの推進',
      '・健診の受診勧奨',
      '・データヘルス計画の策定',
      '・架空町健康増進計画',
      '・架空町国民健康保険データヘルス計画（第３期）',
      '（２）地域医療の確保',
      '・休日当番医の運営支援',
      '・市民：かかりつけ医を持ちます。',
      '・行政：医療機関との連携を進めます。',
      '',
    ].join('\n');
    expect(await items(text)).toEqual([
      'goal 健やかに暮らせるまち',
      '  policy 健康づくりの推進',
      '    measure 健診の受診勧奨',
      '    measure データヘルス計画の策定',
      '  policy 地域医療の確保',
      '    measure 休日当番医の運営支援',
    ]);
  });
});
