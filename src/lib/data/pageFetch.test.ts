import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pageFetch } from './pageFetch';

// Vitest runs this as server code, as the prerender does: files come from static/, not the fetch.
const neverCalled = (() => {
  throw new Error('fetched');
}) as unknown as typeof fetch;

describe('pageFetch while prerendering', () => {
  it('reads a data file from static/, whatever the relative base', async () => {
    const read = pageFetch(neverCalled);
    for (const url of ['/data/index.json', './data/index.json', '../data/index.json']) {
      const res = await read(url);
      expect(res.ok).toBe(true);
      expect(await res.text()).toBe(readFileSync('static/data/index.json', 'utf8'));
    }
  });

  it('answers 404 for a file that is not there, naming it', async () => {
    const res = await pageFetch(neverCalled)('./data/plans/nowhere.json');
    expect(res.status).toBe(404);
    expect(res.statusText).toContain('static/data/plans/nowhere.json');
  });
});
