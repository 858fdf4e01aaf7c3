// Shared front end for every tool on the site. It collects what the person typed, asks Python
// (in a Web Worker, started once per page) to compute, and shows the answer or the errors.
// No domain rule lives here: reading numbers and dates, checking them and the wording of every
// message is done by the spoorkennis package.
import { bespaartData, haalRuntime, toonRuntime } from "./runtime.js";
import { koppelRijen, rijenVoor } from "./rijen.js";
import { gedeeldPlan, koppelDelen } from "./delen.js";

const OPSLAG = "spoorkennis:";
const GEDEELD = ":gedeeld";  // a shared plan opened next to one's own (see toonGedeeld)
function vandaag() {
  const d = new Date();
  const twee = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${twee(d.getMonth() + 1)}-${twee(d.getDate())}`;
}

/** All named fields of the form as strings: a ticked checkbox is "ja", an unticked one "". */
function leesVelden(form) {
  const velden = {};
  for (const el of form.elements) {
    if (!el.name || el.disabled) continue;
    if (el.type === "checkbox") velden[el.name] = el.checked ? "ja" : "";
    else if (el.type === "radio") { if (el.checked) velden[el.name] = el.value; else velden[el.name] ??= ""; }
    else velden[el.name] = el.value;
  }
  return velden;
}

function zetVelden(form, velden) {
  for (const el of form.elements) {
    if (!el.name || !(el.name in velden)) continue;
    if (el.type === "checkbox") el.checked = velden[el.name] === "ja";
    else if (el.type === "radio") el.checked = velden[el.name] === el.value;
    else el.value = velden[el.name];
  }
}

function bewaar(tool, form) {
  try { localStorage.setItem(OPSLAG + tool, JSON.stringify(leesVelden(form))); } catch { /* private mode */ }
}

function bewaard(tool) {
  try { return JSON.parse(localStorage.getItem(OPSLAG + tool) || "null"); } catch { return null; }
}

function vergeet(sleutel) {
  try { localStorage.removeItem(OPSLAG + sleutel); } catch { /* private mode */ }
}

/** The same plan: every field the same, a missing one counting as empty. */
function gelijk(a, b) {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].every((k) => (a[k] ?? "") === (b[k] ?? ""));
}

/** A shared plan opened where the reader has a plan of their own: kept apart (under
 *  `<tool>:gedeeld`, also over a reload) until they choose between the two. */
function toonGedeeld(form, runtimeBlok, kies) {
  const blok = document.createElement("div");
  blok.className = "sk-gedeeld";
  blok.setAttribute("role", "region");
  blok.setAttribute("aria-label", "Gedeeld plan");
  blok.innerHTML = `<p>U bekijkt een plan dat iemand met u deelde. Uw eigen gegevens staan nog op dit apparaat.
    Kies wat u wilt bewaren.</p>
    <div class="sk-gedeeld-keuzes"><button type="button" data-eigen>Terug naar mijn eigen gegevens</button>
      <button type="button" data-overnemen>Bewaar dit plan als mijn gegevens</button></div>`;
  blok.addEventListener("click", (e) => {
    const knop = e.target.closest("button");
    if (!knop) return;
    blok.remove();
    kies(knop.matches("[data-eigen]"));
    form.querySelector("input:not([type=hidden])")?.focus();
  });
  runtimeBlok.after(blok);
  return blok;
}

function veldVan(form, naam) {
  return naam ? form.elements.namedItem(naam) : null;
}

function wisFouten(form) {
  form.querySelector(".sk-foutsamenvatting")?.remove();
  for (const p of form.querySelectorAll(".sk-fout")) p.remove();
  for (const el of form.querySelectorAll("[aria-invalid]")) {
    el.removeAttribute("aria-invalid");
    const ids = (el.getAttribute("aria-describedby") || "").split(" ").filter((id) => !id.endsWith("-fout"));
    if (ids.length) el.setAttribute("aria-describedby", ids.join(" "));
    else el.removeAttribute("aria-describedby");
  }
  for (const v of form.querySelectorAll(".sk-veld--fout")) v.classList.remove("sk-veld--fout");
}

/** GOV.UK error pattern: a summary with links at the top, and a message at each field. The summary
 * takes focus when the reader asked (Bereken); a recompute after leaving a field leaves focus where
 * the reader is typing (the summary is an alert: screen readers still hear it). */
function toonFouten(form, fouten, focus) {
  wisFouten(form);
  const samenvatting = document.createElement("div");
  samenvatting.className = "sk-foutsamenvatting";
  samenvatting.tabIndex = -1;
  samenvatting.setAttribute("role", "alert");
  const kop = document.createElement("h2");
  kop.textContent = "Controleer uw invoer";
  const lijst = document.createElement("ul");
  samenvatting.append(kop, lijst);
  for (const { veld, bericht } of fouten) {
    const item = veldVan(form, veld);
    const doel = item instanceof RadioNodeList ? item[0] : item;
    const li = document.createElement("li");
    if (doel?.id) {
      const a = document.createElement("a");
      a.href = `#${doel.id}`;
      a.textContent = bericht;
      a.addEventListener("click", (e) => { e.preventDefault(); doel.focus(); });
      li.append(a);
      const blok = doel.closest(".sk-veld") || doel.parentElement;
      blok.classList.add("sk-veld--fout");
      if (!blok.querySelector(`#${CSS.escape(doel.id)}-fout`)) {
        const p = document.createElement("p");
        p.className = "sk-fout";
        p.id = `${doel.id}-fout`;
        p.textContent = bericht;
        // Put the message just above the field: before the child of the block that holds it.
        let anker = blok.querySelector("input, select, textarea, fieldset");
        while (anker && anker.parentElement !== blok) anker = anker.parentElement;
        blok.insertBefore(p, anker);
        const leden = item instanceof RadioNodeList ? [...item] : [doel];
        for (const el of leden) {
          el.setAttribute("aria-invalid", "true");
          const ids = (el.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
          el.setAttribute("aria-describedby", [...ids, p.id].join(" "));
        }
      }
    } else {
      li.textContent = bericht;
    }
    lijst.append(li);
  }
  form.prepend(samenvatting);
  if (focus) samenvatting.focus();
}

function toonUitkomst(uitvoer, antwoord) {
  uitvoer.innerHTML = antwoord.html;
  for (const { naam, mime, inhoud } of antwoord.downloads || []) {
    const a = document.createElement("a");
    a.className = "md-button sk-download";
    a.download = naam;
    a.href = URL.createObjectURL(new Blob([inhoud], { type: mime }));
    a.textContent = `Download ${naam}`;
    uitvoer.append(a);
  }
}

const GEWIST = "Uw gegevens zijn gewist.";
const NA_FOUT = "Verbeter eerst uw invoer. De meldingen staan hierboven, bij de velden. Druk dan op Bereken.";

function koppel(form) {
  const tool = form.dataset.tool;
  const uitvoer = form.parentElement.querySelector("[data-uitkomst]");
  const voorbeeld = uitvoer.innerHTML;
  const status = toonRuntime(form);
  let berekend = false;
  let wachttijd = null;

  const rt = () => haalRuntime();
  koppelRijen(form);
  koppelDelen(form, () => leesVelden(form));
  // A shared link (or one still being looked at), else what was typed here before.
  const eigen = bewaard(tool);
  const gedeeld = gedeeldPlan(form) ?? bewaard(tool + GEDEELD);
  const vorige = gedeeld ?? eigen;
  let opslag = tool;  // where what is typed is kept
  let keuze = null;
  if (vorige) {
    rijenVoor(form, vorige);
    zetVelden(form, vorige);
    if (gedeeld && eigen && !gelijk(leesVelden(form), eigen)) {
      opslag = tool + GEDEELD;
      keuze = toonGedeeld(form, status.closest(".sk-runtime"), (terug) => {
        vergeet(tool + GEDEELD);
        opslag = tool;
        keuze = null;
        if (terug) {
          form.reset();
          rijenVoor(form, eigen);
          zetVelden(form, eigen);
          if (berekend) reken(false);
        }
        bewaar(tool, form);
      });
    } else if (gedeeld) {
      vergeet(tool + GEDEELD);
    }
    bewaar(opslag, form);
  }

  // Computations may overlap (leaving a field, then Bereken): only the latest one's answer shows,
  // and the error summary takes focus if any of them was asked for with Bereken.
  let laatste = 0;
  let focusGevraagd = false;
  let nietGewist = null;  // the status line before "Uw gegevens zijn gewist.", until the next computation
  async function reken(gevraagd = true) {
    const nummer = ++laatste;
    if (status.textContent === GEWIST && nietGewist !== null) status.textContent = nietGewist;
    focusGevraagd ||= gevraagd;
    const velden = { ...leesVelden(form), _vandaag: vandaag() };
    form.setAttribute("aria-busy", "true");
    try {
      const antwoord = await rt().reken(tool, velden);
      if (nummer !== laatste) return;
      const focus = focusGevraagd;
      focusGevraagd = false;
      if (antwoord.ok) {
        wisFouten(form);
        toonUitkomst(uitvoer, antwoord);
        berekend = true;
      } else {
        if (antwoord.technisch) console.warn(antwoord.technisch);
        toonFouten(form, antwoord.fouten, focus);
        // An earlier result no longer fits what is typed: it goes, with its downloads.
        uitvoer.innerHTML = `<p class="sk-na-fout">${NA_FOUT}</p>`;
      }
    } catch {
      /* the status line already says the runtime did not load; the example stays */
    } finally {
      if (nummer === laatste) form.removeAttribute("aria-busy");
    }
  }

  form.addEventListener("submit", (e) => { e.preventDefault(); clearTimeout(wachttijd); reken(); });
  form.addEventListener("input", () => bewaar(opslag, form));
  form.addEventListener("change", (e) => {
    if (!e.target.name) return;  // not a field of the tool (the data-saving choice)
    bewaar(opslag, form);
    if (!berekend) return;
    clearTimeout(wachttijd);
    wachttijd = setTimeout(() => reken(false));  // changes in one task coalesce; no delay (README "Benchmark": recompute)
  });
  for (const knop of form.querySelectorAll("[data-wis]")) {
    knop.addEventListener("click", () => {
      vergeet(tool);
      vergeet(tool + GEDEELD);
      keuze?.remove();
      keuze = null;
      opslag = tool;
      form.reset();
      wisFouten(form);
      uitvoer.innerHTML = voorbeeld;
      berekend = false;
      nietGewist = status.textContent;
      status.textContent = GEWIST;
    });
  }
  for (const knop of form.parentElement.querySelectorAll("[data-print]")) {
    knop.addEventListener("click", () => window.print());
  }
  // Stored input is computed at once, unless the reader saves data: then only when they ask.
  if (window.spoorkennisVerzonden?.has(form)) return reken();  // Bereken, pressed before this script ran
  if (vorige && !bespaartData()) return reken(false);  // stored input: no focus jump as the page opens
  rt().bereidVoor(tool);
  return rt().klaar;
}

// What the page does first: each tool's result from stored input, or the runtime being ready.
const forms = [...document.querySelectorAll("form.sk-tool[data-tool]")];
const eerst = Promise.allSettled(forms.map(koppel));

// Work that would compete with that for the processor and the connection waits until it is done:
// Material's script (held back by the inline script the build puts in <head>; also when loading
// stopped: stalled, failed or saving data) and the service worker's precache.
Promise.race([eerst, forms.length ? haalRuntime().onderbroken : eerst]).then(() => window.spoorkennisThemaVrij?.());

// Offline use after the first visit: the service worker sits in the site root, two folders up.
// Not for a reader who saves data: it copies every page of the site.
if ("serviceWorker" in navigator && location.protocol !== "file:" && !bespaartData()) {
  const wortel = new URL("../../", import.meta.url);
  const registreer = () =>
    navigator.serviceWorker.register(new URL("sw.js", wortel), { scope: wortel.pathname }).catch(() => {});
  eerst.then(registreer);
}
