import { describe, expect, it } from 'vitest';
import { readDeckData } from '../../../tests/unit/readDeckData';
import { listFigureChoices } from './figureChoices';
import { figureOf } from './figureOf';
import { figureContext } from './makeDefaultTrack';
import { PRESENT_MESSAGES } from './messages';

const data = readDeckData();

describe('listFigureChoices', () => {
  it('offers every kind of chart view, each concept and each city’s map, all drawable', () => {
    const copy = structuredClone(data);
    const choices = listFigureChoices(data, 'ja', PRESENT_MESSAGES.ja.figure);
    const kinds = new Set(choices.map((c) => figureOf(c.view, figureContext(data))?.kind));
    expect([...kinds].sort()).toEqual([
      'categories',
      'concept',
      'labels',
      'periods',
      'regions',
      'scope',
      'sdgs',
      'unique',
      'upset',
    ]);
    expect(new Set(choices.map((c) => c.view)).size).toBe(choices.length);
    const concepts = choices.filter((c) => c.view.startsWith('/shared?concept='));
    expect(concepts).toHaveLength(data.concepts.concepts.length);
    const maps = choices.filter((c) => c.view.startsWith('/regions?city='));
    expect(maps).toHaveLength(data.index.cities.length);
    expect(data).toEqual(copy);
  });
});
