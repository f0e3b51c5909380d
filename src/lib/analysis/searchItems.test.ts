import { describe, expect, it } from 'vitest';
import { buildSearchIndex, lookupPrefix, type SearchDoc } from './buildSearchIndex';
import { parseQuery, searchItems } from './searchItems';

const docs: SearchDoc[] = [
  { id: 'a/1', city: 'a', kind: 'goal', title: '子育て支援の充実' },
  { id: 'a/2', city: 'a', kind: 'measure', title: '防災体制の強化', text: '地域の防災力を高める' },
  { id: 'b/1', city: 'b', kind: 'policy', title: 'ＤＸの推進', text: 'デジタル技術で行政を変える' },
  { id: 'b/2', city: 'b', kind: 'policy', title: '子どもの学びを支える教育' },
];

describe('parseQuery', () => {
  it.each([
    ['防災', ['防災']],
    ['  ＤＸ　推進 ', ['dx', '推進']],
    ['子育て 支援', ['子育て', '支援']],
    ['防災 防災', ['防災']],
    ['', []],
  ])('%j → %j', (query, expected) => {
    expect(parseQuery(query)).toEqual(expected);
  });
});

describe('searchItems', () => {
  const index = buildSearchIndex(structuredClone(docs));
  it.each([
    ['a word in a title', '防災', ['b', 'a'], [['a', ['a/2']]]],
    ['a word only in the text', 'デジタル', ['a', 'b'], [['b', ['b/1']]]],
    ['full-width Latin folded', 'dx', ['a', 'b'], [['b', ['b/1']]]],
    ['a prefix of a word', '子育', ['a', 'b'], [['a', ['a/1']]]],
    ['every word must match', '防災 強化', ['a', 'b'], [['a', ['a/2']]]],
    ['no match', '観光', ['a', 'b'], []],
    [
      'groups in the given city order',
      '子',
      ['b', 'a'],
      [
        ['b', ['b/2']],
        ['a', ['a/1']],
      ],
    ],
    ['leaves out cities not given', '子', ['a'], [['a', ['a/1']]]],
    [
      'a phrase split into words when it is not verbatim',
      '防災の強化',
      ['a', 'b'],
      [['a', ['a/2']]],
    ],
  ])('%s', (_name, query, order, expected) => {
    const result = searchItems(index, query, order);
    expect(result.groups.map((g) => [g.city, g.docs.map((d) => d.id)])).toEqual(expected);
  });

  it.each([
    ['防災', ['防災']],
    ['防災の強化', ['防災', '強化']],
  ])('highlights %j with %j', (query, terms) => {
    expect(searchItems(index, query, ['a', 'b']).terms).toEqual(terms);
  });

  it('does not mutate the docs it indexes', () => {
    const input = structuredClone(docs);
    buildSearchIndex(input);
    expect(input).toEqual(docs);
  });

  it('finds prefixes through the sorted word list', () => {
    expect([...lookupPrefix(index, '防')]).toEqual([1]);
  });
});
