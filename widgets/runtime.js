// The page's one Python runtime: Pyodide in a module worker, started once per page (again only when
// the reader asks to retry). Pages with a tool load this module early, from <head> (the build hook
// adds it there); tools.js imports the same instance.
//
// Once every file is in, Python starts; if it is not ready within START_MS (a few seconds on a slow
// phone) the page starts a new worker once by itself, and after a second such hang offers
// "Probeer opnieuw": no state of the page waits forever.
//
// There is no time limit while bytes arrive: the worker reports every byte (worker.mjs), and only
// when none came for STIL_MS, or a file is missing, the reader gets "Probeer opnieuw". That retries
// in place: the form keeps its input, files that are in come from the browser's cache, and the
// questions asked so far go to the new worker. With data saving on (the browser's Save-Data or the
// reader's choice, remembered) nothing loads until the reader asks for a calculation.
const STIL_MS = 20000;
const START_MS = 30000;
const VOORLEZEN_MS = 15000;  // while downloading, screen readers hear the progress this often
const BESPAREN = "spoorkennis:databesparing";  // "aan" | "uit": the reader's choice (widgets/inline/start.js reads it)
const MELDINGEN = {
  laden: () => "Rekenhulp wordt geladen…",
  start: () => "Python start…",
  klaar: () => "Rekenhulp is klaar.",
  stil: () => "Het downloaden staat stil. Controleer uw verbinding en kies ‘Probeer opnieuw’. " +
    "Wat al binnen is, hoeft niet opnieuw. Het voorbeeld hieronder blijft staan.",
  fout: () => "De rekenhulp kon niet worden geladen. Controleer uw verbinding en kies ‘Probeer opnieuw’. " +
    "Het voorbeeld hieronder blijft staan.",
  wacht: (mb) => `U bespaart data. De rekenhulp (${mb} MB) laadt pas als u op Bereken drukt. ` +
    "Het voorbeeld hieronder is al uitgerekend.",
  geen: () => "Deze rekenhulp werkt niet in uw browser: WebAssembly of Web Workers ontbreken. " +
    "Gebruik een recente versie van Firefox, Chrome, Edge of Safari. Het voorbeeld hieronder blijft staan.",
};

/** Bytes as Dutch megabytes with one decimal: 2100000 -> "2,1". Not toLocaleString: its first call
 * loads the browser's number formats, 12-35 ms of the page's thread while Python starts. */
const mb = (bytes) => (bytes / 1e6).toFixed(1).replace(".", ",");

/** How far the download is: "2,1 van 4,4 MB". */
const hoeveel = ({ binnen, totaal }) => `${mb(binnen)} van ${mb(totaal)} MB`;

const meta = document.querySelector('meta[name="spoorkennis-tool"]');
const verwacht = Number(meta?.dataset.download) || 0;  // bytes on the wire, from the build
let runtime = null;
// Decided in <head> on tool pages (widgets/inline/start.js, the same rule), here on other pages.
let besparen = window.spoorkennisVroeg?.besparen ?? (() => {
  let keuze = null;
  try { keuze = localStorage.getItem(BESPAREN); } catch { /* private mode */ }
  return keuze === "aan" || (keuze !== "uit" && navigator.connection?.saveData === true);
})();

/** Whether the reader saves data (the browser's Save-Data, or their choice on a tool page). */
export const bespaartData = () => besparen;

const weergaven = [];
let toestand = { soort: "laden", binnen: 0, totaal: verwacht };

function zet(nieuw) {
  toestand = { ...toestand, ...nieuw };
  weergaven.forEach((w) => w(toestand));
}

/** The page's one Python runtime: a worker plus a promise that settles when it is ready. */
export function haalRuntime() {
  if (runtime) return runtime;
  if (typeof WebAssembly !== "object" || typeof Worker !== "function") {
    zet({ soort: "geen" });
    const klaar = Promise.reject(new Error("geen wasm"));
    klaar.catch(() => {});
    runtime = { klaar, onderbroken: Promise.resolve(), reken: () => klaar,
                bereidVoor: () => {}, opnieuw: () => {}, kiesBesparen: () => {} };
    return runtime;
  }
  const vroeg = window.spoorkennisVroeg;
  const open = new Map();  // id -> [message, resolve]: asked and not yet answered
  const voorbereid = new Set();
  let volgnummer = 0;
  let worker = null;
  let gevraagd = false;  // the reader asked for a calculation (which starts the runtime in data saving)
  let stilTimer = null;
  let startTimer = null;
  let vastgelopen = 0;  // starts that hung since the reader last asked to retry
  let klaarMelden;
  let onderbrekingMelden;
  const klaar = new Promise((resolve) => { klaarMelden = resolve; });
  const onderbroken = new Promise((resolve) => { onderbrekingMelden = resolve; });

  const stop = () => {
    clearTimeout(stilTimer);
    clearTimeout(startTimer);
    worker?.terminate();
    worker = null;
  };
  const wachtOpBytes = () => {
    clearTimeout(stilTimer);
    stilTimer = setTimeout(() => { zet({ soort: "stil" }); onderbrekingMelden(); }, STIL_MS);
  };
  const mislukt = () => {
    stop();
    zet({ soort: "fout" });
    onderbrekingMelden();
  };
  const ontvang = ({ data }) => {
    if (toestand.soort === "klaar" && ["voortgang", "binnen"].includes(data.type)) return;  // late news
    if (data.type === "voortgang") {
      // Bytes again after a stall: carry on, no retry needed.
      zet({ soort: toestand.soort === "stil" ? "laden" : toestand.soort, binnen: data.binnen, totaal: data.totaal });
      if (toestand.soort === "laden") wachtOpBytes();
    }
    if (data.type === "binnen") {
      clearTimeout(stilTimer);
      zet({ soort: "start" });
      startTimer = setTimeout(() => {
        console.warn("Rekenhulp: Python start niet; opnieuw");
        if (++vastgelopen < 2) begin(null, true);
        else mislukt();
      }, START_MS);
    }
    if (data.type === "klaar") {
      clearTimeout(stilTimer);
      clearTimeout(startTimer);
      zet({ soort: "klaar" });
      klaarMelden();
      navigator.serviceWorker?.ready.then((sw) => sw.active?.postMessage({ type: "bewaar-runtime" }));
    }
    if (data.type === "startfout") {
      console.warn(`Rekenhulp: ${data.bericht}`);
      mislukt();
    }
    if (data.type === "antwoord") {
      open.get(data.id)?.[1](JSON.parse(data.json));
      open.delete(data.id);
    }
  };
  const begin = (overname, zelf = false) => {
    stop();
    if (!zelf) vastgelopen = 0;
    worker = overname?.worker ?? new Worker(new URL("./worker.mjs", import.meta.url), { type: "module" });
    zet({ soort: "laden", binnen: 0 });
    wachtOpBytes();
    worker.addEventListener("message", ontvang);
    worker.addEventListener("error", (e) => { e.preventDefault(); mislukt(); });
    if (overname) {  // take over from the inline script: its handlers off, what it kept handled now
      worker.onmessage = worker.onerror = null;
      overname.berichten.forEach((data) => ontvang({ data }));
      if (overname.fout) mislukt();
    }
    for (const tool of voorbereid) worker?.postMessage({ type: "laad", tool });
    for (const [bericht] of open.values()) worker?.postMessage(bericht);
  };

  runtime = {
    klaar,
    /** Settles when loading stops without a runtime: stalled, failed, or waiting (data saving). */
    onderbroken,
    // Sent at once: the worker answers as soon as Python is up, without a round trip via the page.
    reken: (tool, velden) => {
      const bericht = { type: "aanroep", id: ++volgnummer, tool, velden };
      const antwoord = new Promise((resolve) => open.set(bericht.id, [bericht, resolve]));
      gevraagd = true;
      if (["wacht", "stil", "fout"].includes(toestand.soort)) begin();  // asking is retrying
      else worker?.postMessage(bericht);
      return antwoord;
    },
    /** Import a tool's Python modules once the runtime is up, so the first "Bereken" is quick. */
    bereidVoor: (tool) => {
      voorbereid.add(tool);
      worker?.postMessage({ type: "laad", tool });
    },
    opnieuw: () => begin(),
    /** The reader's data-saving choice: stops a download nobody asked for, or starts one. */
    kiesBesparen: (keuze) => {
      besparen = keuze;
      try { localStorage.setItem(BESPAREN, keuze ? "aan" : "uit"); } catch { /* private mode */ }
      if (besparen && !gevraagd && ["laden", "stil", "fout"].includes(toestand.soort)) {
        stop();
        zet({ soort: "wacht" });
        onderbrekingMelden();
      } else if (!besparen && toestand.soort === "wacht") {
        begin();
      }
    },
  };
  if (besparen) {
    zet({ soort: "wacht" });
    onderbrekingMelden();
  } else {
    begin(vroeg?.worker ? vroeg : null);
  }
  return runtime;
}

let volgende = 0;

/** The runtime's state at the top of this form, now and from now on: a status line, the progress
 * of the download, "Probeer opnieuw" and the data-saving choice. Returns the status line. */
export function toonRuntime(form) {
  const id = `sk-voortgang-${++volgende}`;
  const blok = document.createElement("div");
  blok.className = "sk-runtime";
  blok.innerHTML = `<p class="sk-status" role="status" tabindex="-1"></p>
    <div class="sk-voortgang" hidden><label for="${id}">Download van de rekenhulp</label>
      <progress id="${id}" max="1" value="0"></progress><span aria-hidden="true"></span></div>
    <p class="sk-voorlezen sk-verborgen" aria-live="polite"></p>
    <div class="sk-runtime-keuzes"><button type="button" class="sk-opnieuw" hidden>Probeer opnieuw</button>
      <label class="sk-besparen"><input type="checkbox"> <span></span></label></div>`;
  const [status, voortgang, voorlezen] = blok.children;
  const balk = voortgang.querySelector("progress");
  const opnieuw = blok.querySelector(".sk-opnieuw");
  const keuze = blok.querySelector(".sk-besparen");
  const vinkje = keuze.querySelector("input");
  keuze.querySelector("span").textContent =
    `Data besparen: laad de rekenhulp (${mb(verwacht)} MB) pas als ik op Bereken druk`;
  opnieuw.addEventListener("click", () => {
    status.focus();  // the button goes away; the reader hears what happens next
    haalRuntime().opnieuw();
  });
  vinkje.addEventListener("change", () => haalRuntime().kiesBesparen(vinkje.checked));
  form.prepend(blok);

  let voorleesKlok = null;
  weergaven.push(({ soort, binnen, totaal }) => {
    const tekst = MELDINGEN[soort](mb(totaal));
    if (status.textContent !== tekst || status.dataset.soort !== soort) {
      status.textContent = tekst;
      status.dataset.soort = soort;
    }
    voortgang.hidden = !["laden", "start", "stil"].includes(soort);
    const waarde = hoeveel(toestand);
    balk.max = totaal || 1;
    balk.value = soort === "start" ? balk.max : binnen;
    balk.setAttribute("aria-valuetext", waarde);
    voortgang.lastElementChild.textContent = waarde;
    opnieuw.hidden = !["stil", "fout"].includes(soort);
    keuze.hidden = ["start", "klaar", "geen"].includes(soort);
    vinkje.checked = vinkje.defaultChecked = besparen;
    // Screen readers: the status line at each change of state, the amount every VOORLEZEN_MS.
    if (soort !== "laden") {
      clearInterval(voorleesKlok);
      voorleesKlok = null;
    } else {
      voorleesKlok ??= setInterval(() => {
        voorlezen.textContent = `Nog bezig met laden: ${hoeveel(toestand)}.`;
      }, VOORLEZEN_MS);
    }
  });
  weergaven.at(-1)(toestand);
  return status;
}

if (meta) haalRuntime();
