// The UI language lives in the URL (?lang=en) so a shared link opens in the language it was sent in.
// Japanese is the default and is never written into the URL, which keeps the plain links canonical.
export const LANGS = ['ja', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'ja';

export interface ParsedLang {
  lang: Lang;
  /** The raw value when the URL asked for a language we do not have, so the UI can say so. */
  rejected: string | null;
}

export function parseLang(raw: string | null): ParsedLang {
  if (raw === null || raw === '') return { lang: DEFAULT_LANG, rejected: null };
  const lang = LANGS.find((l) => l === raw.toLowerCase());
  return lang ? { lang, rejected: null } : { lang: DEFAULT_LANG, rejected: raw };
}
