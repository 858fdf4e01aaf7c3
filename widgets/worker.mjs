// Runs Pyodide off the main thread. Python starts as soon as this module runs (a page only makes
// this worker when it has a tool), not on a first message: that would wait for the page's thread.
// Messages in:  {type: "laad", tool} | {type: "aanroep", id, tool, velden}
// Messages out: {type: "voortgang", tekst} | {type: "klaar"} | {type: "startfout", bericht}
//               {type: "antwoord", id, json}
import { loadPyodide } from "../pyodide/pyodide.mjs";

const WIEL = "/lib/spoorkennis.whl";

function meld(tekst) {
  self.postMessage({ type: "voortgang", tekst });
}

async function start() {
  // The wheel's name is in bouw.json; fetch both while Pyodide starts.
  const wiel = fetch(new URL("./bouw.json", import.meta.url))
    .then((r) => r.json())
    .then((bouw) => fetch(new URL(`./${bouw.wheel}`, import.meta.url)))
    .then((r) => {
      if (!r.ok) throw new Error(`wheel ${r.status}`);
      return r.arrayBuffer();
    });
  wiel.catch(() => {});  // reported below, when awaited
  meld("Python wordt gestart…");
  const pyodide = await loadPyodide({
    indexURL: new URL("../pyodide/", import.meta.url).href,
    stdout: () => {},
    stderr: (tekst) => console.warn(tekst),
  });
  // The wheel goes on sys.path as it is: zipimport loads its precompiled .pyc files.
  pyodide.FS.writeFile(WIEL, new Uint8Array(await wiel));
  pyodide.pyimport("sys").path.insert(0, WIEL);
  const web = pyodide.pyimport("spoorkennis.web");
  self.postMessage({ type: "klaar" });
  return web;
}

// Pyodide does not always reject when a runtime file fails to load (the wasm fetch is not awaited
// on every path); report any unhandled failure as a start error so the page never waits forever.
self.addEventListener("unhandledrejection", (e) => {
  e.preventDefault();
  self.postMessage({ type: "startfout", bericht: String(e.reason) });
});

const gereed = start();
gereed.catch((fout) => self.postMessage({ type: "startfout", bericht: String(fout) }));

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
