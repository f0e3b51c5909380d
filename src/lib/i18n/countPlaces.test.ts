import { describe, expect, it } from 'vitest';
import { countPlaces } from './countPlaces';

describe('countPlaces', () => {
  it.each([
    [['二本松市', '一関市', '平塚市', 'いわき市'], '4市'],
    [['札幌市'], '1市'],
    [['二本松市', '一関市', '平塚市', 'いわき市', '星見ヶ丘町'], '5自治体'],
    [['白川村', '大月町'], '2自治体'],
  ])('%j → %s', (names, expected) => {
    expect(countPlaces(names)).toBe(expected);
  });
});
