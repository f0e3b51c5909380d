import { describe, expect, it } from 'vitest';
import {
  clauseTitle,
  headPhrase,
  inlineList,
  isDescriptiveSentence,
  isPolicySentence,
  proseMeasures,
  splitSentences,
} from './prose';

describe('splitSentences', () => {
  it('ends sentences at 。！？ outside brackets', () => {
    expect(splitSentences('「安心。安全」を掲げます。次に進めます！残り')).toEqual([
      '「安心。安全」を掲げます。',
      '次に進めます！',
      '残り',
    ]);
  });
});

describe('policy and background sentences', () => {
  it.each([
    ['地域防災力の強化を推進します。', true],
    ['避難所の環境整備に努めます。', true],
    ['子育て支援の充実を図ります。', true],
    ['空き家対策に取り組んでいきます。', true],
    ['持続可能なまちを目指します。', true],
    ['本市の人口は減少しています。', false],
    ['高齢化率は36.8％に達しました。', false],
    ['地域のつながりが求められています。', false],
    ['今後の対応が必要です。', false],
  ])('%s → %s', (sentence, policy) => {
    expect(isPolicySentence(sentence)).toBe(policy);
    if (!policy) expect(isDescriptiveSentence(sentence)).toBe(true);
  });
});

describe('clauseTitle', () => {
  it.each([
    ['健診の結果を基にした個別訪問を全地区に広げます', '健診の結果を基にした個別訪問'],
    ['特定健診の受診率を60％に引き上げます', null],
    ['市民の安全を守るため、地域防災力の強化を推進します', '地域防災力の強化'],
    ['健診と保健指導を一体的に進めます', '健診と保健指導'],
    [
      '誰もが気軽に体を動かせる生涯スポーツの推進に取り組みます',
      '誰もが気軽に体を動かせる生涯スポーツの推進',
    ],
    ['保育については、保育士の処遇改善を通じて保育人材の確保に努めます', '保育人材の確保'],
    ['関係機関と連携して防犯活動の充実を図ります', '防犯活動の充実'],
    ['これらの取組を推進します', null],
    ['関係機関と連携します', null],
  ])('%s', (clause, title) => expect(clauseTitle(clause)).toBe(title));
});

describe('headPhrase', () => {
  it.each([
    // A title a planner would write keeps its modifiers up to the genre's ~40 characters.
    [
      '四季を通じて高原と果樹園と温泉地を結ぶ周遊型観光の推進',
      '四季を通じて高原と果樹園と温泉地を結ぶ周遊型観光の推進',
    ],
    [
      '市街地の北側における新たな産業用地の確保による企業誘致の推進',
      '市街地の北側における新たな産業用地の確保による企業誘致の推進',
    ],
    [
      '市の北部と南部の丘陵地に広がる果樹園と温泉地と高原の牧場をめぐって結ぶ周遊型観光の推進',
      '周遊型観光の推進',
    ],
    ['高原と果樹園を結ぶ周遊型観光の推進', '高原と果樹園を結ぶ周遊型観光の推進'],
  ])('%s', (title, head) => expect(headPhrase(title)).toBe(head));
});

describe('proseMeasures', () => {
  it('finds one measure per clause, and none in background sentences', () => {
    const p =
      '本市の人口は減少しています。自主防災組織の育成を支援し、地域防災力の強化を推進します。あわせて、観光資源を活用した交流人口の拡大や、地場産品のブランド化を進めます。';
    expect(proseMeasures(p).map((m) => m.title)).toEqual([
      '自主防災組織の育成',
      '地域防災力の強化',
      '観光資源を活用した交流人口の拡大',
      '地場産品のブランド化',
    ]);
  });
});

describe('measures listed inline in one object', () => {
  it.each([
    [
      '子どもを守るため、防犯灯の設置、通学路の点検、見守り活動の支援に取り組みます。',
      ['防犯灯の設置', '通学路の点検', '見守り活動の支援'],
    ],
    [
      '自主防災組織の育成・防災訓練の実施・備蓄品の計画的な更新を進めます。',
      ['自主防災組織の育成', '防災訓練の実施', '備蓄品の計画的な更新'],
    ],
    [
      '健診の受診率の向上、歯と口の健康づくり、相談の充実を図ります。',
      ['健診の受診率の向上', '歯と口の健康づくり', '相談の充実'],
    ],
    ['民生委員・児童委員の活動支援を進めます。', ['民生委員・児童委員の活動支援']],
    ['防犯・交通安全の推進に取り組みます。', ['防犯・交通安全の推進']],
    [
      '自主防災組織の育成を支援し、地域防災力の強化を推進します。',
      ['自主防災組織の育成', '地域防災力の強化'],
    ],
  ])('%s', (sentence, titles) =>
    expect(proseMeasures(sentence).map((m) => m.title)).toEqual(titles),
  );

  it('leaves an object whose parts are no noun phrases of their own whole', () => {
    expect(inlineList('安全、安心なまちづくり')).toBeNull();
    expect(inlineList('保健・医療・介護の連携')).toBeNull();
  });
});

describe('objects joined to each other and framed by a phrase', () => {
  it.each([
    [
      '相談支援専門員の確保と、障がいのある人の就労の場の拡大を進めます。',
      ['相談支援専門員の確保', '障がいのある人の就労の場の拡大'],
    ],
    [
      '防災マップの全戸配布とあわせて、地区ごとの避難訓練の実施を支援します。',
      ['防災マップの全戸配布', '地区ごとの避難訓練の実施'],
    ],
    ['新たに就農する人には、研修農場での実践研修を行います。', ['研修農場での実践研修']],
    ['地域の人材を生かしながら、学校間の合同授業の実施を図ります。', ['学校間の合同授業の実施']],
    ['郷土の自然を学ぶふるさと学習の充実に努めます。', ['郷土の自然を学ぶふるさと学習の充実']],
    ['防犯灯の設置、通学路の点検を進めます。', ['防犯灯の設置', '通学路の点検']],
  ])('%s', (sentence, titles) =>
    expect(proseMeasures(sentence).map((m) => m.title)).toEqual(titles),
  );
});

describe('the genre’s verbs of provision (補助します, 始めます, 設けます)', () => {
  it.each([
    [
      '医療費の助成を拡大し、保育料を無償化するとともに、家事を手伝うヘルパーの派遣を始めます。',
      ['医療費の助成', '保育料', '家事を手伝うヘルパーの派遣'],
    ],
    ['中小企業による脱炭素の設備投資を補助します。', ['中小企業による脱炭素の設備投資']],
    [
      '若者が話し合うユース会議を設け、提案を生かす仕組みを整えます。',
      ['若者が話し合うユース会議', '提案を生かす仕組み'],
    ],
    // A noun that often names a measure is no verb without its ending: the list stays a list.
    [
      '防犯灯の設置、通学路の点検、見守り活動の支援に取り組みます。',
      ['防犯灯の設置', '通学路の点検', '見守り活動の支援'],
    ],
  ])('%s', (sentence, titles) =>
    expect(proseMeasures(sentence).map((m) => m.title)).toEqual(titles),
  );
});

describe('commitments in the plain style (である調), in paragraphs', () => {
  it('reads 〜を図る。 〜に努める。 〜を推進する。 when asked to, and never statements of fact', () => {
    const p =
      '健診の受診率は県平均を下回っている。休日健診の回数を増やすとともに、保健指導の徹底を図る。また、小児救急医療体制の確保に努める。';
    expect(proseMeasures(p, true).map((m) => m.title)).toEqual([
      '休日健診の回数',
      '保健指導の徹底',
      '小児救急医療体制の確保',
    ]);
    expect(proseMeasures(p)).toEqual([]);
    expect(isPolicySentence('人口は減少している。', true)).toBe(false);
    expect(isPolicySentence('施策を体系的に示すものである。', true)).toBe(false);
  });
});
