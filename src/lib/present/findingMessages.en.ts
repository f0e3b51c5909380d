// English slide texts beside findingMessages.ts's Japanese ones; loaded only when the URL asks
// for English (see $lib/i18n/catalog).
import type { FindingMessages } from './findingMessages';

const rules = new Intl.PluralRules('en');
const count = (n: number, one: string, other: string) =>
  `${n} ${rules.select(n) === 'one' ? one : other}`;
const list = (names: readonly string[]) =>
  names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
const pct = (share: number) => `${Math.round(share * 100)}%`;

const en: FindingMessages = {
  list,
  pct,
  fy: (start, end) => `FY${start}–${end}`,
  items: (n) => count(n, 'item', 'items'),
  more: (n) => `and ${count(n, 'more item', 'more items')}`,
  approaches: (n) => count(n, 'approach', 'approaches'),
  moreApproaches: (n) => `and ${n} more`,
  sentence: (parts) => `${parts.join('. ')}.`,

  periodsTitle: (newest, start, undated) =>
    `${list(newest)}’s plan is the newest (from FY${start})` +
    (undated.length
      ? `; ${list(undated)} ${undated.length > 1 ? 'state' : 'states'} no fiscal years`
      : ''),
  periodsNote: (city, title, period, items) =>
    `${city}, “${title}”, ${period}, ${count(items, 'item', 'items')}`,
  noPeriod: 'no period in fiscal years',
  periodTerm: (term) => `no period in fiscal years: ${term}`,
  fiscalYear: 'Fiscal year',

  scopeTitle: (min, minItems, max, maxItems) =>
    `The documents differ in scope: from ${count(minItems, 'item', 'items')} (${min}) to ${maxItems} (${max})`,
  scopeTitleOne: (city, docs, items) =>
    `${city}’s source: ${count(items, 'item', 'items')} from ${count(docs, 'document', 'documents')}`,
  scopePartial: (described) =>
    `None is a whole plan: ${described.join('; ')}. The comparison covers these parts only`,
  scopeCity: (city, parts) => `${city} ${parts.join(' plus ')}`,
  scopeDoc: (city, title, items) => `${city}: ${title} (${count(items, 'item', 'items')})`,

  shareTitle: (city, share, category, n) =>
    `${pct(share)} of the items in ${city}’s text are “${category}”, the strongest lean of the ${n}`,
  countTitle: (city, n, category) => `The most items: ${city}’s ${n} in “${category}”`,
  selectedTitle: (category, city, share) =>
    `“${category}”: ${city} gives it the largest share (${pct(share)})`,
  leaningNote: (city, docItems, title, share, category) =>
    `Note: ${count(docItems, 'item', 'items')} of ${city} come from one chapter, “${title}”, and ${pct(share)} of them are “${category}”`,
  topNote: (city, category, n, total, share) =>
    `${city}: most items in “${category}” (${n} of ${total}, ${pct(share)})`,
  shareLegend: 'Share of the items in each city’s text',
  levelTitle: (n, labels) =>
    labels.length
      ? `All ${n} cities name ${list(labels.map((l) => `“${l}”`))} as a goal or policy`
      : `No field is named as a goal or policy by all ${n} cities`,
  levelTitleOne: (city, labels) =>
    labels.length
      ? `${city} names ${list(labels.map((l) => `“${l}”`))} as a goal or policy`
      : `${city} names no field as a goal or policy`,
  levelNote: (city, kinds, n, goals, policies) =>
    `${city} (${kinds}) names ${count(n, 'field', 'fields')} as a goal or policy (${count(goals, 'goal', 'goals')}, ${count(policies, 'policy', 'policies')})`,
  kindsNote: (described) =>
    `The texts are of different kinds: ${described.join('; ')}. Compared on the level a field is named at, not on item counts`,
  kindsShareNote: (described) =>
    `The texts are of different kinds: ${described.join('; ')}. Shares are of the items in each text`,
  kindOf: (city, kinds) => `${city}: ${kinds}`,
  levelLegend: 'Colour: level named at (none → measure → policy → goal); numbers: goals · policies',
  levelLow: 'none',
  levelHigh: 'goal',
  levelCell: (top, goals, policies) =>
    top === null
      ? '—'
      : top === 'measure'
        ? 'measure'
        : top === 'other'
          ? 'other'
          : `${goals} · ${policies}`,
  countLegend: 'Items',

  sdgTitle: (cities, goals) =>
    `${list(cities)} ${cities.length > 1 ? 'name' : 'names'} the most SDGs (${goals} of 17)`,
  sdgNote: (city, goals, items) =>
    `${city}: ${count(goals, 'goal', 'goals')} (${count(items, 'item', 'items')} in all)`,
  sdgLegend: 'Items naming each goal',

  upsetTitle: (shared, all, n) =>
    `${count(shared, 'concept is', 'concepts are')} shared by two or more cities, ${all} by all ${n}`,
  upsetNote: (cities, n) => `${list(cities)}: ${count(n, 'concept', 'concepts')}`,
  upsetBars: 'Bars: concepts shared by exactly the cities the dots join',
  upsetSizes: 'Shared, by city',

  conceptTitleAll: (n, label) => `All ${n} plans name “${label}”`,
  conceptTitleSome: (cities, label) => `${list(cities)} name “${label}”`,
  conceptNone: 'No items of this concept',

  uniqueTitle: (most, n, least, fewest) =>
    `${list(most)} ${most.length > 1 ? 'have' : 'has'} the most approaches of their own (${n}${most.length > 1 ? ' each' : ''})` +
    (least.length ? `; ${list(least)} the fewest (${fewest})` : ''),
  uniqueNote: (city, labels) => `${city}: ${labels.join('; ')}`,
  uniqueNone: 'No approach of its own',

  regionsTitle: (most, n, least, fewest) =>
    `${list(most)} ${most.length > 1 ? 'belong' : 'belongs'} to ${count(n, 'partnership framework', 'partnership frameworks')}` +
    (least.length ? `; ${list(least)} to ${fewest}` : ''),
  regionsNote: (total, approximate) =>
    `${count(total, 'framework', 'frameworks')} in all` +
    (approximate ? '. Areas are approximate: drawn around the members’ city halls' : ''),
  regionsCity: (city, names) => `${city}: ${names.join('; ')}`,
  regionsLegend: (n) => count(n, 'framework', 'frameworks'),
  regionsWide: (n) => `and ${n} prefecture-wide`,
  // Shorter than the map legend's names ($lib/map/kinds.ts): a slide's panel is a quarter wide.
  regionsKind: (kind) =>
    ({
      連携中枢都市圏: 'Central metro area',
      定住自立圏: 'Settlement area',
      一部事務組合: 'Joint association',
      広域連合: 'Wide-area union',
      '協議会・共同処理': 'Council, joint service',
      広域プロジェクト: 'Regional project',
    })[kind] ?? kind,

  labelsTitle: (items, f1) =>
    `Labels come from rules with their evidence, not a model: held-out macro-F1 ${f1} on ${items} hand-labelled items`,
  labelsTitleWhole: (items, f1) =>
    `Labels come from rules with their evidence, not a model: macro-F1 ${f1} on ${items} hand-labelled items`,
  labelsNote: (curated, target) =>
    `${count(curated, 'item is', 'items are')} labelled by hand, each with its reason. The target is a macro-F1 of ${target} or more`,
  labelsCategory: (label, f1) => `${label}: F1 ${f1}`,
  labelsAxis: 'F1 per category, whole evaluation set',
  labelsTarget: (target) => `target ${target}`,

  sourcePlans: (plans) => `Source: Plan Atlas, based on the plans ${plans.join(', ')}`,
  sourcePlan: (_city, title, kinds) => `“${title}” (${kinds})`,
  sourceRegions: (n, land) =>
    `Sources: ${count(n, 'public document', 'public documents')} of the frameworks (data/research/partnerships.json); map ${land}`,
  sourceLabels: (items) =>
    `Source: Plan Atlas evaluation (${count(items, 'hand-labelled item', 'hand-labelled items')}, evaluation.json)`,
  noFigure: (view) => `This view (${view}) has no figure; open it in the dashboard`,
};

export default en;
