// Inlined in <head> of each page with a tool (the build adds its CSP hash), so it runs before
// anything else on the page, without a download of its own.
// 1. Starts the Python worker at once. runtime.js takes it over, with the messages that came in
//    before it loaded (window.spoorkennisVroeg).
// 2. Keeps a "Bereken" pressed before tools.js has loaded from reloading the page (which would lose
//    what was typed); tools.js computes it once it is there (window.spoorkennisVerzonden).
// 3. Holds back Material's search index: building it competes with Python's start for the
//    processor. It is fetched once tools.js calls spoorkennisZoekVrij() (the first result is on
//    screen), or after 10 s. A search typed before then is answered once the index is in.
(() => {
  const meta = document.querySelector('meta[name="spoorkennis-tool"]');
  if (meta && typeof Worker === "function" && typeof WebAssembly === "object") {
    try {
      const worker = new Worker(new URL(meta.content, document.baseURI), { type: "module" });
      const vroeg = { worker, berichten: [], fout: false };
      worker.onmessage = ({ data }) => vroeg.berichten.push(data);
      worker.onerror = (e) => { e.preventDefault(); vroeg.fout = true; };
      worker.postMessage({ type: "start" });
      window.spoorkennisVroeg = vroeg;
    } catch { /* runtime.js tries again and reports */ }
  }

  const verzonden = window.spoorkennisVerzonden = new Set();
  document.addEventListener("submit", (e) => {
    if (!e.target.matches?.("form.sk-tool")) return;
    e.preventDefault();
    verzonden.add(e.target);
  }, true);

  let vrij;
  const wacht = new Promise((resolve) => { vrij = resolve; });
  setTimeout(vrij, 10000);
  window.spoorkennisZoekVrij = vrij;
  const ophalen = window.fetch;
  window.fetch = function (bron, ...rest) {
    const url = bron instanceof Request ? bron.url : String(bron);
    const later = /\/search\/search_index\.json$/.test(url.split(/[?#]/)[0]);
    return later ? wacht.then(() => ophalen.call(this, bron, ...rest)) : ophalen.call(this, bron, ...rest);
  };
})();
