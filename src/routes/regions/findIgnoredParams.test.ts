import { describe, expect, it } from 'vitest';
import type { Framework } from '$lib/data/schemas';
import { findIgnoredParams, type RegionParams } from './findIgnoredParams';

const framework = (id: string, cities: string[]): Framework => ({
  id,
  name: { ja: id, en: id },
  kind: '連携中枢都市圏',
  members: ['072010', '072109'],
  cities,
  purpose: { ja: '', en: '' },
  source: { url: 'https://example.org/', title: 't' },
});
const frameworks = [framework('a', ['nihonmatsu']), framework('b', ['iwaki'])];
const codes = new Set(['072010', '072109']);
const none: RegionParams = { city: null, fw: null, m: null };

describe('findIgnoredParams', () => {
  it.each([
    ['nothing asked', none, 'nihonmatsu', []],
    ['all valid', { city: 'nihonmatsu', fw: 'a', m: '072010' }, 'nihonmatsu', []],
    ['unknown city', { ...none, city: 'osaka' }, 'nihonmatsu', ['city=osaka']],
    ['unknown framework', { ...none, fw: 'zzz' }, 'nihonmatsu', ['fw=zzz']],
    ["another city's framework", { ...none, fw: 'b' }, 'nihonmatsu', ['fw=b']],
    ['unknown municipality', { ...none, m: '999999' }, 'iwaki', ['m=999999']],
    [
      'everything garbled',
      { city: '<x>', fw: '%', m: 'abc' },
      'nihonmatsu',
      ['city=<x>', 'fw=%', 'm=abc'],
    ],
  ] as const)('%s', (_name, params, shown, expected) => {
    const copy = structuredClone(frameworks);
    expect(findIgnoredParams(params, ['nihonmatsu', 'iwaki'], shown, frameworks, codes)).toEqual(
      expected,
    );
    expect(frameworks).toEqual(copy);
  });
});
