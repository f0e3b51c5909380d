import { describe, expect, it } from 'vitest';
import { contentRuns, findCloseLinks, sharedRun, titleFeatures } from './closeMatches';

describe('contentRuns', () => {
  it('keeps runs of content words and drops particles and generic words', () => {
    // 化 is generic (extractTerms), so 電動化 reads as 電動.
    expect(contentRuns('公用車の電動化')).toEqual(['公用車', '電動']);
    expect(contentRuns('町道舗装補修事業')).toEqual(['町道舗装補修']);
    // Parenthesised examples are not what the title pursues.
    expect(contentRuns('平常時の備え（訓練、備蓄品整備など）')).toEqual(['平常時', '備え']);
  });
});

describe('titleFeatures', () => {
  it('gives character pairs, so a compound and its longer form share most of them', () => {
    const short = new Set(titleFeatures('消防団の充実'));
    const long = titleFeatures('消防団員の確保');
    expect(short.has('消防')).toBe(true);
    expect(long.filter((f) => short.has(f))).toEqual(['消防', '防団']);
  });
});

describe('findCloseLinks', () => {
  const titles = [
    '消防団の装備の更新',
    '消防団の装備の充実',
    '町道の舗装の補修',
    '町道舗装補修事業',
    '学校施設の長寿命化',
    '観光の振興',
  ];
  it('links titles that name one measure in nearly the same words, and no others', () => {
    const links = findCloseLinks(titles).map((l) => [l.a, l.b]);
    expect(links).toContainEqual([0, 1]);
    expect(links).toContainEqual([2, 3]);
    expect(links.some(([a, b]) => a === 4 || b === 4 || a === 5 || b === 5)).toBe(false);
  });

  it('lets the caller veto a candidate before it is scored', () => {
    expect(findCloseLinks(titles, (i) => i !== 0).some((l) => l.a === 0)).toBe(false);
  });

  it('scores each candidate once, from the inverted index', () => {
    const links = findCloseLinks(['防災訓練の実施', '防災訓練の実施', '防災訓練の実施']);
    expect(links.map((l) => [l.a, l.b])).toEqual([
      [0, 1],
      [0, 2],
      [1, 2],
    ]);
    expect(links.every((l) => l.score === 1)).toBe(true);
  });
});

describe('sharedRun', () => {
  it('names the run of the first title that the second one shares', () => {
    expect(sharedRun('町道の舗装の補修', '町道舗装補修事業')).toBe('町道');
    expect(sharedRun('公用車の電動化', '公用車の電気自動車への更新')).toBe('公用車');
  });
});
