// The field vocabulary covers each category in the field's own wording: a made-up item phrased
// as a municipality's budget or a planner would phrase it fires a term of the right category,
// with no help from a heading.
import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS } from '../data/schemas';
import { compileLexicon } from './compileLexicon';
import { FIELD_VOCABULARY, RAW_LEXICON, mergeLexicon } from './defaultLexicon';
import { labelItem } from './labelItem';

const full = compileLexicon(RAW_LEXICON);
// The field vocabulary alone, with the lexicon's params and no plan-written terms.
const fieldOnly = compileLexicon(
  mergeLexicon({ ...RAW_LEXICON, stop: [], categories: {}, sdgs: {} }, FIELD_VOCABULARY),
);

const CASES: [string, string][] = [
  ['health', '疾病の予防と重症化予防の推進'],
  ['health', '国民健康保険事業の運営'],
  ['health', '民生委員・児童委員活動への支援'],
  ['children', '不登校児童生徒への支援'],
  ['children', '放課後児童クラブの充実'],
  ['children', '学校給食の地産地消'],
  ['industry', 'ツーリズムの推進による誘客'],
  ['industry', '新規就農者の確保'],
  ['industry', '商店街の賑わいづくり'],
  ['safety', '橋りょうの長寿命化'],
  ['safety', '消防団員の確保'],
  ['safety', '市営住宅の計画的な修繕'],
  ['administration', '内部統制の推進'],
  ['administration', '住民基本台帳事務の適正化'],
  ['administration', '地方債の適正な管理'],
  ['dx_gx', '太陽光発電設備の導入支援'],
  ['dx_gx', '行政手続のオンライン化'],
  ['dx_gx', 'ごみ減量と資源循環'],
  ['sdgs', 'ハラスメントの防止と人権擁護'],
  ['sdgs', '在住外国人との国際交流'],
  ['industry', '多面的機能支払交付金による農地の保全'],
  ['industry', '家畜防疫の徹底'],
  ['safety', '水防団の訓練'],
  ['safety', '消費生活センターの相談体制'],
  ['health', '生活扶助の適正な支給'],
  ['dx_gx', '電子計算機の更新'],
];

describe('field vocabulary', () => {
  it('names every category', () => {
    expect(Object.keys(FIELD_VOCABULARY.categories).sort()).toEqual([...CATEGORY_IDS].sort());
    expect(
      Object.keys(FIELD_VOCABULARY.sdgs)
        .map(Number)
        .sort((a, b) => a - b),
    ).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
  });

  it.each(CASES)('labels a %s item in field wording: %s', (category, title) => {
    const input = { title, parentTitles: [] };
    expect(labelItem(input, fieldOnly, CATEGORY_IDS).categories).toContain(category);
    expect(labelItem(input, full, CATEGORY_IDS).categories).toContain(category);
  });

  it.each([
    [3, '疾病の予防と受診の促進'],
    [4, '義務教育の充実'],
    [6, '浄化槽の設置支援'],
    [7, 'バイオマスの利用'],
    [12, '食品ロスの削減'],
    [13, '気候変動への適応策'],
    [15, '外来種の防除と生態系の保全'],
    [16, '児童虐待の防止'],
    [2, '有害鳥獣による農作物被害の防止'],
    [8, '企業誘致と空き店舗の活用'],
    [10, '手話の普及と意思疎通の支援'],
    [11, '堤防の強化と浸水対策'],
    [11, '移住希望者への相談体制'],
    [13, '次世代自動車の普及'],
    [16, '行政手続の簡素化'],
    [17, '住民自治と地域運営組織の支援'],
    [15, '森林病害虫の駆除'],
    [6, '節水の呼びかけ'],
    [5, '父親の育児休業の取得'],
    [11, '急傾斜地の崩壊対策'],
  ])('gives goal %i to an item in the wording of its targets: %s', (goal, title) => {
    expect(labelItem({ title, parentTitles: [] }, fieldOnly, CATEGORY_IDS).sdgs).toContain(goal);
  });
});
