import { describe, expect, it } from 'vitest';
import { readDeckData } from '../../../tests/unit/readDeckData';
import { resolveSlides } from './resolveSlides';
import type { Track } from './track';

const data = readDeckData();

describe('resolveSlides', () => {
  it.each<[string, Track[number], string | null, string]>([
    [
      'a chart view keeps its own title',
      { view: '/shared', title: '共有', notes: 'n' },
      'upset',
      '共有',
    ],
    [
      'an untitled chart view takes its finding',
      { view: '/method', title: '', notes: '' },
      'labels',
      '分類は',
    ],
    [
      'a view with no chart keeps its place',
      { view: '/search?q=x', title: '', notes: '' },
      null,
      '/search?q=x',
    ],
  ])('%s', (_, slide, kind, title) => {
    const track = [slide, { view: '/', title: '期間', notes: '' }];
    const copy = structuredClone(track);
    const [resolved] = resolveSlides(track, data, 'ja');
    expect(resolved!.figure?.kind ?? null).toBe(kind);
    expect(resolved!.words.title.startsWith(title)).toBe(true);
    expect(resolved!.words.number).toBe('1 / 2');
    expect(resolved!.words.source).toMatch(kind ? /^出典：/ : /^$/);
    expect(track).toEqual(copy);
  });
});
