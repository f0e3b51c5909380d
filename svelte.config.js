import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  // Short scoped class names (5 base-36 characters of the CSS hash, about 60 million values for
  // some 60 styled components): they repeat in every template and stylesheet.
  compilerOptions: { cssHash: ({ hash, css }) => `s${hash(css).slice(0, 5)}` },
  kit: {
    inlineStyleThreshold: 5000,
    // The SPA shell for paths not prerendered gets its own name, so it does not replace the
    // prerendered home page (whose shell preloads the home page's code).
    adapter: adapter({ fallback: '200.html', strict: true }),
    // The root layout registers the service worker once the first page is drawn and the browser
    // is idle ($lib/offline/registerServiceWorker.ts), not at the load event.
    serviceWorker: { register: false },
    // Plan text is data, never markup: no inline script runs unless its hash is listed here
    // (SvelteKit lists its own; hooks.server.ts lists the one it adds). Fetches and fonts fall
    // back to default-src.
    csp: {
      mode: 'hash',
      directives: {
        'default-src': ['self'],
        'script-src': ['self'],
        'style-src': ['self', 'unsafe-inline'],
        'img-src': ['self', 'data:', 'blob:'],
        'worker-src': ['self', 'blob:'],
        'object-src': ['none'],
        'base-uri': ['self'],
        'form-action': ['self'],
      },
    },
  },
};

export default config;
