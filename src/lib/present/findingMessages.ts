// What the slides say: each figure's finding (its title), its note on the slide, the speaker notes
// and the figure's own labels. Every number comes in as an argument, counted from the data by
// findings.ts. `en` is typed from `ja`.
import { catalog } from '$lib/i18n/catalog';

const list = (names: readonly string[]) => names.join('・');
const pct = (share: number) => `${Math.round(share * 100)}%`;

const ja = {
  list,
  pct,
  fy: (start: number, end: number) => `${start}–${end}年度`,
  items: (n: number) => `${n}項目`,
  more: (n: number) => `ほか${n}項目`,
  approaches: (n: number) => `${n}件`,
  moreApproaches: (n: number) => `ほか${n}件`,
  sentence: (parts: readonly string[]) => `${parts.join('。')}。`,

  periodsTitle: (newest: readonly string[], start: number, undated: readonly string[]) =>
    `最も新しいのは${list(newest)}の計画（${start}年度から）` +
    (undated.length ? `、${list(undated)}は期間を年度で示さない` : ''),
  periodsNote: (city: string, title: string, period: string, items: number) =>
    `${city}「${title}」${period}・${items}項目`,
  noPeriod: '期間を年度で示さない',
  periodTerm: (term: string) => `期間を年度で示さない：${term}`,
  fiscalYear: '年度',

  scopeTitle: (min: string, minItems: number, max: string, maxItems: number) =>
    `資料の範囲はそろっていない：項目数は${min}の${minItems}から${max}の${maxItems}まで`,
  scopeTitleOne: (city: string, docs: number, items: number) =>
    `${city}の資料：${docs}点の文書から${items}項目`,
  scopePartial: (described: readonly string[]) =>
    `どれも計画の全体ではない：${described.join('、')}。比べているのはこの範囲です`,
  scopeCity: (city: string, parts: readonly string[]) => `${city}は${parts.join('と')}`,
  scopeDoc: (city: string, title: string, items: number) => `${city}：${title}（${items}項目）`,

  shareTitle: (city: string, share: number, category: string, n: number) =>
    `${city}は掲載項目の${pct(share)}が「${category}」：${n}市で最大の偏り`,
  countTitle: (city: string, count: number, category: string) =>
    `最も多いのは${city}の「${category}」${count}項目`,
  selectedTitle: (category: string, city: string, share: number) =>
    `「${category}」の割合が最も高いのは${city}（${pct(share)}）`,
  leaningNote: (city: string, docItems: number, title: string, share: number, category: string) =>
    `注：${city}の${docItems}項目は1つの章『${title}』から採られ、その${pct(share)}が「${category}」です`,
  topNote: (city: string, category: string, count: number, total: number, share: number) =>
    `${city}は「${category}」が最多（${count}/${total}項目、${pct(share)}）`,
  shareLegend: '各市の資料の掲載項目に占める割合',
  levelTitle: (n: number, labels: readonly string[]) =>
    labels.length
      ? `${n}市すべてが目標か施策に掲げる分野：${list(labels)}`
      : `${n}市すべてが目標か施策に掲げる分野はない`,
  levelTitleOne: (city: string, labels: readonly string[]) =>
    labels.length
      ? `${city}が目標か施策に掲げる分野：${list(labels)}`
      : `${city}は目標か施策に掲げる分野を示さない`,
  levelNote: (city: string, kinds: string, n: number, goals: number, policies: number) =>
    `${city}（${kinds}）は${n}分野を目標か施策に掲げる（目標${goals}・施策${policies}）`,
  kindsNote: (described: readonly string[]) =>
    `資料の種類が違う：${described.join('、')}。項目の数でなく、掲げる段階で比べる`,
  kindsShareNote: (described: readonly string[]) =>
    `資料の種類が違う：${described.join('、')}。割合は各資料の掲載項目に占める割合`,
  kindOf: (city: string, kinds: string) => `${city}＝${kinds}`,
  levelLegend: '色：掲げる段階（なし→取組→施策→目標）、数字：目標・施策の数',
  levelLow: 'なし',
  levelHigh: '目標',
  levelCell: (
    top: 'goal' | 'policy' | 'measure' | 'other' | null,
    goals: number,
    policies: number,
  ) =>
    top === null
      ? '—'
      : top === 'measure'
        ? '取組'
        : top === 'other'
          ? '方針等'
          : `${goals}・${policies}`,
  countLegend: '項目数',

  sdgTitle: (cities: readonly string[], goals: number) =>
    `SDGsのゴールに最も多く触れるのは${list(cities)}（17のうち${goals}）`,
  sdgNote: (city: string, goals: number, items: number) =>
    `${city}：${goals}ゴール（のべ${items}項目）`,
  sdgLegend: '各ゴールを挙げる項目数',

  upsetTitle: (shared: number, all: number, n: number) =>
    `${shared}の概念を2市以上が共有し、${all}は${n}市すべてに共通`,
  upsetNote: (cities: readonly string[], count: number) => `${list(cities)}：${count}概念`,
  upsetBars: '棒：黒い点でつないだ市どうしだけが共有する概念の数',
  upsetSizes: '市ごとの共有概念',

  conceptTitleAll: (n: number, label: string) => `${n}市すべてが掲げる「${label}」`,
  conceptTitleSome: (cities: readonly string[], label: string) =>
    `${list(cities)}が掲げる「${label}」`,
  conceptNone: 'この概念の項目はありません',

  uniqueTitle: (most: readonly string[], count: number, least: readonly string[], fewest: number) =>
    `独自の取組が最も多いのは${list(most)}（${count}件${most.length > 1 ? 'ずつ' : ''}）` +
    (least.length ? `、最も少ないのは${list(least)}（${fewest}件）` : ''),
  uniqueNote: (city: string, labels: readonly string[]) => `${city}：${labels.join('、')}`,
  uniqueNone: '独自の取組はありません',

  regionsTitle: (
    most: readonly string[],
    count: number,
    least: readonly string[],
    fewest: number,
  ) =>
    `${list(most)}は${count}件の広域連携に加わり` +
    (least.length ? `、${list(least)}は${fewest}件` : ''),
  regionsNote: (total: number, approximate: boolean) =>
    `枠組みは計${total}件` + (approximate ? '。面は構成市町村の市役所を囲む概略の範囲です' : ''),
  regionsCity: (city: string, names: readonly string[]) => `${city}：${names.join('、')}`,
  regionsLegend: (n: number) => `${n}件の枠組み`,
  regionsWide: (n: number) => `ほか県全域${n}件`,
  /** A framework kind as a slide's small map names it (data: the Japanese kind). */
  regionsKind: (kind: string) => kind,

  labelsTitle: (items: number, f1: string) =>
    `分類はモデルでなく規則と根拠語で付与：手作業ラベル${items}項目で保持検証のマクロF1 ${f1}`,
  labelsTitleWhole: (items: number, f1: string) =>
    `分類はモデルでなく規則と根拠語で付与：手作業ラベル${items}項目でマクロF1 ${f1}`,
  labelsNote: (curated: number, target: string) =>
    `手作業で決めたラベルは${curated}項目（理由つき）。目標はマクロF1 ${target}以上`,
  labelsCategory: (label: string, f1: string) => `${label}：F1 ${f1}`,
  labelsAxis: 'F1（分類ごと、評価用の全項目）',
  labelsTarget: (target: string) => `目標 ${target}`,

  sourcePlans: (plans: readonly string[]) =>
    `出典：${plans.join('')}を加工して作成（総合計画アトラス）`,
  /** A plan as the 出典 line names it; its city only when the title does not already say it. */
  sourcePlan: (city: string, title: string, kinds: string) =>
    `${title.includes(city) ? '' : city}「${title}」（${kinds}）`,
  sourceRegions: (count: number, land: string) =>
    `出典：各枠組みの公表資料${count}件（data/research/partnerships.json）、地図 ${land}`,
  sourceLabels: (items: number) =>
    `出典：総合計画アトラスの評価（手作業ラベル${items}項目、evaluation.json）`,
  noFigure: (view: string) =>
    `この表示（${view}）には図がありません。ダッシュボードで開いてください`,
};

export type FindingMessages = typeof ja;

export const FINDING_MESSAGES = catalog(ja, '/src/lib/present/findingMessages.en.ts');
