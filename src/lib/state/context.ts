import { getContext, setContext } from 'svelte';
import type { UrlLang } from './urlLang.svelte';

const LANG = Symbol('lang');

export function setLangState(state: UrlLang): UrlLang {
  return setContext(LANG, state);
}

export function getLangState(): UrlLang {
  const state = getContext<UrlLang | undefined>(LANG);
  if (!state) throw new Error('getLangState() needs setLangState() in the root layout');
  return state;
}
