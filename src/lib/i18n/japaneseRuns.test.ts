import { describe, expect, it } from 'vitest';
import { japaneseRuns } from './japaneseRuns';

describe('japaneseRuns', () => {
  it('flags the Japanese runs of an English sentence', () => {
    expect(japaneseRuns('Matched terms: 協働×4, npo×2, まちづくりの主体×2.')).toEqual([
      { text: 'Matched terms: ', ja: false },
      { text: '協働', ja: true },
      { text: '×4, npo×2, ', ja: false },
      { text: 'まちづくりの主体', ja: true },
      { text: '×2.', ja: false },
    ]);
  });
  it('keeps digits inside a Japanese run and leaves English alone', () => {
    expect(japaneseRuns('the 第3期計画 ends')).toEqual([
      { text: 'the ', ja: false },
      { text: '第3期計画', ja: true },
      { text: ' ends', ja: false },
    ]);
    expect(japaneseRuns('plain')).toEqual([{ text: 'plain', ja: false }]);
  });
});
