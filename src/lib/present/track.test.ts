import { describe, expect, it } from 'vitest';
import {
  moveSlide,
  parseSlide,
  parseTrack,
  findViewSlide,
  sameView,
  serializeTrack,
  presentHref,
  viewHref,
  toView,
  type Track,
} from './track';

const track: Track = [
  { view: '/', title: '四つの計画', notes: '期間と項目数' },
  { view: '/compare?cities=iwaki,hiratsuka&cat=health', title: 'Health', notes: 'notes, "quoted"' },
  { view: '/shared#unique-heading', title: '独自の取組', notes: '' },
];

const encode = (rows: unknown) => Buffer.from(JSON.stringify(rows), 'utf8').toString('base64url');

describe('serializeTrack / parseTrack', () => {
  it('round-trips Japanese text, queries and hashes', () => {
    const copy = structuredClone(track);
    const code = serializeTrack(track);
    expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(parseTrack(code)).toEqual({ ok: true, track });
    expect(track).toEqual(copy);
  });

  it.each([
    ['not base64url', '***', 'not base64url UTF-8'],
    ['not JSON', Buffer.from('{').toString('base64url'), 'not JSON'],
    ['empty', encode([]), 'no slides'],
    ['an object', encode({ view: '/' }), 'no slides'],
    ['a short row', encode([['/', 't']]), 'slide 1 is malformed'],
    ['a number cell', encode([['/', 't', 3]]), 'slide 1 is malformed'],
    [
      'an outside link',
      encode([
        ['/', 't', ''],
        ['https://example.org/', 't', ''],
      ]),
      'slide 2 is malformed',
    ],
    ['a protocol-relative link', encode([['//example.org/x', 't', '']]), 'slide 1 is malformed'],
    ['a script link', encode([['javascript:alert(1)', 't', '']]), 'slide 1 is malformed'],
    [
      'too many slides',
      encode(Array.from({ length: 51 }, () => ['/', 't', ''])),
      'too many slides',
    ],
  ])('rejects %s', (_name, code, problem) => {
    expect(parseTrack(code)).toEqual({ ok: false, problem });
  });

  it('drops presentation params a shared view carried', () => {
    const code = encode([['/compare?cat=health&present=1&slide=2&lang=en', 't', 'n']]);
    expect(parseTrack(code)).toEqual({
      ok: true,
      track: [{ view: '/compare?cat=health', title: 't', notes: 'n' }],
    });
  });
});

describe('toView', () => {
  it.each([
    ['/compare?cat=health&present=1&track=abc&slide=3&lang=en', '', '/compare?cat=health'],
    ['/atlas/shared?concept=x#c', '/atlas', '/shared?concept=x#c'],
    ['/atlas', '/atlas', '/'],
    ['/atlasx/y', '/atlas', '/atlasx/y'],
    ['//evil.example/', '', null],
    ['/\\evil.example/', '', null],
    ['https://evil.example/', '', null],
    ['compare', '', null],
    // A malformed escape is kept as it was written, as URLSearchParams reads it, never thrown.
    ['/compare?present=1&%zz=1', '', '/compare?%zz=1'],
    ['/compare?%E3%81=1&present=1&%=2', '', '/compare?%E3%81=1&%=2'],
    ['/compare?pre%73ent=1&cat=health', '', '/compare?cat=health'],
    ['/compare?lang+=en', '', '/compare?lang+=en'],
  ])('%s (base %s)', (input, base, expected) => {
    expect(toView(input, base)).toBe(expected);
  });
});

describe('findViewSlide', () => {
  const deck: Track = [
    { view: '/compare#matrix', title: 'a', notes: '' },
    { view: '/shared', title: 'UpSet', notes: '' },
    { view: '/shared#unique-heading', title: '独自の取組', notes: '' },
  ];
  it.each([
    ['/shared#unique-heading', 2],
    ['/shared', 1],
    ['/shared#concepts-heading', 1],
    ['/compare', 0],
    ['/regions', -1],
  ])('%s is slide %i', (view, at) => {
    expect(findViewSlide(deck, view)).toBe(at);
  });
});

describe('sameView', () => {
  it.each([
    ['/compare?a=1&b=2', '/compare?b=2&a=1', true],
    ['/compare?a=1', '/compare?a=2', false],
    ['/shared#x', '/shared', true],
    ['/', '/search', false],
  ])('%s vs %s', (a, b, expected) => {
    expect(sameView(a, b)).toBe(expected);
  });
});

describe('parseSlide', () => {
  it.each([
    [null, 3, null],
    ['1', 3, 1],
    ['3', 3, 3],
    ['4', 3, null],
    ['0', 3, null],
    ['-1', 3, null],
    ['1.5', 3, null],
    ['02', 3, null],
    ['x', 3, null],
  ])('%s of %i', (raw, length, expected) => {
    expect(parseSlide(raw, length)).toBe(expected);
  });
});

describe('moveSlide', () => {
  it.each([
    [0, 2, ['/compare?cities=iwaki,hiratsuka&cat=health', '/shared#unique-heading', '/']],
    [2, 0, ['/shared#unique-heading', '/', '/compare?cities=iwaki,hiratsuka&cat=health']],
    [1, 1, track.map((s) => s.view)],
    [0, 3, track.map((s) => s.view)],
    [-1, 0, track.map((s) => s.view)],
  ])('%i → %i', (from, to, views) => {
    const copy = structuredClone(track);
    expect(moveSlide(track, from, to).map((s) => s.view)).toEqual(views);
    expect(track).toEqual(copy);
  });
});

describe('presentHref', () => {
  it.each([
    [{ code: null, slide: 2, lang: null }, '/present?slide=2'],
    [
      { base: '/atlas', code: 'abc', slide: 3, lang: 'en', presenter: true },
      '/atlas/present?track=abc&slide=3&presenter=1&lang=en',
    ],
    [
      { code: null, slide: 1, lang: null, from: '/compare?cat=safety' },
      '/present?slide=1&from=%2Fcompare%3Fcat%3Dsafety',
    ],
  ] as const)('%o', (link, expected) => {
    expect(presentHref(link)).toBe(expected);
  });
});

describe('viewHref', () => {
  it.each([
    [
      '/compare?cities=iwaki,hiratsuka&cat=health',
      null,
      '',
      '/compare?cities=iwaki,hiratsuka&cat=health',
    ],
    ['/shared#unique-heading', 'en', '/atlas', '/atlas/shared?lang=en#unique-heading'],
    ['/', 'en', '', '/?lang=en'],
  ])('%s in %s', (view, lang, base, expected) => {
    expect(viewHref(view, { base, lang })).toBe(expected);
  });
});
