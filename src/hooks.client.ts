// The app's edge in the browser: runs once before SvelteKit reads the address (see
// $lib/state/escapeMalformed.ts for why a malformed % escape must not reach it).
import type { ClientInit } from '@sveltejs/kit';
import { escapeMalformed } from '$lib/state/escapeMalformed';

export const init: ClientInit = () => {
  const address = escapeMalformed(location);
  if (address !== location.pathname + location.search + location.hash)
    history.replaceState(history.state, '', address);
};
