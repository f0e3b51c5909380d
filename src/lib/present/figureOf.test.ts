import { describe, expect, it } from 'vitest';
import { figureOf, viewOf, type FigureSpec } from './figureOf';

const context = { cities: ['a', 'b', 'c'], conceptIds: ['dx', 'care'] };
const all = ['a', 'b', 'c'];

describe('figureOf', () => {
  it.each<[string, FigureSpec | null]>([
    ['/', { kind: 'periods', cities: all }],
    ['/?cities=c,a', { kind: 'periods', cities: ['c', 'a'] }],
    ['/#cities', { kind: 'scope', cities: all }],
    ['/plans/b', { kind: 'scope', cities: ['b'] }],
    ['/plans/zz', null],
    ['/compare', { kind: 'categories', cities: all, metric: 'level', selected: null }],
    ['/compare?metric=count', { kind: 'categories', cities: all, metric: 'count', selected: null }],
    [
      '/compare?metric=share&cat=safety#matrix',
      { kind: 'categories', cities: all, metric: 'share', selected: 'safety' },
    ],
    ['/compare?cat=nonsense', { kind: 'categories', cities: all, metric: 'level', selected: null }],
    ['/compare#sdgs', { kind: 'sdgs', cities: all }],
    ['/shared', { kind: 'upset', cities: all }],
    ['/shared?concept=dx', { kind: 'concept', cities: all, concept: 'dx' }],
    ['/shared?concept=unknown', { kind: 'upset', cities: all }],
    ['/shared#concepts-heading', { kind: 'concept', cities: all, concept: null }],
    ['/shared#unique-heading', { kind: 'unique', cities: all }],
    ['/regions', { kind: 'regions', cities: all }],
    ['/regions?city=b&fw=x', { kind: 'regions', cities: ['b'] }],
    ['/regions?city=nowhere', { kind: 'regions', cities: all }],
    ['/method#evaluation', { kind: 'labels' }],
    ['/search?q=防災', null],
    ['/print', null],
  ])('%s', (view, spec) => {
    const copy = structuredClone(context);
    expect(figureOf(view, context)).toEqual(spec);
    expect(context).toEqual(copy);
  });
});

describe('viewOf', () => {
  it.each<FigureSpec>([
    { kind: 'periods', cities: all },
    { kind: 'periods', cities: ['c', 'a'] },
    { kind: 'scope', cities: all },
    { kind: 'scope', cities: ['b'] },
    { kind: 'categories', cities: all, metric: 'share', selected: null },
    { kind: 'categories', cities: ['b', 'a'], metric: 'count', selected: 'health' },
    { kind: 'sdgs', cities: all },
    { kind: 'upset', cities: all },
    { kind: 'concept', cities: all, concept: 'care' },
    { kind: 'concept', cities: all, concept: null },
    { kind: 'unique', cities: ['a', 'c'] },
    { kind: 'regions', cities: all },
    { kind: 'regions', cities: ['c'] },
    { kind: 'labels' },
  ])('%o is drawn again from its view', (spec) => {
    const view = viewOf(spec, context);
    expect(view).toMatch(/^\/(?!\/)/);
    expect(figureOf(view, context)).toEqual(spec);
  });

  it('writes the default city list as no parameter at all', () => {
    expect(viewOf({ kind: 'upset', cities: all }, context)).toBe('/shared');
    expect(viewOf({ kind: 'upset', cities: ['b', 'a'] }, context)).toBe('/shared?cities=b,a');
  });
});
