// Assembles concepts.json: shared concepts (items of two or more plans) as a small hierarchy —
// broad concepts of the synonym lexicon (防災・減災) over close ones (自主防災組織) — each member
// with the quote that makes it one, at its source lines; then each city's unique approaches,
// ranked by rarity with a reason, never an item of a shared concept.
import { describeItems, groupConcepts, type ConceptGroup } from './groupConcepts';
import {
  findDistinctive,
  findUniqueApproaches,
  indexMentions,
  type Distinctive,
  type UniqueOptions,
} from './findUniqueApproaches';
import { type ItemSignature } from './matchConcepts';
import { CLOSE_SIMILARITY } from './closeMatches';
import { getLexiconConcept, SYNONYMS, type SynonymLexicon } from './matchLexicon';
import { QuoteLocator } from './locateQuote';
import type {
  Concept,
  ConceptMember,
  Concepts,
  Localized,
  PlanItem,
  UniqueApproach,
} from '../data/schemas';

export interface ConceptPlan {
  readonly id: string;
  readonly name: Localized;
  readonly items: readonly Pick<
    PlanItem,
    'id' | 'title' | 'text' | 'repeats' | 'categories' | 'kind' | 'source'
  >[];
}

export interface ConceptOptions extends UniqueOptions {
  /** Source file (`sources/…`) → its text: sentence quotes are located in it. Without it, a
   * sentence counts only when it lies within its item's own lines. */
  sources?: ReadonlyMap<string, string>;
  lexicon?: SynonymLexicon;
  /** Read the sentences of item texts (default) or titles only. */
  readText?: boolean;
  /** Group titles that are close without a lexicon (closeMatches.ts); default true. */
  near?: boolean;
}

function listTerms(group: ConceptGroup, sep: string): string {
  return group.terms.map((t) => `${t.term}×${t.count}`).join(sep);
}

function cityList(cities: readonly string[], names: Map<string, Localized>) {
  const named = cities.map((c) => names.get(c) ?? { ja: c, en: c });
  return { ja: named.map((c) => c.ja).join('・'), en: named.map((c) => c.en).join(', ') };
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

const cityOf = (id: string) => id.slice(0, id.indexOf('/'));

/**
 * A named local asset (二本松城跡: a 城跡 of one city) is its city's own: a broad concept it joins
 * only through its own name's head word, a word no other plan uses, would call it shared with plans
 * that never mention it. Such broad keys are dropped; close keys always stand.
 */
function skipOwnAssets(
  items: readonly ConceptPlan['items'][number][],
  sigs: Map<string, ItemSignature>,
  distinctive: ReadonlyMap<string, Distinctive>,
): Map<string, Set<string>> {
  // Lexicon atom → the cities whose titles or sentences matched it.
  const atomCities = new Map<string, Set<string>>();
  for (const item of items) {
    for (const [key, ev] of sigs.get(item.id)!.evidence) {
      if (!key.startsWith('lex:')) continue;
      for (const atom of ev.terms.flatMap((t) => t.split('+'))) {
        const set = atomCities.get(atom) ?? new Set<string>();
        set.add(cityOf(item.id));
        atomCities.set(atom, set);
      }
    }
  }
  const skip = new Map<string, Set<string>>();
  for (const [id, d] of distinctive) {
    if (!d.named) continue;
    const dropped = new Set<string>();
    for (const [key, ev] of sigs.get(id)!.evidence) {
      if (!key.startsWith('lex:')) continue;
      const own = ev.terms
        .flatMap((t) => t.split('+'))
        .every(
          (a) =>
            (atomCities.get(a)?.size ?? 0) <= 1 && d.names.some((n) => n !== a && n.endsWith(a)),
        );
      if (own) dropped.add(key);
    }
    if (dropped.size) skip.set(id, dropped);
  }
  return skip;
}

export function makeConcepts(
  plans: readonly ConceptPlan[],
  options: ConceptOptions = {},
): Concepts {
  const lexicon = options.lexicon ?? SYNONYMS;
  const items = plans.flatMap((p) => p.items);
  const byId = new Map(items.map((i) => [i.id, i]));
  const cityNames = new Map(plans.map((p) => [p.id, p.name]));
  const categoriesOf = new Map(items.map((i) => [i.id, i.categories ?? []]));
  const sigs = describeItems(items, { lexicon, readText: options.readText ?? true });

  // Rarity: which items rest on terms no other plan mentions, in titles or text.
  const use = indexMentions(items, sigs);
  const heads = new Map<string, ItemSignature>();
  const atoms = new Set(lexicon.concepts.flatMap((c) => c.terms.flat()));
  const distinctive = new Map<string, Distinctive>();
  for (const item of items) {
    const d = findDistinctive(item, use, options.minShare, heads, atoms);
    if (d) distinctive.set(item.id, d);
  }
  const groups = groupConcepts(items, sigs, {
    skip: skipOwnAssets(items, sigs, distinctive),
    near: options.near ?? true,
  });

  const locator = new QuoteLocator(options.sources);
  const memberOf = (id: string, key: string): ConceptMember | null => {
    const item = byId.get(id)!;
    // A near group is made by titles alone.
    if (key.startsWith('near:')) return { item: id, from: 'title', source: { ...item.source } };
    const ev = sigs.get(id)!.evidence.get(key)!;
    const unit = sigs.get(id)!.units[ev.unit]!;
    if (unit.from === 'title') return { item: id, from: 'title', source: { ...item.source } };
    const source = locator.locate(item.source, unit.text);
    return source ? { item: id, from: 'text', source } : null;
  };

  const seen = new Set<string>();
  const kept = new Map<string, Concept>();
  const shared = groups
    .filter((g) => g.cities.length > 1)
    .sort((a, b) => Number(b.key.startsWith('lex:')) - Number(a.key.startsWith('lex:')));
  for (const group of shared) {
    const members = group.items.map((id) => memberOf(id, group.key)).filter((m) => m !== null);
    const ids = members.map((m) => m.item);
    const cities = [...new Set(ids.map(cityOf))];
    if (cities.length < 2) continue;
    // A close bucket holding exactly the items of a bucket already kept adds nothing.
    const fingerprint = [...ids].sort().join('\n');
    if (seen.has(fingerprint)) continue;
    seen.add(fingerprint);
    const names = cityList(cities, cityNames);
    const n = ids.length;
    const textShare = members.filter((m) => m.from === 'text').length;
    const base = {
      items: ids,
      score: group.score,
      terms: group.terms.map((t) => t.term),
      members,
    };
    let concept: Concept;
    if (group.key.startsWith('lex:')) {
      const lex = getLexiconConcept(group.key.slice(4), lexicon)!;
      concept = {
        id: lex.id,
        label: lex.label,
        why: {
          ja: `同義語辞書の「${lex.label.ja}」の語をタイトルか本文の文で述べる項目（${names.ja}の${n}件、うち本文の文によるもの${textShare}件）。一致した語: ${listTerms(group, '、')}。`,
          en: `Items whose title, or a sentence of whose text, names a term of the synonym lexicon's "${lex.label.en}" (${n} items of ${names.en}; ${textShare} by a sentence of the text). Matched terms: ${listTerms(group, ', ')}.`,
        },
        ...base,
        categories: [...lex.categories],
        level: 'broad',
      };
    } else if (group.key.startsWith('near:')) {
      const term = group.terms[0]?.term ?? group.key.slice(5);
      const parent = group.parent ? kept.get(group.parent) : undefined;
      const pct = Math.round(CLOSE_SIMILARITY * 100);
      concept = {
        id: `near-${group.key.slice(5)}`,
        label: { ja: term, en: `“${term}”` },
        why: {
          ja: `${parent ? `「${parent.label.ja}」の中の近い一致: ` : ''}タイトルがほぼ同じ語で同じ施策を述べる項目（${names.ja}の${n}件）。内容語の文字の並びの重み付き一致が${pct}%以上の組をつないだもの。共通の語: ${listTerms(group, '、')}。`,
          en: `${parent ? `A close match within “${parent.label.en}”: ` : ''}items whose titles name the same measure in nearly the same words (${n} items of ${names.en}): titles whose content words overlap by at least ${pct}% (weighted character pairs), joined. Shared words: ${listTerms(group, ', ')}.`,
        },
        ...base,
        level: 'close',
        ...(parent ? { parent: parent.id } : {}),
      };
    } else {
      const term = group.terms[0]?.term ?? group.key.slice(5);
      const parent = group.parent ? kept.get(group.parent) : undefined;
      concept = {
        id: `term-${group.key.slice(5)}`,
        label: { ja: term, en: `“${term}”` },
        why: parent
          ? {
              ja: `「${parent.label.ja}」の中の近い一致: 「${term}」をタイトルか本文の文で述べる項目（${names.ja}の${n}件）。`,
              en: `A close match within “${parent.label.en}”: items whose title or a sentence of whose text names “${term}” (${n} items of ${names.en}).`,
            }
          : {
              ja: `「${term}」がタイトルの中心の語（複合語か名前で、重みの40%以上）である項目（${names.ja}の${n}件）。`,
              en: `“${term}” (a compound or a name) carries at least 40% of each item title's weight (${n} items of ${names.en}).`,
            },
        ...base,
        level: 'close',
        ...(parent ? { parent: parent.id } : {}),
      };
    }
    if (!concept.categories) {
      const majority = majorityCategories(ids, categoriesOf);
      if (majority?.length) concept.categories = majority;
    }
    kept.set(group.key, concept);
  }
  const concepts = [...kept.values()].sort(
    (a, b) => b.items.length - a.items.length || a.id.localeCompare(b.id),
  );

  const sharedItems = new Set(concepts.flatMap((c) => c.items));
  const titles = new Map(items.map((i) => [i.id, i.title]));
  // Terms are matched lower-cased and NFKC; show them as the title writes them (ILC, not ilc).
  const display = (id: string, term: string) => {
    const title = (titles.get(id) ?? '').normalize('NFKC');
    const at = title.toLowerCase().indexOf(term);
    return at < 0 ? term : title.slice(at, at + term.length);
  };
  const unique: UniqueApproach[] = findUniqueApproaches(items, distinctive, sharedItems).map(
    (u) => {
      const name = cityNames.get(u.city) ?? { ja: u.city, en: u.city };
      const term = display(u.items[0]!, u.term);
      const pct = Math.round(u.distinctiveness * 100);
      const kind = u.named
        ? { ja: '名前（事業・場所・制度の名）', en: 'a name (of a programme, place or scheme)' }
        : { ja: '語', en: 'a term' };
      return {
        city: u.city,
        label: { ja: titles.get(u.items[0]!)!, en: `“${term}” (${name.en} only)` },
        items: [...u.items],
        why: {
          ja: `「${term}」は${kind.ja}で、${name.ja}以外の計画にはタイトルにも本文にも現れない。タイトルの重みの${pct}%が他の計画にない語で、どの共有概念にも入らない。`,
          en: `“${term}” is ${kind.en} that no plan other than ${name.en}'s mentions, in titles or text. ${pct}% of the title's weight is in terms no other plan uses, and the items are in no shared concept.`,
        },
        rank: u.rank,
        term,
      };
    },
  );
  return { concepts, unique };
}
