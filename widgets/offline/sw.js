// Service worker: the site works offline after the first visit, and every new build reaches readers
// who come back. The build hook writes it into the site root after the build, with the hash of each
// file the site ships; its version is a hash over all of them, so any change to the site (a page,
// the stylesheet, the search index) makes a new service worker, which refreshes the kept copy.
//
// Every request goes to the network first. Only when the network fails does the kept copy answer,
// whatever navigator.onLine says (a wifi without internet, a train between stations).
const VERSIE = "__VERSIE__";
const VOORAF = __BESTANDEN__; // path -> hash: every page and site asset, kept at install
const RUNTIME = __RUNTIME__; // path -> hash: the Python runtime, kept once a tool page has loaded it
const basis = new URL("./", self.location);
// Every site on this origin shares Cache Storage (on GitHub Pages: every repository of the same
// owner, e.g. a publisher's test copy beside the live one), so the name holds this site's path.
const EIGEN = `spoorkennis ${basis.pathname} `;
const CACHE = EIGEN + VERSIE;

/** Where this build keeps a file: its address plus its hash, so an unchanged file can be carried
 * over from an older build's cache instead of being downloaded again. */
const sleutel = (pad, hash) => new URL(`${pad}?v=${hash}`, basis).href;

/** Keep this build's copy of a file: an older build's identical copy, else (when `halen`) the
 * server's, checked against the server even if the HTTP cache holds one. */
async function bewaar(cache, pad, hash, halen) {
  const waar = sleutel(pad, hash);
  if (await cache.match(waar)) return;
  const eerder = await caches.match(waar);
  if (eerder) return cache.put(waar, eerder);
  if (!halen) return;
  const antwoord = await fetch(new URL(pad, basis), { cache: "no-cache" });
  if (!antwoord.ok) throw new Error(`${pad}: ${antwoord.status}`);
  await cache.put(waar, antwoord);
}

self.addEventListener("install", (e) => {
  e.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await Promise.all([
      ...Object.entries(VOORAF).map(([pad, hash]) => bewaar(cache, pad, hash, true)),
      ...Object.entries(RUNTIME).map(([pad, hash]) => bewaar(cache, pad, hash, false)),
    ]);
    await self.skipWaiting();
  })());
});

/** Whether cache ``naam`` is an older build of this site: one named for this site's path, or one
 * from before names held it ("spoorkennis-<version>") that keeps a file of this site. A file of a
 * site in a folder below this one ("b/over/") is not a file of this site. */
async function ouderVanHier(naam) {
  if (naam === CACHE) return false;
  if (naam.startsWith(EIGEN)) return true;
  if (!naam.startsWith("spoorkennis-")) return false;
  const sleutels = await (await caches.open(naam)).keys();
  return sleutels.some(({ url }) => url.startsWith(basis.href)
    && decodeURIComponent(new URL(url).pathname.slice(basis.pathname.length)) in VOORAF);
}

self.addEventListener("activate", (e) => {
  e.waitUntil((async () => {
    // A page is asked for while this worker starts, not after (it starts on each visit).
    await self.registration.navigationPreload?.enable();
    for (const naam of await caches.keys()) {
      if (await ouderVanHier(naam)) await caches.delete(naam);
    }
    await self.clients.claim();
  })());
});

// A tool page that has loaded the runtime asks to keep it (from the HTTP cache, mostly): content
// pages never download the runtime, and tools still work offline on the next visit.
self.addEventListener("message", (e) => {
  if (e.data?.type !== "bewaar-runtime") return;
  e.waitUntil(caches.open(CACHE).then(async (cache) => {
    for (const [pad, hash] of Object.entries(RUNTIME)) {
      if (await cache.match(sleutel(pad, hash))) continue;
      const antwoord = await fetch(new URL(pad, basis));
      if (antwoord.ok) await cache.put(sleutel(pad, hash), antwoord);
    }
  }));
});

/** The network's answer (for the runtime mostly from the HTTP cache: passing it on costs nothing
 * measurable, README "Offline and updates"); when the network fails, this build's copy (a page
 * that is not there: the 404 page). */
async function netwerkEerst(e, pad) {
  try {
    return (await e.preloadResponse) || (await fetch(e.request));
  } catch {
    const cache = await caches.open(CACHE);
    const hash = VOORAF[pad] ?? RUNTIME[pad];
    return (hash && (await cache.match(sleutel(pad, hash))))
      || (e.request.mode === "navigate" && (await cache.match(sleutel("404.html", VOORAF["404.html"]))))
      || Response.error();
  }
}

self.addEventListener("fetch", (e) => {
  const url = new URL(e.request.url);
  if (e.request.method !== "GET" || !url.href.startsWith(basis.href)) return;
  // The file's path in the site, as the build lists it ("over/" for "over/index.html").
  const pad = decodeURIComponent(url.pathname.slice(basis.pathname.length)).replace(/(^|\/)index\.html$/, "$1");
  e.respondWith(netwerkEerst(e, pad));
});
