// Service worker: the site works offline after the first visit. Written into the site root by the
// build hook, which fills in the build's version and the list of pages and assets to cache. Each
// build has its own cache; activating a new build deletes the older ones.
const VERSIE = "__VERSIE__";
const CACHE = `spoorkennis-${VERSIE}`;
const VOORAF = __BESTANDEN__; // every page and site asset, not the Python runtime
const RUNTIME = __RUNTIME__; // the Python runtime: cached once a tool page has loaded it
const basis = new URL("./", self.location);

self.addEventListener("install", (e) => {
  e.waitUntil(
    caches.open(CACHE)
      .then((cache) => cache.addAll(VOORAF.map((pad) => new URL(pad, basis))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (e) => {
  e.waitUntil(
    caches.keys()
      .then((namen) => Promise.all([
        // A page is asked for while this worker starts, not after (it starts on each visit).
        self.registration.navigationPreload?.enable(),
        ...namen.filter((n) => n.startsWith("spoorkennis-") && n !== CACHE).map((n) => caches.delete(n)),
      ]))
      .then(() => self.clients.claim()),
  );
});

// A tool page that has loaded the runtime asks to keep it (from the HTTP cache, mostly): content
// pages never download the runtime, and tools still work offline on the next visit.
self.addEventListener("message", (e) => {
  if (e.data?.type !== "bewaar-runtime") return;
  e.waitUntil(caches.open(CACHE).then(async (cache) => {
    for (const pad of RUNTIME) {
      const url = new URL(pad, basis);
      if (!(await cache.match(url))) await cache.add(url);
    }
    e.source?.postMessage({ type: "runtime-bewaard" });
  }));
});

async function bewaarEnGeef(verzoek, cache, vooraf) {
  const antwoord = (await vooraf) || (await fetch(verzoek));
  if (antwoord.ok && antwoord.type === "basic") cache.put(verzoek, antwoord.clone());
  return antwoord;
}

self.addEventListener("fetch", (e) => {
  const url = new URL(e.request.url);
  if (e.request.method !== "GET" || url.origin !== self.location.origin || !url.href.startsWith(basis.href)) return;
  // The Python runtime (13 MB) goes past the service worker while online: the browser's own HTTP
  // cache serves it faster than a copy streamed through here. Offline, the kept copy answers.
  const pad = url.href.slice(basis.href.length);
  if (RUNTIME.includes(pad) && self.navigator.onLine) return;
  e.respondWith((async () => {
    const cache = await caches.open(CACHE);
    if (e.request.mode === "navigate") {
      // Pages: fresh when online, from the cache when not.
      try {
        return await bewaarEnGeef(e.request, cache, e.preloadResponse);
      } catch {
        return (await cache.match(e.request, { ignoreSearch: true }))
          || (await cache.match(new URL("404.html", basis))) || Response.error();
      }
    }
    // Assets: this build's copy, fetched once and then kept.
    return (await cache.match(e.request, { ignoreSearch: true })) || bewaarEnGeef(e.request, cache);
  })());
});
