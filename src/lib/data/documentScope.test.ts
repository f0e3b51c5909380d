import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { PlanIndex } from './schemas';
import { isWholePlan, kindsText, scopesOf } from './documentScope';
import { scopeLine, sizeText } from './scopeText';

const index = PlanIndex.parse(JSON.parse(readFileSync('static/data/index.json', 'utf8')));
const scope = (kind: 'whole' | 'summary' | 'chapters', characters: number, pages?: number) => ({
  kind,
  parts: kind === 'chapters' ? ['第4章'] : [],
  characters,
  ...(pages ? { pages } : {}),
  by: 'reader' as const,
});

describe('document scope in words', () => {
  it('names each source’s kind once, its parts and the size, in both languages', () => {
    const city = {
      sources: [
        { file: 'a', title: 'a', scope: scope('summary', 1200) },
        { file: 'b', title: 'b', scope: scope('chapters', 800, 12) },
        { file: 'c', title: 'c', scope: scope('chapters', 1000) },
      ],
    };
    expect(kindsText(city, 'ja')).toBe('概要版＋一部の章');
    expect(kindsText(city, 'en')).toBe('summary + some chapters');
    expect(sizeText(city, 'ja')).toBe('3,000字・12ページ');
    expect(scopeLine(city, 'en')).toBe(
      'summary + some chapters (第4章) + some chapters (第4章); 3,000 characters, 12 pages',
    );
    expect(isWholePlan(city)).toBe(false);
    expect(isWholePlan({ sources: [{ file: 'a', title: 'a', scope: scope('whole', 1) }] })).toBe(
      true,
    );
  });

  it('reads a source without a scope, or a city without sources, as unknown', () => {
    expect(kindsText({ sources: [{ file: 'a', title: 'a' }] }, 'ja')).toBe('不明');
    expect(scopesOf({}).map((s) => s.kind)).toEqual(['unknown']);
  });

  it('finds none of the four seed texts a whole plan, each with its kind from the curation', () => {
    const kinds = Object.fromEntries(index.cities.map((c) => [c.id, kindsText(c, 'ja')]));
    expect(kinds).toEqual({
      nihonmatsu: '広報記事＋一部の章',
      ichinoseki: '概要版',
      hiratsuka: '素案・案',
      iwaki: '方針概要',
    });
    expect(index.cities.some(isWholePlan)).toBe(false);
  });
});
