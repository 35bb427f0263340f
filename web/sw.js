// Service worker: the site works offline after one visit. Every file of the site is cached under
// a name derived from the content, so a new deployment is a new cache; the page asks the visitor
// before switching (boot.js), and old caches are removed once the new version is active.
// scripts/assemble_site.py fills in VERSION and FILES: [url, integrity] of every file, the
// integrity being the file's SHA-256 as a Subresource Integrity string.
'use strict';
const VERSION = '__VERSION__';
const FILES = __FILES__;
const CACHE = `phasecheck-${VERSION}`;

// The page registers this worker once the check is ready, so what the visitor needed is in the
// browser's HTTP cache by now: take it from there ('force-cache') instead of downloading it again.
// The integrity check proves that a cached copy is this deployment's; an older visit's copy (or a
// file that changed on the server mid-install) is fetched anew, and a mismatch then fails the
// install, as it should: the next visit tries again, and no cache ever mixes two versions.
async function precache(cache, [url, integrity]) {
  let response;
  try {
    response = await fetch(url, { cache: 'force-cache', integrity });
  } catch (e) {
    response = await fetch(url, { cache: 'reload', integrity });
  }
  if (!response.ok) throw new Error(`precache ${url}: HTTP ${response.status}`);
  await cache.put(url, response);
}

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => Promise.all(FILES.map((file) => precache(cache, file)))));
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
