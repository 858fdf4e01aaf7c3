// "Deel dit plan": a link that carries the form's fields, as typed, after the # (the part of a
// link a browser never sends to a server). The result's share section, drawn by Python, holds every
// text; this module lists what the link contains before it can be copied. Opening such a link
// fills the form (tools.js then computes and stores it) and takes the fields out of the address.
const SLEUTEL = "deel"; // #deel=<tool>&<field>=<value>…

/** The fields of a shared link for this form, or null; the address keeps no copy of them. */
export function gedeeldPlan(form) {
  const velden = new URLSearchParams(location.hash.slice(1));
  if (velden.get(SLEUTEL) !== form.dataset.tool) return null;
  velden.delete(SLEUTEL);
  history.replaceState(history.state, "", location.pathname + location.search);
  return Object.fromEntries(velden);
}

/** A shared link opened in a tab that already shows this page changes only the part after the #:
 *  the page loads again, so it is read as on any other visit. */
addEventListener("hashchange", () => {
  if (new URLSearchParams(location.hash.slice(1)).has(SLEUTEL)) location.reload();
});

/** What a field is called and what was chosen, as the form shows it. */
function regel(form, naam, waarde) {
  const veld = form.elements.namedItem(naam);
  if (veld instanceof RadioNodeList) {
    const gekozen = [...veld].find((knop) => knop.value === waarde);
    return samen(veld[0].closest("fieldset").querySelector("legend").textContent.trim(),
                 gekozen?.parentElement.textContent.trim() ?? waarde);
  }
  const label = form.querySelector(`label[for="${CSS.escape(veld.id)}"]`).textContent.trim();
  return veld.type === "checkbox" ? label : samen(label, waarde);
}

/** "Wie bent u? Werkgever", "Eerste ziektedag: 5-1-2026". */
function samen(vraag, antwoord) {
  return /[?:]$/.test(vraag) ? `${vraag} ${antwoord}` : `${vraag}: ${antwoord}`;
}

function toon(sectie, form, velden) {
  const link = new URLSearchParams({ [SLEUTEL]: form.dataset.tool });
  const inhoud = sectie.querySelector("[data-deel-inhoud]");
  inhoud.replaceChildren();
  for (const [naam, waarde] of Object.entries(velden)) {
    if (!waarde.trim() || !form.elements.namedItem(naam)) continue;
    link.set(naam, waarde);
    const li = document.createElement("li");
    li.textContent = regel(form, naam, waarde);
    inhoud.append(li);
  }
  sectie.querySelector("[data-deel-link]").value = `${location.origin}${location.pathname}#${link}`;
  sectie.querySelector("[data-deel-status]").textContent = "";
  const paneel = sectie.querySelector("[data-deel-paneel]");
  paneel.hidden = false;
  paneel.tabIndex = -1;
  paneel.focus();
}

async function kopieer(sectie) {
  const link = sectie.querySelector("[data-deel-link]");
  const status = sectie.querySelector("[data-deel-status]");
  try {
    await navigator.clipboard.writeText(link.value);
    status.textContent = status.dataset.gelukt;
  } catch {
    link.focus();
    link.select();
    status.textContent = status.dataset.mislukt;
  }
}

/** The share section's buttons, in whichever result the page shows now. `lees` gives the fields. */
export function koppelDelen(form, lees) {
  const uitvoer = form.parentElement.querySelector("[data-uitkomst]");
  uitvoer.addEventListener("click", (e) => {
    const knop = e.target.closest("button");
    const sectie = knop?.closest(".sk-delen");
    if (!sectie) return;
    if (knop.matches("[data-deel]")) toon(sectie, form, lees());
    if (knop.matches("[data-deel-kopieer]")) kopieer(sectie);
  });
}
