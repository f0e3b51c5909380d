import { describe, expect, it } from 'vitest';
import { loadLang } from './catalog';
import { MESSAGES } from './messages';

describe('messages', () => {
  it('has an English title once English has loaded', async () => {
    await loadLang('en');
    expect(MESSAGES.en.siteTitle).toBe('Plan Atlas');
  });
});
