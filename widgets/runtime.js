// The page's one Python runtime: Pyodide in a module worker, started at most once per page.
// Pages with a tool load this module early, from <head> (the build hook adds it there), so the
// runtime downloads while the page is still being parsed; tools.js imports the same instance.
const STARTLIMIET_MS = 45000;
const MELDING_GEEN_WASM =
  "Deze rekenhulp werkt niet in uw browser: WebAssembly of Web Workers ontbreken. " +
  "Gebruik een recente versie van Firefox, Chrome, Edge of Safari. Het voorbeeld hieronder blijft staan.";
const MELDING_STARTFOUT =
  "De rekenhulp kon niet worden geladen. Controleer uw verbinding en laad de pagina opnieuw. " +
  "Het voorbeeld hieronder blijft staan.";

let runtime = null;
const statussen = [];
let laatste = null;

/** The page's one Python runtime: a worker plus a promise that settles when it is ready. */
export function haalRuntime() {
  if (runtime) return runtime;
  const wachtend = new Map();
  let volgnummer = 0;
  const meld = (tekst, soort) => {
    laatste = [tekst, soort];
    statussen.forEach((s) => toonStatus(s, tekst, soort));
  };
  if (typeof WebAssembly !== "object" || typeof Worker !== "function") {
    meld(MELDING_GEEN_WASM, "fout");
    const klaar = Promise.reject(new Error("geen wasm"));
    klaar.catch(() => {});
    runtime = { klaar, reken: () => klaar, bereidVoor: () => {} };
    return runtime;
  }
  // Started by the inline script in <head> (widgets/inline/start.js), or here.
  const vroeg = window.spoorkennisVroeg;
  const worker = vroeg?.worker ?? new Worker(new URL("./worker.mjs", import.meta.url), { type: "module" });
  meld("Rekenhulp wordt geladen…", "laden");
  const klaar = new Promise((resolve, reject) => {
    const limiet = setTimeout(() => reject(new Error("te traag")), STARTLIMIET_MS);
    const ontvang = ({ data }) => {
      if (data.type === "voortgang") meld(`Rekenhulp wordt geladen… ${data.tekst}`, "laden");
      if (data.type === "klaar") {
        clearTimeout(limiet);
        meld("Rekenhulp is klaar.", "klaar");
        resolve();
        navigator.serviceWorker?.ready.then((sw) => sw.active?.postMessage({ type: "bewaar-runtime" }));
      }
      if (data.type === "startfout") { clearTimeout(limiet); reject(new Error(data.bericht)); }
      if (data.type === "antwoord") {
        wachtend.get(data.id)?.(JSON.parse(data.json));
        wachtend.delete(data.id);
      }
    };
    const mislukt = (e) => { e?.preventDefault(); clearTimeout(limiet); reject(new Error("worker")); };
    worker.addEventListener("message", ontvang);
    worker.addEventListener("error", mislukt);
    if (vroeg) {  // take over from the inline script: its handlers off, what it kept handled now
      worker.onmessage = worker.onerror = null;
      vroeg.berichten.forEach((data) => ontvang({ data }));
      if (vroeg.fout) mislukt();
    }
  });
  klaar.catch(() => { meld(MELDING_STARTFOUT, "fout"); worker.terminate(); });
  runtime = {
    klaar,
    // Sent at once: the worker answers as soon as Python is up, without a round trip via the page.
    reken: (tool, velden) => {
      const id = ++volgnummer;
      const antwoord = new Promise((resolve) => wachtend.set(id, resolve));
      worker.postMessage({ type: "aanroep", id, tool, velden });
      return klaar.then(() => antwoord);
    },
    /** Import a tool's Python modules once the runtime is up, so the first "Bereken" is quick. */
    bereidVoor: (tool) => worker.postMessage({ type: "laad", tool }),
  };
  return runtime;
}

/** Show the runtime's state in this element, now and from now on. */
export function volgStatus(element) {
  statussen.push(element);
  if (laatste) toonStatus(element, ...laatste);
}

function toonStatus(element, tekst, soort) {
  element.textContent = tekst;
  element.dataset.soort = soort;
}

if (document.querySelector('meta[name="spoorkennis-tool"]')) haalRuntime();
