/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Offline after one visit: a presenter opens the dashboard once on the venue's network and keeps
// using it without one. On install the app shell, the built code and every file under static/
// (data, sources, geo) go into one cache per build; requests to this origin are answered network
// first, so a fresh deploy or a fixed data file wins whenever the network is there, and from the
// cache when it is not. Navigations fall back to the SPA shell.
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `plan-atlas-${version}`;
const SHELL = '/200.html';
// The README's screenshots are the only files under static/ the dashboard never shows.
const isReadmeScreenshot = (file: string) => /\/screenshot-[^/]*\.png$/.test(file);
const PRECACHE = [
  ...new Set([...build, ...files.filter((f) => !isReadmeScreenshot(f)), ...prerendered, SHELL]),
];

sw.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE))
      .then(() => sw.skipWaiting()),
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => sw.clients.claim()),
  );
});

async function respond(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok && response.type === 'basic') void cache.put(request, response.clone());
    return response;
  } catch (error) {
    const hit = await cache.match(request, { ignoreSearch: request.mode === 'navigate' });
    if (hit) return hit;
    if (request.mode === 'navigate') {
      const shell = await cache.match(SHELL);
      if (shell) return shell;
    }
    throw error;
  }
}

sw.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== sw.location.origin) return;
  event.respondWith(respond(event.request));
});
