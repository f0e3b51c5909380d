// Finds text of the wrong language in the page's own UI. Data shown as published (plan titles,
// quotes, Japanese names and terms) sits in an element with lang="ja" and is left out; so is code
// (file names, ids) and anything hidden. In the English UI any kana or kanji, or Japanese
// punctuation, outside such an element is a leak; in the Japanese UI an English phrase in
// parentheses, or a run of lower-case English words, is.
import type { Page } from '@playwright/test';

export interface Leak {
  text: string;
  where: string;
}

export function findLeaks(page: Page): Promise<Leak[]> {
  return page.evaluate(() => {
    const ui = document.documentElement.lang;
    const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}「」『』、。（）：・]/u;
    // An English word of three or more lower-case letters in parentheses ("(core city)"), or two
    // lower-case English words in a row outside parentheses ("of the").
    const ENGLISH = /\((?:[A-Za-z]+[ -])*[a-z]{3,}(?:[ -][A-Za-z]+)*\)|\b[a-z]{2,} [a-z]{2,}\b/;
    // "1 items": a count that did not go through the plural rules.
    const ONE_PLURAL = /(?<![\d.,])\b1 [a-z]+s\b/;
    const leaks: { text: string; where: string }[] = [];
    const describe = (el: Element) => {
      const id = el.closest('[id]')?.id;
      const test = el.closest('[data-testid]')?.getAttribute('data-testid');
      return `${el.tagName.toLowerCase()}${id ? ` in #${id}` : ''}${test ? ` in [${test}]` : ''}`;
    };
    const skip = (el: Element | null): boolean => {
      if (!el) return true;
      if (
        el.closest(
          'script, style, code, kbd, samp, noscript, template, [hidden], [aria-hidden="true"]',
        )
      )
        return true;
      const lang = el.closest('[lang]')?.getAttribute('lang') ?? ui;
      if (!lang.startsWith(ui)) return true;
      const style = getComputedStyle(el);
      return style.display === 'none' || style.visibility === 'hidden';
    };
    const check = (text: string, el: Element) => {
      // Left out: addresses and file names; in English, what is quoted (“二本松市総合計画”), the
      // way an English sentence names a Japanese title; the site's name, which is bilingual.
      let t = text
        .replace(/https?:\/\/\S+/g, '')
        .replace(/\S+\.(?:json|txt|topojson|csv|svg|png|zip|pdf|html)\b/g, '')
        .replace('総合計画アトラス', '');
      if (ui === 'en') t = t.replace(/“[^”]*”|"[^"]*"/g, '');
      t = t.trim();
      if (!t) return;
      const bad = ui === 'en' ? JAPANESE.test(t) || ONE_PLURAL.test(t) : ENGLISH.test(t);
      if (bad) leaks.push({ text: t.slice(0, 120), where: describe(el) });
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!skip(el)) check(n.textContent ?? '', el!);
    }
    // What assistive technology reads out of attributes is UI too.
    for (const el of document.body.querySelectorAll(
      '[aria-label], [title], [alt], [placeholder]',
    )) {
      if (skip(el)) continue;
      for (const a of ['aria-label', 'title', 'alt', 'placeholder']) {
        const v = el.getAttribute(a);
        if (v) check(v, el);
      }
    }
    if (document.title) check(document.title, document.body);
    return leaks;
  });
}
