// A page prerendered with its content shows its default state. Opened with URL state (?lang=,
// ?item= …) it stays hidden until the app has drawn that state: this script, run in <head> before
// the body is parsed, marks the document; app.css hides a marked body, and the root layout unmarks
// it once mounted. hooks.server.ts adds the script, and its hash to the CSP, to the pages
// prerendered with content. If the app's code fails to load (a modulepreload errs) or has not
// started within 4 s, the mark goes anyway: the prerendered page is better than a blank one.
export const URL_STATE_HOLD = `if(location.search){var s=document.documentElement.dataset,u=function(){delete s.urlState};s.urlState='pending';setTimeout(u,4e3);addEventListener('error',function(e){e.target.rel=='modulepreload'&&u()},!0)}`;
