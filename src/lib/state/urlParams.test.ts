import { describe, expect, it } from 'vitest';
import { patchSearch } from './urlParams';

describe('patchSearch', () => {
  it('reads a path against the given URL', () => {
    expect(patchSearch('/plans/iwaki', { lang: 'en' }, 'http://x/?lang=fr')).toBe(
      '/plans/iwaki?lang=en',
    );
  });

  it.each([
    ['http://x/plans/iwaki', { lang: 'en' }, '/plans/iwaki?lang=en'],
    ['http://x/plans/iwaki?lang=en', { lang: null }, '/plans/iwaki'],
    [
      'http://x/plans/iwaki?lang=en',
      { item: 'iwaki/t-1' },
      '/plans/iwaki?lang=en&item=iwaki%2Ft-1',
    ],
    ['http://x/plans/iwaki?item=a&lang=en', { item: 'b' }, '/plans/iwaki?item=b&lang=en'],
    ['http://x/?x=1#top', { x: null, lang: 'en' }, '/?lang=en#top'],
    ['http://x/', {}, '/'],
  ])('%s + %j → %s', (href, patch, expected) => {
    const url = new URL(href);
    const before = url.href;
    expect(patchSearch(url, patch)).toBe(expected);
    expect(url.href).toBe(before);
  });
});
