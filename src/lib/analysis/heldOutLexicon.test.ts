import { describe, expect, it } from 'vitest';
import { compileLexicon, matchTerms, type RawLexicon } from './compileLexicon';
import {
  FIELD,
  findCityOnlyTerms,
  listLexiconTerms,
  tagTerms,
  withoutCityTerms,
} from './heldOutLexicon';
import { labelItem } from './labelItem';
import { normalizeText } from './segmentWords';

const params = {
  titleFactor: 1,
  textFactor: 0.8,
  parentFactor: 0.35,
  grandparentFactor: 0.15,
  childFactor: 0.3,
  minScore: 1,
  relativeScore: 0.4,
  maxLabels: 3,
  sdgMinScore: 1,
  sdgRelativeScore: 0.4,
  sdgMaxLabels: 2,
};

const raw: RawLexicon = {
  params,
  bounded: [],
  stop: ['ひみつの語句'],
  categories: {
    health: { 健康: 3, すこやか体操: 3 },
    industry: { 観光: 3, 海辺マルシェ: 2 },
  },
  sdgs: { '3': { 健康: 3, すこやか体操: 2 } },
};

const texts = new Map([
  ['x', '健康づくりのすこやか体操とひみつの語句。観光。'],
  ['y', '健康と観光、海辺マルシェ。'],
]);

describe('tagTerms', () => {
  it('tags each term with the cities whose text holds it, and field terms as field', () => {
    const tags = tagTerms(listLexiconTerms(raw), texts, new Set(['観光']));
    expect(tags['すこやか体操']).toEqual(['x']);
    expect(tags['海辺マルシェ']).toEqual(['y']);
    expect(tags['健康']).toEqual(['x', 'y']);
    expect(tags['観光']).toEqual([FIELD, 'x', 'y']);
    expect(tags['ひみつの語句']).toEqual(['x']);
  });
});

describe('withoutCityTerms', () => {
  const sources = tagTerms(listLexiconTerms(raw), texts, new Set());

  it('drops a term only city X motivated when X is scored, and keeps it for other cities', () => {
    expect([...findCityOnlyTerms(sources, 'x')].sort()).toEqual(['すこやか体操', 'ひみつの語句']);
    const forX = withoutCityTerms(raw, sources, 'x');
    expect(forX.categories.health).toEqual({ 健康: 3 });
    expect(forX.sdgs['3']).toEqual({ 健康: 3 });
    expect(forX.stop).toEqual([]);
    expect(forX.categories.industry).toEqual(raw.categories.industry);
    const forY = withoutCityTerms(raw, sources, 'y');
    expect(forY.categories.health).toEqual(raw.categories.health);
    expect(forY.categories.industry).toEqual({ 観光: 3 });
  });

  it('never drops field vocabulary, nor a term two cities hold', () => {
    const withField = tagTerms(listLexiconTerms(raw), texts, new Set(['すこやか体操']));
    expect(withoutCityTerms(raw, withField, 'x').categories.health).toEqual(raw.categories.health);
  });

  it('so the held-out lexicon no longer fires the removed term', () => {
    const full = compileLexicon(raw);
    const held = compileLexicon(withoutCityTerms(raw, sources, 'x'));
    const text = normalizeText('すこやか体操教室');
    expect(matchTerms(full.categories, text).map((m) => m.term)).toEqual(['すこやか体操']);
    expect(matchTerms(held.categories, text)).toEqual([]);
    const input = { title: 'すこやか体操教室', parentTitles: [] };
    expect(labelItem(input, full, ['health', 'industry']).categories).toEqual(['health']);
    expect(labelItem(input, held, ['health', 'industry']).categories).toEqual([]);
  });

  it('leaves the lexicon it was given untouched', () => {
    const before = structuredClone(raw);
    withoutCityTerms(raw, sources, 'x');
    expect(raw).toEqual(before);
  });
});
