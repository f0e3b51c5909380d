import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

// Every page needs the runtimes (Svelte, SvelteKit's client, zod) and the site's shell (header,
// language state, data loading): one chunk each, so they compress as one stream and cost one request
// instead of a dozen small ones.
const FRAMEWORK =
  /node_modules[\\/](svelte[\\/]src[\\/](internal|index-client|legacy)|@sveltejs[\\/]kit[\\/]src[\\/](runtime|utils|exports)|zod|esm-env|devalue)|vite[\\/]preload-helper|rolldown[\\/:]runtime/;
// Only what the layout itself imports; modules of some pages stay with those pages.
const SHELL =
  /src[\\/]lib[\\/](siteStyles\.ts|present[\\/](enterKey|handoff)\.ts|i18n[\\/](lang|messages|catalog|citedNames)\.ts|data[\\/](contract[\\/](common|planFacts|planIndex)|load)\.ts|state[\\/](context|urlLang\.svelte|urlParams|afterNextPaint)\.ts|export[\\/]exportMessages\.ts|components[\\/](Site\w+|SearchBox|LangToggle|Notice|DataError)\.svelte)/;

// /present draws its slides with modules the dashboard's pages also use. Each new importer would
// split a shared chunk into smaller files (scales apart from SvgFrame, parseCities apart from the
// city selection, the heat map's colours apart from BandFrame, the geo loaders apart from each
// other), and those extra requests took /compare past its first-load budget. These groups
// keep each set in the one chunk the pages load anyway; /present loads a little it does not use.
const SHARED_WITH_PRESENT = [
  { name: 'chart-frame', test: /src[\\/]lib[\\/]charts[\\/](scales\.ts|SvgFrame\.svelte)/ },
  {
    // With the controls /compare, /shared and /search all draw (the city picker, the export menu,
    // the citation box and its NearViewport): one file instead of three on each of those pages.
    // /method (the citation box), /print and /present load the picker's code they do not use.
    name: 'city-selection',
    test: /src[\\/]lib[\\/](state[\\/](parseCities\.ts|searchParams\.svelte\.ts|citySelection\.svelte\.ts)|components[\\/](CityPicker|ExportMenu|NearViewport|CitationBox)\.svelte|loadOnce\.ts)/,
  },
  {
    name: 'band-charts',
    test: /src[\\/]lib[\\/](charts[\\/](heatmap\.ts|bandContext\.ts|BandFrame\.svelte)|analysis[\\/](countMatrix|countSdgs|categoryLevels)\.ts|state[\\/]parseCategory\.ts|data[\\/]documentScope\.ts)|src[\\/]routes[\\/]compare[\\/]messages\.ts/,
  },
  {
    // With d3-array, which the home page's timeline and d3-geo use. Not the overview map itself:
    // a group takes the modules its members import, and the map's afterNextPaint would draw this
    // group into /compare and /shared.
    name: 'geo-data',
    test: /src[\\/]lib[\\/](data[\\/]contract[\\/](geo|regions)\.ts|map[\\/]decode\.ts)|node_modules[\\/](topojson-client|d3-array)/,
  },
];

// A lazy import's preload list need not name what is surely loaded before its import runs: the
// chunks (and their CSS) every page has loaded before any of its code runs (the entries, the root
// layout and what they import), nor the chunks the importing chunk itself imports statically. The
// list ships in every chunk that imports lazily, and Vite would repeat the runtime, the shell and
// the page's own shared chunks in each.
const loadedFirst = new Set<string>();
const staticImports = new Map<string, Set<string>>();
const findLoadedFirst: Plugin = {
  name: 'plan-atlas:loaded-first',
  apply: 'build',
  generateBundle(_options, bundle) {
    const closure = (file: string, into: Set<string>) => {
      const chunk = bundle[file];
      if (into.has(file) || chunk?.type !== 'chunk') return;
      into.add(file);
      chunk.viteMetadata?.importedCss.forEach((css) => into.add(css));
      chunk.imports.forEach((dep) => closure(dep, into));
    };
    for (const file of Object.keys(bundle)) {
      if (/[\\/](entry[\\/](start|app)|nodes[\\/]0)\./.test(file)) closure(file, loadedFirst);
      const own = new Set<string>();
      closure(file, own);
      staticImports.set(file, own);
    }
  },
};

export default defineConfig({
  plugins: [sveltekit(), findLoadedFirst],
  build: {
    modulePreload: {
      resolveDependencies: (_file, deps, { hostId }) =>
        deps.filter((dep) => !loadedFirst.has(dep) && !staticImports.get(hostId)?.has(dep)),
    },
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'framework', test: FRAMEWORK, priority: 2 },
            { name: 'shell', test: SHELL, priority: 1 },
            ...SHARED_WITH_PRESENT,
          ],
        },
      },
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    reporters: ['default', './tests/countReporter.ts'],
    testTimeout: 60_000,
  },
});
