import { describe, expect, it } from 'vitest';
import { patchSearch, withQuery } from './urlParams';

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

describe('withQuery', () => {
  it.each([
    ['/plans/iwaki', {}, '/plans/iwaki'],
    ['/plans/iwaki', { lang: 'en', item: 'iwaki/t-1' }, '/plans/iwaki?lang=en&item=iwaki%2Ft-1'],
    [
      '/search',
      { q: '子育て 支援&' },
      '/search?q=%E5%AD%90%E8%82%B2%E3%81%A6+%E6%94%AF%E6%8F%B4%26',
    ],
  ] as const)('%s with %o → %s', (path, params, expected) => {
    const resolved = path as Parameters<typeof withQuery>[0];
    expect(withQuery(resolved, params)).toBe(expected);
    // The same as patching the path, which is how links were built before.
    expect(withQuery(resolved, params)).toBe(patchSearch(path, params));
  });
});
