import { describe, expect, it } from 'vitest';
import { parseLang } from './lang';

describe('parseLang', () => {
  it.each([
    [null, 'ja', null],
    ['', 'ja', null],
    ['ja', 'ja', null],
    ['en', 'en', null],
    ['EN', 'en', null],
    ['fr', 'ja', 'fr'],
    ['en-US', 'ja', 'en-US'],
  ])('%j → %s (rejected %j)', (raw, lang, rejected) => {
    expect(parseLang(raw)).toEqual({ lang, rejected });
  });
});
