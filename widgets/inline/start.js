// Inlined in <head> of each page with a tool (the build adds its CSP hash), so it runs before
// anything else on the page, without a download of its own.
// 1. Starts the Python worker at once, unless the reader saves data (the browser's Save-Data, or
//    the choice on the page, remembered by runtime.js): then nothing loads until they ask for a
//    calculation. runtime.js takes the worker over, with the messages that came in before it
//    loaded (window.spoorkennisVroeg).
// 2. Keeps a "Bereken" pressed before tools.js has loaded from reloading the page (which would lose
//    what was typed); tools.js computes it once it is there (window.spoorkennisVerzonden).
// 3. Starts Material's script later. Evaluating it, its start-up work and its search index compete
//    with Python's start for the processor and the connection. The page works without it (menus,
//    links, forms); it adds the search, the colour switch and the header's behaviour. On these
//    pages overrides/main.html leaves its <script> out and names it in <meta name="spoorkennis-thema">. It runs when tools.js
//    calls spoorkennisThemaVrij() (the first result is on screen, or loading stopped), or at the
//    reader's first click, tap or key. Material waits for DOMContentLoaded, which has passed by
//    then, so it gets that event once more. A colour chosen before it ran is passed on.
(() => {
  const meta = document.querySelector('meta[name="spoorkennis-tool"]');
  let keuze = null;
  try { keuze = localStorage.getItem("spoorkennis:databesparing"); } catch { /* private mode */ }
  const besparen = keuze === "aan" || (keuze !== "uit" && navigator.connection?.saveData === true);
  const vroeg = window.spoorkennisVroeg = { besparen, worker: null, berichten: [], fout: false };
  if (meta && !besparen && typeof Worker === "function" && typeof WebAssembly === "object") {
    try {
      const worker = new Worker(new URL(meta.content, document.baseURI), { type: "module" });
      worker.onmessage = ({ data }) => vroeg.berichten.push(data);
      worker.onerror = (e) => { e.preventDefault(); vroeg.fout = true; };
      vroeg.worker = worker;
    } catch { /* runtime.js tries again and reports */ }
  }

  const verzonden = window.spoorkennisVerzonden = new Set();
  document.addEventListener("submit", (e) => {
    if (!e.target.matches?.("form.sk-tool")) return;
    e.preventDefault();
    verzonden.add(e.target);
  }, true);

  const thema = document.querySelector('meta[name="spoorkennis-thema"]');
  if (!thema) return;
  let kleur = null;  // a colour radio the reader switched before Material listened
  const onthoud = (e) => { if (e.target.name === "__palette") kleur = e.target; };
  document.addEventListener("change", onthoud, true);
  const signalen = ["pointerdown", "keydown", "touchstart"];
  let gestart = false;
  const start = () => {
    if (gestart) return;
    gestart = true;
    for (const s of signalen) removeEventListener(s, start, true);
    const script = document.createElement("script");
    script.src = new URL(thema.content, document.baseURI).href;
    script.onload = () => {
      if (document.readyState !== "loading") document.dispatchEvent(new Event("DOMContentLoaded"));
      document.removeEventListener("change", onthoud, true);
      kleur?.dispatchEvent(new Event("change"));
      document.documentElement.dataset.skThema = "klaar";
    };
    document.head.append(script);
  };
  for (const s of signalen) addEventListener(s, start, { capture: true, passive: true });
  window.spoorkennisThemaVrij = start;
})();
