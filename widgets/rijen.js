// Repeatable rows of fields (a `Rijen` declaration in Python, drawn as <fieldset data-rijen>): a
// real button adds a row, and rows for stored or shared input are made before that input is put
// back. A new row copies the last one with the next number in its names, ids and labels; the label
// pattern ("Periode {rij}: {label}") comes from the form. No domain rule lives here.
const MAX_RIJEN = 50; // a shared link cannot make a page of endless rows

const nummerVan = (naam) => Number(/_(\d+)$/.exec(naam)?.[1] ?? 0);

function rijen(groep) {
  return [...groep.querySelectorAll(".sk-rij")];
}

function hoogste(groep) {
  return Math.max(0, ...rijen(groep).map((rij) => nummerVan(rij.querySelector("input[name]").name)));
}

/** "Periode 4: hersteld vanaf" -> "Periode 5: hersteld vanaf", by the form's pattern. */
function herlabel(tekst, patroon, oud, nieuw) {
  const [voor, na] = patroon.split("{label}").map((deel) => deel.replaceAll("{rij}", String(oud)));
  if (!tekst.startsWith(voor) || !tekst.endsWith(na)) return tekst;
  const label = tekst.slice(voor.length, tekst.length - na.length);
  return patroon.replaceAll("{rij}", String(nieuw)).replace("{label}", label);
}

/** Add the next row to the group: a copy of the last row, renumbered, empty and without errors. */
function voegToe(groep) {
  const vorige = rijen(groep).at(-1);
  const oud = nummerVan(vorige.querySelector("input[name]").name);
  const nieuw = hoogste(groep) + 1;
  const rij = vorige.cloneNode(true);
  rij.querySelectorAll(".sk-fout").forEach((p) => p.remove());
  rij.querySelectorAll(".sk-veld--fout").forEach((v) => v.classList.remove("sk-veld--fout"));
  for (const el of rij.querySelectorAll("[name], [id], label[for]")) {
    if (el.name) el.name = el.name.replace(/_\d+$/, `_${nieuw}`);
    if (el.id) el.id = el.id.replace(/-\d+$/, `-${nieuw}`);
    if (el.htmlFor) el.htmlFor = el.htmlFor.replace(/-\d+$/, `-${nieuw}`);
  }
  for (const label of rij.querySelectorAll("label")) {
    label.textContent = herlabel(label.textContent, groep.dataset.rijlabel, oud, nieuw);
  }
  for (const invoer of rij.querySelectorAll("input")) {
    invoer.value = "";
    invoer.removeAttribute("aria-invalid");
    const ids = (invoer.getAttribute("aria-describedby") || "").split(" ").filter((id) => id && !id.endsWith("-fout"));
    if (ids.length) invoer.setAttribute("aria-describedby", ids.join(" "));
    else invoer.removeAttribute("aria-describedby");
  }
  vorige.after(rij);
  groep.querySelector("[data-rij-erbij]").disabled = nieuw >= MAX_RIJEN;
  return rij;
}

/** Make the rows that `velden` (stored or shared input) has beyond those in the form. */
export function rijenVoor(form, velden) {
  for (const groep of form.querySelectorAll("fieldset[data-rijen]")) {
    const voorvoegsel = `${groep.dataset.rijen}_`;
    const nodig = Math.min(MAX_RIJEN, Math.max(0, ...Object.keys(velden)
      .filter((naam) => naam.startsWith(voorvoegsel)).map(nummerVan)));
    while (hoogste(groep) < nodig) voegToe(groep);
  }
}

/** The add-row buttons: focus goes to the first field of the new row. "Wis mijn gegevens" (a form
 *  reset) takes the added rows away again. */
export function koppelRijen(form) {
  for (const groep of form.querySelectorAll("fieldset[data-rijen]")) {
    const begin = rijen(groep).length;
    groep.querySelector("[data-rij-erbij]").addEventListener("click", () => {
      voegToe(groep).querySelector("input").focus();
    });
    form.addEventListener("reset", () => {
      rijen(groep).slice(begin).forEach((rij) => rij.remove());
      groep.querySelector("[data-rij-erbij]").disabled = false;
    });
  }
}
