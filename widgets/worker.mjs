// Runs Pyodide off the main thread. One start per worker; the page starts one worker per page.
// Messages in:  {type: "start"} | {type: "aanroep", id, tool, velden}
// Messages out: {type: "voortgang", tekst} | {type: "klaar"} | {type: "startfout", bericht}
//               {type: "antwoord", id, json}
import { loadPyodide } from "../pyodide/pyodide.mjs";

let gereed = null;

function meld(tekst) {
  self.postMessage({ type: "voortgang", tekst });
}

function start() {
  gereed ??= (async () => {
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
    pyodide.unpackArchive(await wiel, "wheel");
    const aanroep = pyodide.pyimport("spoorkennis.web").aanroep;
    self.postMessage({ type: "klaar" });
    return aanroep;
  })();
  return gereed;
}

// Pyodide does not always reject when a runtime file fails to load (the wasm fetch is not awaited
// on every path); report any unhandled failure as a start error so the page never waits forever.
self.addEventListener("unhandledrejection", (e) => {
  e.preventDefault();
  self.postMessage({ type: "startfout", bericht: String(e.reason) });
});

self.onmessage = async ({ data }) => {
  let aanroep;
  try {
    aanroep = await start();
  } catch (fout) {
    self.postMessage({ type: "startfout", bericht: String(fout) });
    return;
  }
  if (data.type === "aanroep") {
    self.postMessage({ type: "antwoord", id: data.id, json: aanroep(data.tool, JSON.stringify(data.velden)) });
  }
};
