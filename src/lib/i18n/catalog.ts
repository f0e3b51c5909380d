// UI strings come as one table per language. The Japanese table (the default) is bundled with the
// code that shows it; each English table sits beside it as `*.en.ts`, and all of them travel as one
// chunk (./english.ts) fetched only when the URL asks for English: the root layout's load awaits
// `loadLang` before any page renders, so a page never shows a language it has not loaded.
import type { Lang } from './lang';

let english: Record<string, unknown> | null = null;

export async function loadLang(lang: Lang): Promise<void> {
  if (lang === 'en' && !english) english = (await import('./english')).ENGLISH;
}

/**
 * A message table per language. `enFile` is the English table's path from the project root, as
 * english.ts's glob names it (a unit test checks every one resolves).
 */
export function catalog<T>(ja: T, enFile: string): Record<Lang, T> {
  return {
    ja,
    get en(): T {
      // Read before English has loaded (a bug, not a state the layout allows): Japanese, not a crash.
      return (english?.[enFile] as T | undefined) ?? ja;
    },
  };
}
