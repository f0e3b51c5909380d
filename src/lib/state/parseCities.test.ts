import { describe, expect, it } from 'vitest';
import { formatCities, moveCity, parseCities, toggleCity } from './parseCities';

const known = ['nihonmatsu', 'ichinoseki', 'hiratsuka', 'iwaki'];

describe('parseCities', () => {
  it.each([
    ['no parameter → every city in index order', null, known, []],
    ['empty → every city', '', known, []],
    ['keeps the order asked for', 'iwaki,hiratsuka', ['iwaki', 'hiratsuka'], []],
    ['trims and lower-cases', ' Iwaki , NIHONMATSU ', ['iwaki', 'nihonmatsu'], []],
    ['drops and reports unknown ids', 'iwaki,tokyo,x', ['iwaki'], ['tokyo', 'x']],
    ['reports duplicates', 'iwaki,iwaki', ['iwaki'], ['iwaki']],
    ['skips empty parts silently', 'iwaki,,hiratsuka,', ['iwaki', 'hiratsuka'], []],
    ['falls back to every city when nothing is usable', '<script>,%%', known, ['<script>', '%%']],
  ])('%s', (_name, raw, cities, rejected) => {
    const copy = [...known];
    expect(parseCities(raw, known)).toEqual({ cities, rejected });
    expect(known).toEqual(copy);
  });

  it('accepts a city that only index.json knows about', () => {
    expect(parseCities('hoshimigaoka,iwaki', [...known, 'hoshimigaoka']).cities).toEqual([
      'hoshimigaoka',
      'iwaki',
    ]);
  });
});

describe('formatCities', () => {
  it.each([
    [known, null],
    [['iwaki', 'hiratsuka'], 'iwaki,hiratsuka'],
    [['ichinoseki', 'nihonmatsu', 'hiratsuka', 'iwaki'], 'ichinoseki,nihonmatsu,hiratsuka,iwaki'],
  ])('%j → %s', (cities, expected) => {
    expect(formatCities(cities, known)).toBe(expected);
  });
});

describe('moveCity', () => {
  it.each([
    ['iwaki', -1, ['nihonmatsu', 'ichinoseki', 'iwaki', 'hiratsuka']],
    ['nihonmatsu', 1, ['ichinoseki', 'nihonmatsu', 'hiratsuka', 'iwaki']],
    ['nihonmatsu', -1, known],
    ['iwaki', 5, known],
    ['tokyo', 1, known],
  ])('%s by %i', (id, delta, expected) => {
    const input = [...known];
    expect(moveCity(input, id, delta)).toEqual(expected);
    expect(input).toEqual(known);
  });
});

describe('toggleCity', () => {
  it.each([
    [['iwaki'], 'hiratsuka', ['iwaki', 'hiratsuka']],
    [['iwaki', 'hiratsuka'], 'iwaki', ['hiratsuka']],
    [['iwaki'], 'iwaki', ['iwaki']],
  ])('%j toggle %s', (cities, id, expected) => {
    const copy = [...cities];
    expect(toggleCity(cities, id)).toEqual(expected);
    expect(cities).toEqual(copy);
  });
});
