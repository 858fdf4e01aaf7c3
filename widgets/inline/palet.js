// Inlined after the header (with Material's own colour script) on pages with a tool, where
// Material's script runs later (see start.js and overrides/main.html). Until then it does what Material does at start: a reader who never
// chose a colour gets the one of their system (so a dark-mode reader does not see a light page
// first), and the colour switch for the current colour is shown.
(() => {
  const keuzes = [...document.querySelectorAll('input[name="__palette"]')];
  if (!keuzes.length) return;
  const gekozen = __md_get("__palette");
  const index = gekozen
    ? Math.max(0, Math.min(gekozen.index, keuzes.length - 1))
    : Math.max(0, keuzes.findIndex((k) => matchMedia(k.getAttribute("data-md-color-media")).matches));
  if (!gekozen) {
    for (const deel of ["media", "scheme", "primary", "accent"]) {
      document.body.setAttribute(`data-md-color-${deel}`, keuzes[index].getAttribute(`data-md-color-${deel}`));
    }
  }
  const knop = keuzes[index].nextElementSibling;
  if (knop?.tagName === "LABEL") knop.hidden = false;
})();
