// A page prerendered with its content shows its default state. Opened with URL state (?lang=,
// ?item= …) it stays hidden until the app has drawn that state: this script, run in <head> before
// the body is parsed, marks the document; app.css hides a marked body, and the root layout unmarks
// it once mounted. hooks.server.ts adds the script, and its hash to the CSP, to the pages
// prerendered with content.
export const URL_STATE_HOLD = `if(location.search)document.documentElement.dataset.urlState='pending'`;
