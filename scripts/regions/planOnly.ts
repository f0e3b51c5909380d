// Frameworks only the plans state (二本松市 4-1 table rows that name their members), and the
// frameworks we leave off the map with the reason, so the page can say what is missing and why.
import { PLAN_FILE, type Curation, type LineRef } from './curation';

export interface PlanOnlyFramework {
  id: string;
  name: { ja: string; en: string };
  kindDetail: { ja: string; en: string };
  purpose: { ja: string; en: string };
  curation: Curation & { planSource: LineRef };
  /** The part of the line that names the members, parsed into codes by name. */
  membersQuote: string;
}

const line = (n: number, quote: string): LineRef => ({
  file: PLAN_FILE.nihonmatsu,
  line: n,
  quote,
});

export const PLAN_ONLY: PlanOnlyFramework[] = [
  {
    id: 'adachi-shichosonkai',
    name: { ja: '安達地方市町村会', en: 'Adachi Municipalities Association' },
    kindDetail: { ja: '市町村会（任意）', en: 'voluntary association of municipalities' },
    purpose: {
      ja: '安達地方3市村が一体となって地域の活性化を推進し、住みよいまちづくりを目指す',
      en: 'The three Adachi municipalities work as one for regional revitalisation and liveable towns',
    },
    curation: { kind: '協議会・共同処理', planSource: line(408, '安達地方市町村会への参画') },
    membersQuote: '安達地方3市村（二本松市、本宮市、大玉村）',
  },
  {
    id: 'adachi-shogaisha-shinsakai',
    name: {
      ja: 'あだち地方障害者自立支援審査会',
      en: 'Adachi Disability Support Review Board',
    },
    kindDetail: { ja: '審査会の共同設置', en: 'jointly established review board' },
    purpose: {
      ja: '障害者介護給付費等の支給に関する審査会を共同で設置し、障害支援区分の審査および判定を行う',
      en: 'A jointly established board that reviews and decides disability support classifications for care benefits',
    },
    curation: { kind: '協議会・共同処理', planSource: line(429, 'あだち地方障害者自立支援審査会') },
    membersQuote: '3市村（二本松市、本宮市、大玉村）',
  },
];

export interface Omission {
  id: string;
  name: { ja: string; en: string };
  cities: string[];
  reason: { ja: string; en: string };
  lines: LineRef[];
  urls: string[];
}

export const OMITTED: Omission[] = [
  {
    id: 'fukushima-water',
    name: {
      ja: '福島地方水道用水供給企業団',
      en: 'Fukushima Regional Bulk Water Supply Authority',
    },
    cities: ['nihonmatsu'],
    reason: {
      ja: '計画は「本市を含む県北地方3市3町」とするが構成市町名を挙げず、調査でも構成団体の一覧は確認できていない（合併の経緯からの推定のみ）。',
      en: 'The plan says "3 cities and 3 towns of the Kenpoku area including ours" without naming them, and the research did not read a member list (only a reconstruction from mergers).',
    },
    lines: [line(430, '福島地方水道用水供給企業団への参画')],
    urls: ['https://www.f-wsa.jp/gaiyou/fukushima-jigho/index.html'],
  },
  {
    id: 'adachi-kaigo-shinsakai',
    name: { ja: 'あだち地方介護認定審査会', en: 'Adachi Care-Needs Review Board' },
    cities: ['nihonmatsu'],
    reason: {
      ja: '計画の行は構成市町村を挙げておらず、ほかの出典も確認していない。',
      en: 'The plan row does not name the members and no other source was read.',
    },
    lines: [line(428, 'あだち地方介護認定審査会')],
    urls: [],
  },
  {
    id: 'iwaki-renkei-chusu-study',
    name: {
      ja: 'いわき市を中心とする連携中枢都市圏（検討）',
      en: 'Proposed Iwaki-centred cooperative central metropolitan area',
    },
    cities: ['iwaki'],
    reason: {
      ja: '2017年に双葉郡町村との形成検討が表明されたのみで、連携中枢都市宣言や連携協約は確認できない。',
      en: 'Only a 2017 announcement of talks with the Futaba county towns was found; no declaration or agreement.',
    },
    lines: [],
    urls: ['http://www.kahoku.co.jp/tohokunews/201701/20170106_61055.html'],
  },
  {
    id: 'shonan-kouiki-toshi',
    name: { ja: '湘南広域都市行政協議会', en: 'Shonan Wide-Area Urban Administration Council' },
    cities: ['hiratsuka'],
    reason: {
      ja: '構成は藤沢市・茅ヶ崎市・寒川町のみで、平塚市は構成団体ではない。',
      en: 'Its members are Fujisawa, Chigasaki and Samukawa only; Hiratsuka is not one.',
    },
    lines: [],
    urls: ['https://www.city.chigasaki.kanagawa.jp/kikaku_koiki/1009794.html'],
  },
];
