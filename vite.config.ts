import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

// Every page needs the runtimes (Svelte, SvelteKit's client, zod) and the site's shell (header,
// language state, data loading): one chunk each, so they compress as one stream and cost one request
// instead of a dozen small ones. Each gzip stream starts with an empty dictionary and a small file
// costs its own framing, so on pages held to 60 KiB a handful of 100–700-byte chunks cost
// measurably more than the same code inside a larger one.
const FRAMEWORK =
  /node_modules[\\/](svelte[\\/]src[\\/](internal|index-client|legacy)|@sveltejs[\\/]kit[\\/]src[\\/](runtime|utils|exports)|zod|esm-env|devalue)|vite[\\/]preload-helper|rolldown[\\/:]runtime/;
/** A module id matching any of these is part of the shell chunk. */
const anyOf = (...patterns: RegExp[]) => new RegExp(patterns.map((p) => p.source).join('|'));
const SHELL = anyOf(
  // What the root layout and SvelteKit's root component and client hook import …
  /src[\\/]lib[\\/](siteStyles\.ts|present[\\/](enterKey|handoff)\.ts|i18n[\\/](lang|messages|catalog|citedNames)\.ts|data[\\/](contract[\\/](common|planFacts|planIndex|planSource)|load)\.ts|state[\\/](context|urlLang\.svelte|urlParams|afterNextPaint|escapeMalformed)\.ts|export[\\/]exportMessages\.ts|offline[\\/]registerServiceWorker\.ts|components[\\/](Site\w+|SearchBox|LangToggle|Notice|DataError)\.svelte)$/,
  // … and those modules themselves, so the layout's node and the entry are stubs, not files of
  // their own;
  /src[\\/](routes[\\/]\+layout\.(svelte|ts)|hooks\.client\.ts)$|generated[\\/]root\.(svelte|js)$/,
  // the taxonomy's schema, which most pages read, and the chart frame, which the home page and
  // /compare draw in their first screen: small modules that otherwise make chunks of their own.
  /src[\\/]lib[\\/](data[\\/]contract[\\/]taxonomy\.ts|charts[\\/](scales\.ts|SvgFrame\.svelte))$/,
);

// /present draws its slides with modules the dashboard's pages also use. Each new importer would
// split a shared chunk into smaller files (parseCities apart from the city selection, the heat
// map's colours apart from BandFrame, the geo loaders apart from each other), and those extra
// requests took /compare past its first-load budget. These groups keep each set in the one chunk
// the pages load anyway; /present loads a little it does not use.
const SHARED_WITH_PRESENT = [
  {
    // With the controls /compare, /shared and /search all draw (the city picker, the export menu,
    // the citation box and its NearViewport): one file instead of three on each of those pages.
    // /method (the citation box), /print and /present load the picker's code they do not use.
    name: 'city-selection',
    test: /src[\\/]lib[\\/](state[\\/](parseCities\.ts|searchParams\.svelte\.ts|citySelection\.svelte\.ts)|components[\\/](CityPicker|ExportMenu|NearViewport|CitationBox)\.svelte|loadOnce\.ts)/,
  },
  {
    // The band charts, and with them what /compare draws in its first screen (the page itself, its
    // heat map and document list), so /compare's own code is one file: /present, which draws the
    // heat map on its slides, loads the page's code too.
    name: 'band-charts',
    test: anyOf(
      /src[\\/]lib[\\/](charts[\\/](heatmap\.ts|bandContext\.ts|BandFrame\.svelte|HeatCells\.svg\.svelte)|analysis[\\/](countMatrix|countSdgs|categoryLevels|perCity)\.ts|state[\\/](parseCategory\.ts|deferred\.svelte\.ts)|data[\\/]documentScope\.ts|components[\\/]DocumentScopes\.svelte)$/,
      /src[\\/]routes[\\/]compare[\\/](messages\.ts|\+page\.svelte|HeatMap\.svelte|compareState\.svelte\.ts)$/,
    ),
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
