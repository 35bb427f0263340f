// Service worker: the site works offline after one visit. Every file of the site is cached under
// a name derived from the content, so a new deployment is a new cache; the page asks the visitor
// before switching (boot.js), and old caches are removed once the new version is active.
// scripts/assemble_site.py fills in VERSION and FILES.
'use strict';
const VERSION = '__VERSION__';
const FILES = __FILES__;
const CACHE = `phasecheck-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith('phasecheck-') && k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

// The page posts this when the visitor chose to load the new version.
self.addEventListener('message', (event) => {
  if (event.data === 'phasecheck:activate') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  // Query strings (?lang=, ?embed=1) select behaviour, not content.
  event.respondWith(caches.open(CACHE)
    .then((cache) => cache.match(event.request, { ignoreSearch: true }))
    .then((hit) => hit || fetch(event.request)));
});
