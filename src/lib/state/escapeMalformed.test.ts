import { describe, expect, it } from 'vitest';
import { escapeMalformed } from './escapeMalformed';

const escape = (address: string) => escapeMalformed(new URL(address, 'http://127.0.0.1'));

describe('escapeMalformed', () => {
  it.each([
    ['/compare?cat=health#grid', '/compare?cat=health#grid'],
    ['/plans/iwaki?item=iwaki%2Ftheme-1#x', '/plans/iwaki?item=iwaki%2Ftheme-1#x'],
    ['/search?q=%E5%AD%90#%E5%AD%90', '/search?q=%E5%AD%90#%E5%AD%90'],
    ['/compare#%zz', '/compare#%25zz'],
    ['/compare#%E3%81', '/compare#%25E3%2581'],
    ['/compare#%', '/compare#%25'],
    ['/%zz', '/%25zz'],
    ['/plans/%E3%81?x=1#%zz', '/plans/%25E3%2581?x=1#%25zz'],
    // The query is left alone: URLSearchParams reads malformed escapes as written.
    ['/compare?present=1&%zz=1', '/compare?present=1&%zz=1'],
  ])('%s → %s', (address, expected) => {
    expect(escape(address)).toBe(expected);
  });

  it('an escaped part decodes to the text as it was typed', () => {
    const url = new URL(escape('/x%zz#a%E3%81b'), 'http://127.0.0.1');
    expect(decodeURI(url.pathname)).toBe('/x%zz');
    expect(decodeURIComponent(url.hash)).toBe('#a%E3%81b');
  });
});
