import { describe, expect, it } from 'vitest';
import { presentFrom } from './handoff';
import { withSection } from './sectionInView';

const at = (href: string, base = '') => {
  const url = new URL(href, 'http://local');
  const copy = url.href;
  const out = presentFrom(url, base);
  expect(url.href).toBe(copy);
  return decodeURIComponent(out);
};

describe('presentFrom', () => {
  it.each([
    ['the view goes along as from', '/compare?cat=safety', '', '/present?from=/compare?cat=safety'],
    ['the hash too', '/shared#unique-heading', '', '/present?from=/shared#unique-heading'],
    [
      'an old in-page link keeps its track, slide and language',
      '/compare?metric=share&present=1&track=abc&slide=2&lang=en#matrix',
      '',
      '/present?track=abc&slide=2&from=/compare?metric=share#matrix&lang=en',
    ],
    [
      'the base path stays outside the view',
      '/atlas/regions?city=iwaki',
      '/atlas',
      '/atlas/present?from=/regions?city=iwaki',
    ],
    ['the home page', '/?present=1', '', '/present?from=/'],
  ])('%s', (_, href, base, expected) => {
    expect(at(href, base)).toBe(expected);
  });
});

describe('withSection', () => {
  it('adds the section in view as the hash, unless the URL names one', () => {
    const shared = new URL('http://x/shared?cities=a,b');
    expect(withSection(shared, 'unique-heading').hash).toBe('#unique-heading');
    expect(withSection(shared, null).href).toBe(shared.href);
    const named = new URL('http://x/compare#sdgs');
    expect(withSection(named, 'overview-heading').hash).toBe('#sdgs');
  });
});
