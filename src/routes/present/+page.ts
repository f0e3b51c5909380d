import { base } from '$app/paths';
import { loadDeck } from '$lib/present/loadDeck';
import type { PageLoad } from './$types';

// The slides' data does not depend on the URL, so moving between slides never reloads it.
export const load: PageLoad = async ({ fetch }) => ({ deck: await loadDeck(fetch, base) });
