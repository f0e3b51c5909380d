// Decisions the research file leaves to us, written down with their reasons: which coarse kind
// each framework falls under, the English purpose (a translation of the confirmed Japanese one),
// which plan lines state or mention it, and what we leave off the map.
import type { FrameworkKind } from '../../src/lib/map/kinds';

export const PLAN_FILE = {
  nihonmatsu: 'sources/001_a428ecf5327b2d0a.txt',
  ichinoseki: 'sources/002_22558d7e39391d86.txt',
  hiratsuka: 'sources/003_8f2924bf60b7da53.txt',
  iwaki: 'sources/004_68f752de2dbcb590.txt',
} as const;

/** The compared cities in display order, with their municipality codes (check digit included). */
export const CITIES: readonly { id: string; code: string }[] = [
  { id: 'nihonmatsu', code: '072109' },
  { id: 'ichinoseki', code: '032093' },
  { id: 'hiratsuka', code: '142034' },
  { id: 'iwaki', code: '072044' },
];

export interface LineRef {
  file: string;
  line: number;
  quote: string;
}
const nihonmatsu = (line: number, quote: string): LineRef => ({
  file: PLAN_FILE.nihonmatsu,
  line,
  quote,
});

export interface Curation {
  kind: FrameworkKind;
  /** English purpose when the research gives only Japanese. */
  purposeEn?: string;
  /** A plan line that states the framework and names its members: it becomes `source`. */
  planSource?: LineRef;
  planMentions?: LineRef[];
  /** A plan line whose member list differs from the present one. */
  planVersion?: { name: string; line: LineRef; note: { ja: string; en: string } };
  note?: { ja: string; en: string };
}

/** English for a member role the research states in Japanese only. */
export const ROLE_EN: Record<string, string> = {
  会長市: 'chair city',
};

export const CURATION: Record<string, Curation> = {
  adachi_kouiki: {
    kind: '一部事務組合',
    planSource: nihonmatsu(407, '安達地方広域行政組合への参画'),
  },
  fukushima_denen: {
    kind: '連携中枢都市圏',
    planMentions: [nihonmatsu(402, '「福島圏域連携中枢都市圏」')],
    planVersion: {
      name: '福島圏域連携中枢都市圏',
      line: nihonmatsu(431, '福島圏域連携中枢都市圏への参画'),
      note: {
        ja: '計画（2020年策定）は「福島圏域連携中枢都市圏」の参加市町村として11市町村を挙げる。2021〜22年に形成された連携中枢都市圏は「ふくしま田園中枢都市圏」で9市町村。白石市・米沢市を含む11市町村は福島圏域連携推進協議会の構成。',
        en: 'The plan (2020) lists 11 municipalities for "福島圏域連携中枢都市圏". The area formed in 2021–22 is ふくしま田園中枢都市圏 with 9; the 11, with Shiroishi and Yonezawa, make up the 福島圏域連携推進協議会.',
      },
    },
  },
  fukushima_kenniki_kyogikai: {
    kind: '協議会・共同処理',
    planMentions: [nihonmatsu(431, '福島圏域連携中枢都市圏への参画')],
    note: {
      ja: '二本松市の計画が「福島圏域連携中枢都市圏」として挙げる11市町村と同じ構成（米沢市はオブザーバー）。2022年以降も活動しているかは未確認。',
      en: 'Same 11 municipalities as the Nihonmatsu plan lists under "福島圏域連携中枢都市圏" (Yonezawa as observer). Whether it still meets after 2022 is not confirmed.',
    },
  },
  koriyama_kouikiken: {
    kind: '連携中枢都市圏',
    purposeEn:
      'Centred on Koriyama: economic growth, higher urban functions and everyday services ("spread, raise and help one another")',
    planMentions: [nihonmatsu(402, '「こおりやま広域連携中枢都市圏」')],
    planVersion: {
      name: 'こおりやま広域連携中枢都市圏',
      line: nihonmatsu(432, 'こおりやま広域連携中枢都市圏への参画'),
      note: {
        ja: '計画（2020年策定）は16市町村を挙げる。磐梯町が2022年2月7日に連携協約を結び、現在は17市町村。',
        en: 'The plan (2020) lists 16 municipalities. Bandai signed its agreement on 7 February 2022; there are 17 now.',
      },
    },
  },
  fukushima_kouki: {
    kind: '広域連合',
    planSource: nihonmatsu(409, '福島県後期高齢者医療広域連合への参画'),
  },
  ichinoseki_hiraizumi_teiju: {
    kind: '定住自立圏',
    purposeEn:
      'A one-to-one agreement between the central city and a neighbouring town to secure medical care, welfare, industry and transport so that people stay',
  },
  ichinoseki_kouiki_kumiai: {
    kind: '一部事務組合',
    purposeEn:
      'Joint waste and night-soil treatment, waste-business permits, the crematorium, and long-term care insurance (insurer work)',
  },
  ichinoseki_fire: {
    kind: '協議会・共同処理',
    purposeEn: "Ichinoseki's fire department provides Hiraizumi's standing fire service",
  },
  hiraizumi_ichinoseki_dmo: {
    kind: '広域プロジェクト',
    purposeEn:
      'Tourism development for the Hiraizumi–Ichinoseki area (data use, promotion, off-season measures)',
  },
  kuritome_ichihei: {
    kind: '協議会・共同処理',
    purposeEn:
      'One everyday living area across northern Miyagi and southern Iwate: tourism, match-making, migration advice, the ILC bid, industry and jobs',
  },
  iwate_miyagi_kensai_gichokai: {
    kind: '協議会・共同処理',
    purposeEn:
      'Joint requests to the national government on cross-border issues (the ILC bid, National Route 343)',
  },
  ilc_kitakami: {
    kind: '広域プロジェクト',
    purposeEn:
      'Bid to host the International Linear Collider at the Kitakami Mountains site (southern Iwate to northern Miyagi)',
    planMentions: [
      { file: PLAN_FILE.ichinoseki, line: 157, quote: 'ILCの実現を見据えたまちづくり' },
    ],
  },
  iwate_kouki: {
    kind: '広域連合',
    purposeEn: 'Runs the medical insurance scheme for people aged 75 and over',
  },
  hiratsuka_oiso_ninomiya_gomi: {
    kind: '協議会・共同処理',
    purposeEn:
      'The city and two towns share out the treatment plants and treat municipal waste jointly (Hiratsuka: combustible and bulky waste, final disposal; Oiso: plastic containers and PET, transfer of combustibles)',
  },
  hiratsuka_joint_fire_command: {
    kind: '協議会・共同処理',
    purposeEn:
      'One centre in Hiratsuka City Hall takes the 119 calls and dispatches crews for the city and the two towns',
  },
  twin_city: {
    kind: '広域プロジェクト',
    purposeEn:
      'Join Kurami (Samukawa), the area bidding for a new Tokaido Shinkansen station, and Okami (Hiratsuka) across the Sagami River with a new bridge into one environment-friendly town',
    planMentions: [
      { file: PLAN_FILE.hiratsuka, line: 364, quote: 'ツインシティ大神地区（北の核）' },
    ],
  },
  shinkansen_kiseidomeikai: {
    kind: '協議会・共同処理',
    purposeEn: 'Campaign for a new Tokaido Shinkansen station at Kurami, Samukawa',
  },
  shonan_chiiki: {
    kind: '協議会・共同処理',
    purposeEn:
      "The district of the prefecture's Shonan regional office; each year the governor and the mayors discuss regional issues",
  },
  sagami_robot: {
    kind: '広域プロジェクト',
    purposeEn:
      'Bring everyday-support robots into practical use along the Sagami Jukan Road and cluster related industry',
  },
  kanagawa_kouki: {
    kind: '広域連合',
    purposeEn: 'Runs the medical insurance scheme for people aged 75 and over',
  },
  fukushima_innovation_coast: {
    kind: '広域プロジェクト',
    purposeEn:
      'Rebuild the industry of the Hamadori area lost in the earthquake and nuclear disaster (decommissioning, robots and drones, energy and recycling, farming and fisheries, medical, aerospace)',
    planMentions: [
      {
        file: PLAN_FILE.iwaki,
        line: 132,
        quote: '福島イノベーション・コースト構想に関連した産業振興',
      },
    ],
  },
  iwaki_kitaibaraki_takahagi: {
    kind: '協議会・共同処理',
    purposeEn:
      'Tourism administration across the prefectural border by the three cities (joint campaigns and the like)',
  },
};
