// 500 random and garbled URL states through the URL-state parsers, as the pages read them
// (URLSearchParams of the address). Every state must parse without throwing into a valid view, and
// every value the parsers drop must be reported, so the page's notice can say what was ignored.
import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS } from '../../src/lib/data/schemas';
import { LANGS, parseLang } from '../../src/lib/i18n/lang';
import { parseCategory } from '../../src/lib/state/parseCategory';
import { formatCities, parseCities } from '../../src/lib/state/parseCities';
import { escapeMalformed } from '../../src/lib/state/escapeMalformed';
import { patchSearch } from '../../src/lib/state/urlParams';
import { index } from '../e2e/data';
import { makeRandom, randomBrokenPath, randomFragment, randomSearch } from './fuzzUrls';

const KNOWN = index.cities.map((c) => c.id);
const N = 500;

const states = (() => {
  const random = makeRandom(20261123);
  return Array.from({ length: N }, () => randomSearch(random, KNOWN));
})();

describe(`${N} random URL states`, () => {
  it('parse into a valid view without throwing, and report what they drop', () => {
    for (const search of states) {
      const url = new URL(`http://127.0.0.1/compare?${search}`);
      const params = url.searchParams;
      const where = `?${search}`;

      const rawCities = params.get('cities');
      const cities = parseCities(rawCities, KNOWN);
      expect(cities.cities.length, where).toBeGreaterThan(0);
      expect(new Set(cities.cities).size, where).toBe(cities.cities.length);
      for (const id of cities.cities) expect(KNOWN, where).toContain(id);
      // Every non-empty part is either shown or named in the notice.
      const parts = (rawCities ?? '')
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean);
      for (const part of parts) {
        const shown = cities.cities.includes(part.toLowerCase());
        expect(shown || cities.rejected.includes(part), `${where}: ${part}`).toBe(true);
      }
      const formatted = formatCities(cities.cities, KNOWN);
      expect(parseCities(formatted, KNOWN), where).toEqual({ cities: cities.cities, rejected: [] });

      const rawCat = params.get('cat');
      const cat = parseCategory(rawCat);
      if (cat.category !== null) expect(CATEGORY_IDS, where).toContain(cat.category);
      if (rawCat?.trim())
        expect(cat.category !== null || cat.rejected === rawCat, where).toBe(true);

      const rawLang = params.get('lang');
      const lang = parseLang(rawLang);
      expect(LANGS, where).toContain(lang.lang);
      if (rawLang && lang.rejected === null) expect(rawLang.toLowerCase(), where).toBe(lang.lang);

      // Writing state back keeps the other parameters and yields a URL that parses again.
      const next = patchSearch(url, { cat: cat.category, cities: formatted });
      expect(() => new URL(next, 'http://127.0.0.1/'), where).not.toThrow();
      expect(new URL(next, 'http://127.0.0.1/').searchParams.get('lang'), where).toBe(rawLang);
    }
  });

  it('include the hard cases: broken escapes, markup, unknown and duplicate values', () => {
    const joined = states.join('\n');
    for (const needle of ['%ZZ', '<script>', 'IWAKI', 'cities=', 'cat=', 'lang=', '&%zz=']) {
      expect(joined).toContain(needle);
    }
  });
});

describe(`${N} random addresses with malformed escapes in path, query and fragment`, () => {
  const random = makeRandom(20260126);
  const addresses = Array.from({ length: N }, (_, i) => {
    const path = i % 3 === 0 ? randomBrokenPath(random, '/compare') : '/compare';
    return `${path}?${randomSearch(random, KNOWN)}${randomFragment(random)}`;
  });

  it('reach SvelteKit decodable, the well-formed ones unchanged', () => {
    let escaped = 0;
    for (const address of addresses) {
      const url = new URL(address, 'http://127.0.0.1');
      const fixed = new URL(escapeMalformed(url), 'http://127.0.0.1');
      expect(() => decodeURI(fixed.pathname), address).not.toThrow();
      expect(() => decodeURIComponent(fixed.hash), address).not.toThrow();
      expect(fixed.search, address).toBe(url.search);
      const wellFormed = (() => {
        try {
          decodeURI(url.pathname);
          decodeURIComponent(url.hash);
          return true;
        } catch {
          return false;
        }
      })();
      if (wellFormed)
        expect(escapeMalformed(url), address).toBe(url.pathname + url.search + url.hash);
      else escaped += 1;
    }
    // The sample holds both kinds.
    expect(escaped).toBeGreaterThan(N / 4);
    expect(escaped).toBeLessThan(N);
  });
});
