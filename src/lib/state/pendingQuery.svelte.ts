// Query changes on their way into the URL: searchParams.svelte.ts makes them in the frame of the
// input, and SvelteKit's navigation follows once the browser is idle. pageQuery.ts reads the URL
// through them, so everything that shows the page's query (the views, and the links that carry
// the view along, like the footer's presentation and print links) follows the input at once, and
// the URL catching up changes nothing on screen.
import type { ParamPatch } from './urlParams';

class PendingQuery {
  patch = $state.raw<ParamPatch>({});
}

export const pendingQuery = new PendingQuery();
