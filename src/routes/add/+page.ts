// /add reads a plan in the browser (a worker) and stores it in this browser only: nothing to
// load before the page draws.
export const prerender = true;
