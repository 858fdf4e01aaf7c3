// Runs Pyodide off the main thread. Python starts as soon as this module runs (a page only makes
// this worker when it wants a runtime), not on a first message: that would wait for the page's thread.
// Messages in:  {type: "laad", tool} | {type: "aanroep", id, tool, velden}
// Messages out: {type: "voortgang", binnen, totaal}  bytes on the wire so far and in all, as they arrive
//               {type: "binnen"}  every runtime file is in; Python starts
//               {type: "klaar"} | {type: "startfout", bericht} | {type: "antwoord", id, json}
// The page decides when a download stalls (runtime.js): it hears of every arriving byte here.
// The standard library, the wheel and Pyodide's JavaScript half come xz-compressed (a fifth to a
// third smaller than gzip; see scripts/runtime_bouw.py): fetch() here hands out their unpacked bytes.
import { loadPyodide } from "../pyodide/pyodide.mjs";
import { XzReadableStream } from "./xz.mjs";

const WIEL = "/lib/spoorkennis.whl";
const PYODIDE = new URL("../pyodide/", import.meta.url);
const MELD_MS = 200;  // at most this often a progress message while bytes arrive

let gemeld = false;
function startfout(bericht) {
  if (!gemeld) self.postMessage({ type: "startfout", bericht: String(bericht) });
  gemeld = true;
}

// What is to come (bouw.json, from the build: per file [bytes, bytes on the wire]) and what is in.
const bouw = fetch(new URL("./bouw.json", import.meta.url)).then((r) => {
  if (!r.ok) throw new Error(`bouw.json ${r.status}`);
  return r.json();
});
const bestanden = new Map();  // file name -> {binnen: bytes, over: bytes on the wire (from the response), klaar}
let laatsteMelding = 0;
let uitgesteld = null;
let allesBinnen = false;

function bestand(naam) {
  if (!bestanden.has(naam)) bestanden.set(naam, { binnen: 0, over: null, klaar: false });
  return bestanden.get(naam);
}

/** Tell the page how far the download is: now, or (while bytes pour in) a little later. */
function meld() {
  const wacht = laatsteMelding + MELD_MS - performance.now();
  if (wacht > 0) {
    uitgesteld ??= setTimeout(() => { uitgesteld = null; meld(); }, wacht);
    return;
  }
  laatsteMelding = performance.now();
  bouw.then(({ download }) => {
    let binnen = 0;
    let totaal = 0;
    for (const [naam, [bytes, over]] of Object.entries(download)) {
      const b = bestanden.get(naam);
      const opDeLijn = b?.over ?? over;
      totaal += opDeLijn;
      binnen += b?.klaar ? opDeLijn : Math.round(opDeLijn * Math.min(1, (b?.binnen ?? 0) / bytes));
    }
    self.postMessage({ type: "voortgang", binnen, totaal });
    if (!allesBinnen && Object.keys(download).every((naam) => bestanden.get(naam)?.klaar)) {
      allesBinnen = true;
      self.postMessage({ type: "binnen" });
    }
  }, () => {});
}

// Every request of Pyodide and of this worker goes through here: the body is counted as it
// arrives (on a copy, so the wasm still compiles while it streams), a missing file or a broken
// connection is reported at once (Pyodide itself would wait forever for a wasm file that fails),
// and an .xz file is unpacked once it is in (a broken one fails the start). Not while it streams
// in: the decoder unpacks one file at a time, so a slow first file would hold up the others.
const echteFetch = self.fetch.bind(self);
self.fetch = async (bron, opties) => {
  const url = new URL(bron instanceof Request ? bron.url : bron, self.location.href);
  const naam = url.pathname.split("/").pop();
  let antwoord;
  try {
    antwoord = await echteFetch(bron, opties);
  } catch (fout) {
    startfout(`${naam}: ${fout}`);
    throw fout;
  }
  if (!antwoord.ok) {
    startfout(`${naam}: ${antwoord.status}`);
    return antwoord;
  }
  // Bytes on the wire: the length the server gives; else, compressed, the build's estimate; else the bytes.
  const b = bestand(naam);
  const lengte = Number(antwoord.headers.get("content-length"));
  if (lengte) b.over = lengte;
  else if (!antwoord.headers.has("content-encoding")) {
    bouw.then(({ download }) => { if (download[naam]) b.over = download[naam][0]; }, () => {});
  }
  const lezer = antwoord.clone().body.getReader();
  (async () => {
    for (;;) {
      const { done, value } = await lezer.read();
      if (done) break;
      b.binnen += value.byteLength;
      meld();
    }
    b.klaar = true;
    laatsteMelding = 0;  // a whole file is news: say so at once
    meld();
  })().catch((fout) => startfout(`${naam}: ${fout}`));
  if (!naam.endsWith(".xz")) return antwoord;
  return pakUit(url, await antwoord.arrayBuffer()).catch((fout) => {
    startfout(`${naam}: ${fout}`);
    throw fout;
  });
};

// The unpacked .xz files are kept for the next visit, whose start then skips the unpacking (the
// worker's largest task before Python starts: 100-200 ms of this thread on a warm visit, README
// "Benchmark"). In Cache Storage, which every site on this origin shares (on GitHub Pages: every
// repository of the same owner), so the name holds this site's path, as the service worker's
// ("spoorkennis <path> <version>", replaced by each build) do. Without Cache Storage (some private
// windows, plain http) every visit unpacks.
const bewaarplek = (async () => {
  if (!crypto.subtle) throw new Error("geen crypto.subtle");
  return caches.open(`rekenhulp ${new URL("../../", import.meta.url).pathname}`);
})().catch(() => null);
const teBewaren = [];  // [url, key, unpacked bytes]: kept once Python runs, not while it starts

/** The unpacked bytes of ``xz`` (from ``url``): the copy kept under the hash of this very file
 * (a new build's file finds none), else unpacked now. */
async function pakUit(url, xz) {
  const cache = await bewaarplek;
  const sleutel = cache && await crypto.subtle.digest("SHA-256", xz).then(
    (hash) => `${url.href}?sha256=${[...new Uint8Array(hash)].map((b) => b.toString(16).padStart(2, "0")).join("")}`,
    () => null);
  const kopie = sleutel && await cache.match(sleutel).catch(() => null);
  if (kopie) return kopie;
  const bytes = await new Response(new XzReadableStream(new Blob([xz]).stream())).arrayBuffer();
  if (sleutel) teBewaren.push([url.href, sleutel, bytes]);
  return new Response(bytes);
}

/** Keep what this visit unpacked, in place of an older build's copies. */
async function bewaar() {
  const nieuw = teBewaren.splice(0);
  if (!nieuw.length) return;  // nothing unpacked (copies were there), or no Cache Storage
  const cache = await bewaarplek;
  for (const oud of await cache.keys()) {
    if (nieuw.some(([url]) => oud.url.startsWith(`${url}?`))) await cache.delete(oud);
  }
  for (const [, sleutel, bytes] of nieuw) await cache.put(sleutel, new Response(bytes));
}

/** Pyodide's JavaScript half, unpacked and imported from memory; where the host forbids scripts
 * from blob: URLs (a Content-Security-Policy header), the plain file. */
async function pyodideModule() {
  const antwoord = await fetch(new URL("pyodide.asm.mjs.xz", PYODIDE));
  if (!antwoord.ok) throw new Error(`pyodide.asm.mjs.xz: ${antwoord.status}`);
  const url = URL.createObjectURL(new Blob([await antwoord.arrayBuffer()], { type: "text/javascript" }));
  try {
    return (await import(url)).default;
  } catch {
    return (await import(new URL("pyodide.asm.mjs", PYODIDE).href)).default;
  } finally {
    URL.revokeObjectURL(url);
  }
}

async function start() {
  const wiel = bouw
    .then((b) => fetch(new URL(`./${b.wheel}`, import.meta.url)))
    .then((r) => {
      if (!r.ok) throw new Error(`wheel ${r.status}`);
      return r.arrayBuffer();
    });
  wiel.catch(() => {});  // reported below, when awaited
  const pyodide = await loadPyodide({
    indexURL: PYODIDE.href,
    createPyodideModule: pyodideModule(),  // Pyodide awaits it where it would import the plain file
    stdLibURL: new URL("python_stdlib.zip.xz", PYODIDE).href,
    stdout: () => {},
    stderr: (tekst) => console.warn(tekst),
  });
  // The wheel goes on sys.path as it is: zipimport loads its bytecode.
  pyodide.FS.writeFile(WIEL, new Uint8Array(await wiel));
  pyodide.pyimport("sys").path.insert(0, WIEL);
  const web = pyodide.pyimport("spoorkennis.web");
  // The wheel's bytes may be in (awaited above) before its counting copy has finished: "binnen"
  // must never come after "klaar", or the page would show "Python start…" again.
  if (!allesBinnen) {
    allesBinnen = true;
    self.postMessage({ type: "binnen" });
  }
  self.postMessage({ type: "klaar" });
  bewaar().catch((fout) => console.warn(`Rekenhulp: niet bewaard voor een volgend bezoek: ${fout}`));
  return web;
}

// Pyodide only warns when the wasm cannot be compiled or instantiated (out of memory, a broken
// file) and then waits forever: report it.
const instantiateStreaming = WebAssembly.instantiateStreaming;
WebAssembly.instantiateStreaming = (...args) => instantiateStreaming(...args).catch((fout) => {
  startfout(`pyodide.asm.wasm: ${fout}`);
  throw fout;
});

// Pyodide does not always reject when a runtime file fails to load (the wasm fetch is not awaited
// on every path); report any unhandled failure as a start error so the page never waits forever.
self.addEventListener("unhandledrejection", (e) => {
  e.preventDefault();
  startfout(e.reason);
});

const gereed = start();
gereed.catch(startfout);

self.onmessage = async ({ data }) => {
  let web;
  try {
    web = await gereed;
  } catch {
    return;  // reported once, above
  }
  if (data.type === "laad") {
    try { web.tool(data.tool).destroy(); } catch { /* an unknown tool answers in aanroep */ }
  }
  if (data.type === "aanroep") {
    self.postMessage({ type: "antwoord", id: data.id, json: web.aanroep(data.tool, JSON.stringify(data.velden)) });
  }
};
