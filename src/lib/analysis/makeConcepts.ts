// Assembles concepts.json from the grouping: shared concepts (items of two or more plans) and unique
// approaches, each with a why that a reader can check against the item titles.
import { describeItems, groupConcepts, type ConceptGroup } from './groupConcepts';
import { findUniqueApproaches, type UniqueOptions } from './findUniqueApproaches';
import { CENTRAL_SHARE } from './matchConcepts';
import { getLexiconConcept } from './matchLexicon';
import type { Concept, Concepts, Localized, PlanItem, UniqueApproach } from '../data/schemas';

export interface ConceptPlan {
  readonly id: string;
  readonly name: Localized;
  readonly items: readonly Pick<PlanItem, 'id' | 'title' | 'repeats' | 'categories' | 'kind'>[];
}

function listTerms(group: ConceptGroup, sep: string): string {
  return group.terms.map((t) => `${t.term}×${t.count}`).join(sep);
}

function makeShared(group: ConceptGroup, cityNames: Map<string, Localized>): Concept {
  const n = group.items.length;
  const cities = group.cities.map((c) => cityNames.get(c) ?? { ja: c, en: c });
  const ja = cities.map((c) => c.ja).join('・');
  const en = cities.map((c) => c.en).join(', ');
  const base = {
    items: [...group.items],
    score: group.score,
    terms: group.terms.map((t) => t.term),
  };
  if (group.key.startsWith('lex:')) {
    const concept = getLexiconConcept(group.key.slice(4))!;
    return {
      id: concept.id,
      label: concept.label,
      why: {
        ja: `同義語辞書の「${concept.label.ja}」の語がタイトル（文章だけの見出し項目は本文）にある項目（${ja}の${n}件）。一致した語: ${listTerms(group, '、')}。異なる市の項目対の類似度（標本平均）${group.score}。`,
        en: `Item titles (for headings over prose, their text) name a term of the synonym lexicon's "${concept.label.en}" (${n} items of ${en}). Matched terms: ${listTerms(group, ', ')}. Mean score of sampled cross-city pairs: ${group.score}.`,
      },
      ...base,
      categories: [...concept.categories],
    };
  }
  const term = group.key.slice(5);
  const pct = Math.round(CENTRAL_SHARE * 100);
  return {
    id: `term-${term}`,
    label: { ja: term, en: `Items centred on “${term}”` },
    why: {
      ja: `「${term}」がタイトルの中心語（重みの${pct}%以上）である項目（${ja}の${n}件）。異なる市の項目対の類似度（標本平均）${group.score}。`,
      en: `“${term}” carries at least ${pct}% of each item title's weight (${n} items of ${en}). Mean score of sampled cross-city pairs: ${group.score}.`,
    },
    ...base,
  };
}

/** The categories most of a group's items carry, when the items are labelled. */
function majorityCategories(ids: readonly string[], categoriesOf: Map<string, readonly string[]>) {
  const counts = new Map<string, number>();
  for (const id of ids)
    for (const c of categoriesOf.get(id) ?? []) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts]
    .filter(([, k]) => k * 2 >= ids.length)
    .map(([c]) => c) as Concept['categories'];
}

export function makeConcepts(plans: readonly ConceptPlan[], options: UniqueOptions = {}): Concepts {
  const items = plans.flatMap((p) => p.items);
  const cityNames = new Map(plans.map((p) => [p.id, p.name]));
  const categoriesOf = new Map(items.map((i) => [i.id, i.categories ?? []]));
  const sigs = describeItems(items);
  const groups = groupConcepts(items, sigs);
  const seen = new Set<string>();
  const concepts: Concept[] = [];
  const shared = groups
    .filter((g) => g.cities.length > 1)
    .sort((a, b) => Number(b.key.startsWith('lex:')) - Number(a.key.startsWith('lex:')));
  for (const group of shared) {
    // A term bucket holding exactly the items of a bucket already kept adds nothing.
    const fingerprint = [...group.items].sort().join('\n');
    if (seen.has(fingerprint)) continue;
    seen.add(fingerprint);
    const concept = makeShared(group, cityNames);
    if (!concept.categories) {
      const majority = majorityCategories(group.items, categoriesOf);
      if (majority?.length) concept.categories = majority;
    }
    concepts.push(concept);
  }
  concepts.sort((a, b) => b.items.length - a.items.length || a.id.localeCompare(b.id));
  const titles = new Map(items.map((i) => [i.id, i.title]));
  // Terms are matched lower-cased and NFKC; show them as the title writes them (ILC, not ilc).
  const display = (id: string, term: string) => {
    const title = (titles.get(id) ?? '').normalize('NFKC');
    const at = title.toLowerCase().indexOf(term);
    return at < 0 ? term : title.slice(at, at + term.length);
  };
  const unique: UniqueApproach[] = findUniqueApproaches(items, sigs, groups, options).map((u) => {
    const name = cityNames.get(u.city) ?? { ja: u.city, en: u.city };
    const term = display(u.items[0]!, u.term);
    const pct = Math.round(u.distinctiveness * 100);
    return {
      city: u.city,
      label: { ja: titles.get(u.items[0]!)!, en: `“${term}” (${name.en} only)` },
      items: [...u.items],
      why: {
        ja: `「${term}」は${name.ja}の計画だけにある語で、これらの項目は他市と共有する概念がない（タイトルの重みの${pct}%が他市にない語）。`,
        en: `“${term}” appears only in ${name.en}'s plan, and these items share no concept with another city (${pct}% of the title's weight is in terms no other plan uses).`,
      },
    };
  });
  return { concepts, unique };
}
